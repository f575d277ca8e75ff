/**
 * Starts the CLI's grading worker as a child process and adapts it to the
 * WorkerLike the environment-neutral host (lib/grader/orchestrate.ts) needs.
 *
 * Two walls around learner code: inside, SES compartments (lib/grader/realm.ts)
 * give it no `process`, `require` or host objects; outside, the child runs
 * under Node's permission model with no rights at all (no file reads or
 * writes, no child processes, no workers). Node documents that model as a
 * seat belt, not a boundary against malicious code
 * (https://nodejs.org/api/permissions.html): SES is the wall, this is the
 * belt behind it. The worker is bundled in memory
 * and read from stdin, so it needs no file access even to load itself, and
 * it gets an empty environment.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import type { WorkerLike } from '../lib/grader/orchestrate';

const ENTRY = fileURLToPath(new URL('./grade-worker.ts', import.meta.url));

/**
 * Node 20 spells it --experimental-permission; from 22.13 the model is stable
 * as --permission and later releases drop the old alias
 * (https://nodejs.org/api/permissions.html, nodejs/node#56201, #56240).
 */
const PERMISSION_FLAG = process.allowedNodeEnvironmentFlags.has('--permission') ? '--permission' : '--experimental-permission';

let bundle: string | null = null;

/** The worker and everything it imports, as one ES module (built once per process, in memory). */
export function workerBundle(): string {
  bundle ??= buildSync({
    entryPoints: [ENTRY],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'silent',
  }).outputFiles[0].text;
  return bundle;
}

/**
 * Node's arguments for the worker: no permissions granted, so no file reads
 * or writes, no child processes, no workers, no addons; a memory cap turns a
 * runaway allocation into a dead worker, not a dead machine; the program
 * itself comes from stdin.
 */
export const WORKER_NODE_ARGS = [PERMISSION_FLAG, '--no-warnings', '--max-old-space-size=512', '--input-type=module', '-'];

export function spawnNodeWorker(): WorkerLike {
  const child: ChildProcess = spawn(process.execPath, WORKER_NODE_ARGS, {
    stdio: ['pipe', 'ignore', 'pipe', 'ipc'],
    serialization: 'advanced',
    env: {} as NodeJS.ProcessEnv,
  });
  let stopped = false;
  let stderr = '';
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(-4000);
  });
  const like: WorkerLike = {
    onmessage: null,
    onerror: null,
    postMessage: (message) => {
      if (child.connected) child.send(message as object);
    },
    terminate: () => {
      stopped = true;
      child.kill('SIGKILL');
    },
  };
  child.on('message', (data: unknown) => {
    if (!stopped) like.onmessage?.({ data });
  });
  child.on('error', (error) => {
    if (!stopped) like.onerror?.(error);
  });
  child.on('exit', (code, signal) => {
    if (stopped) return;
    stopped = true;
    const firstLine = stderr.split('\n').find((l) => /Error|error:/.test(l))?.trim();
    const how = signal ? `killed by ${signal}` : `exit code ${code}`;
    like.onerror?.(new Error(firstLine ? `${how}: ${firstLine.slice(0, 200)}` : how));
  });
  child.stdin?.on('error', () => undefined);
  child.stdin?.end(workerBundle());
  return like;
}
