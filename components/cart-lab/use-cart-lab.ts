'use client';
/**
 * The cart lab's run: loads the session-store draft (or the starter), starts
 * it in a fresh worker, and while playing asks for a batch of requests every
 * tick. Crash and restart wait their turn behind the batch in flight, so the
 * worker only ever has one command. A stopped run (infinite loop, throw,
 * syntax error) keeps its numbers on screen; "Start again" makes a new worker.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { DEFAULT_SERVERS, DEFAULT_SHOPPERS, type CartLabEvent, type CartLabSnapshot } from '@/lib/cart-lab/cart-model';
import type { CartLabCommand } from '@/lib/cart-lab/protocol';
import { loadDraft } from '@/lib/progress';
import { CartLabClient } from './cart-lab-client';

export const EXERCISE_ID = 'session-store';
/** Requests per tick, and the tick: about 100 requests per real second (shoppers send one every ~150 simulated ms). */
export const BATCH = 10;
export const TICK_MS = 100;
const SEED = 1;
const LOG_LENGTH = 8;

export type CodeSource = 'draft' | 'starter';

export interface CartLabState {
  source: CodeSource | null;
  snapshot: CartLabSnapshot | null;
  playing: boolean;
  /** Why the run stopped, written for the learner; null while it can go on. */
  stopped: string | null;
  log: CartLabEvent[];
  /** The latest events, for the polite live region (never the ticks). */
  announcement: string;
}

export function useCartLab(starter: string) {
  const [state, setState] = useState<CartLabState>({ source: null, snapshot: null, playing: false, stopped: null, log: [], announcement: '' });
  const client = useRef<CartLabClient | null>(null);
  const queue = useRef<CartLabCommand[]>([]);
  const busy = useRef(false);
  const playing = useRef(false);
  const run = useRef(0);

  const apply = useCallback((events: CartLabEvent[], snapshot: CartLabSnapshot) => {
    setState((s) => ({
      ...s,
      snapshot,
      log: events.length ? [...events.slice().reverse(), ...s.log].slice(0, LOG_LENGTH) : s.log,
      announcement: events.length ? events.map((e) => e.text).join(' ') : s.announcement,
    }));
  }, []);

  const pump = useCallback(async () => {
    if (busy.current) return;
    busy.current = true;
    const mine = run.current;
    while (queue.current.length && client.current && mine === run.current) {
      const command = queue.current.shift() as CartLabCommand;
      const answer = await client.current.send(command);
      if (mine !== run.current) break;
      if (answer.kind === 'state') {
        apply(answer.events, answer.snapshot);
        continue;
      }
      queue.current = [];
      playing.current = false;
      client.current.dispose();
      client.current = null;
      // The alert says why; the polite region keeps the last event.
      setState((s) => ({ ...s, playing: false, stopped: answer.message }));
    }
    // A run replaced by Start again has its own pump: leave its flag alone.
    if (mine === run.current) busy.current = false;
  }, [apply]);

  const send = useCallback(
    (command: CartLabCommand) => {
      queue.current.push(command);
      void pump();
    },
    [pump],
  );

  const start = useCallback(() => {
    run.current++;
    client.current?.dispose();
    client.current = new CartLabClient();
    queue.current = [];
    busy.current = false;
    playing.current = false;
    const draft = loadDraft(EXERCISE_ID);
    const source: CodeSource = draft !== null && draft !== starter ? 'draft' : 'starter';
    setState({ source, snapshot: null, playing: false, stopped: null, log: [], announcement: '' });
    send({ type: 'start', code: draft ?? starter, seed: SEED, servers: DEFAULT_SERVERS, shoppers: DEFAULT_SHOPPERS });
  }, [send, starter]);

  useEffect(() => {
    start();
    return () => {
      run.current++;
      client.current?.dispose();
      client.current = null;
    };
  }, [start]);

  useEffect(() => {
    if (!state.playing) return;
    const timer = window.setInterval(() => {
      if (playing.current && !busy.current && queue.current.length === 0) send({ type: 'step', count: BATCH });
    }, TICK_MS);
    return () => window.clearInterval(timer);
  }, [state.playing, send]);

  const setPlaying = useCallback((on: boolean) => {
    if (on && !client.current) return;
    playing.current = on;
    setState((s) => ({ ...s, playing: on }));
  }, []);

  return {
    state,
    setPlaying,
    crash: (server: string) => send({ type: 'crash', server }),
    restart: (server: string) => send({ type: 'restart', server }),
    startAgain: start,
  };
}
