/**
 * The hardened realm learner code runs in (SES, https://github.com/endojs/endo/tree/master/packages/ses).
 *
 * `lockdown()` runs once per worker, before the first learner module: it
 * freezes every JavaScript intrinsic (Map.prototype, Object, String.prototype
 * and the rest), so a top-level patch of a built-in cannot change how the
 * grader's own checks behave. Each learner module is then evaluated in its
 * own `Compartment`: a fresh globalThis holding only the frozen built-ins and
 * the endowments (lib/grader/endowments.ts). There is no `process`, no
 * `require`, no `self`/`fetch`/`postMessage`, and nothing a module stores on
 * its globalThis is seen by the next module (another scenario, or the other
 * replica of the same scenario).
 *
 * Error stacks: with `errorTaming: 'safe'`, `error.stack` is the empty string
 * for every error, so learner code cannot read which grader function called
 * it. The grader, in the start compartment, reads the frames through
 * `getStackString` (lib/grader/learner-line.ts) and shows the learner only
 * the line of its own file.
 */
import 'ses';

/** The options are fixed here so that every entry (browser worker, CLI worker, tests) hardens the same way. */
const LOCKDOWN_OPTIONS = {
  errorTaming: 'safe',
  stackFiltering: 'concise',
  // The host's console stays the host's: learner code gets a silent one anyway.
  consoleTaming: 'unsafe',
  // Lets grader code and libraries assign `constructor`, `toString` and the like on their own objects.
  overrideTaming: 'moderate',
  // The host (test runner, CLI worker) keeps its own handling of uncaught errors.
  errorTrapping: 'none',
  unhandledRejectionTrapping: 'none',
  // No console notes about the non-standard properties lockdown removes.
  reporting: 'none',
} as const;

let hardened = false;

/** Whether lockdown has already run in this realm (by us or by a test file earlier in the same worker). */
function isLockedDown(): boolean {
  return typeof harden === 'function' && Object.isFrozen(Array.prototype) && Object.isFrozen(Function.prototype);
}

/** Runs lockdown() once; later calls do nothing. */
export function ensureLockdown(): void {
  if (hardened) return;
  if (!isLockedDown()) lockdown(LOCKDOWN_OPTIONS as unknown as Parameters<typeof lockdown>[0]);
  hardened = true;
}

/**
 * SES's evaluator refuses source containing the text of an HTML comment or
 * of `import(` (it matches text, it cannot parse). Its `__evade…__` options
 * rewrite such text before the refusal tests (src/transforms.js in SES:
 * `<!--` becomes `< ! --`, `-->` becomes `-- >`, `import(` becomes
 * `__import__(`). The same rewrites are applied here, once per source text,
 * instead of by SES on every evaluation: the text SES then tests and
 * evaluates is exactly what it evaluated with the options, and its refusal
 * tests still run on every evaluation.
 */
const HTML_COMMENT = new RegExp(`(?:${'<'}!--|--${'>'})`, 'g');
const IMPORT_EXPRESSION = /(^|[^.]|\.\.\.)\bimport(\s*(?:\(|\/[/*]))/g;

function evadeSesTests(source: string): string {
  return source
    .replace(HTML_COMMENT, (match) => (match[0] === '<' ? '< ! --' : '-- >'))
    .replace(IMPORT_EXPRESSION, (_match, before: string, after: string) => `${before}__import__${after}`);
}

/** Learner code may call eval; SES's own guard against direct eval is a text match that would refuse innocent code. */
const EVALUATE_OPTIONS = { __rejectSomeDirectEvalExpressions__: false } as const;

/** Names that may not or need not be hoisted as constants in the module wrapper. */
const NOT_HOISTED = new Set(['eval', 'undefined', 'NaN', 'Infinity', 'globalThis', 'arguments']);
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * The wrapped source of the latest module evaluated, keyed by everything it
 * is built from. A submission's scenarios and replicas evaluate the same
 * text in many compartments: building (and rewriting, and flattening) that
 * text once per submission instead of once per compartment is where this
 * saves time. Every compartment still evaluates it afresh.
 */
let lastSource: { key: string; body: string; source: string } | null = null;

/** The global names a compartment with these endowments defines: the same frozen intrinsics every time after lockdown. */
const namesByEndowments = new Map<string, string[]>();

function hoistedNames(compartment: Compartment, globals: Record<string, unknown>): string[] {
  const key = Object.keys(globals).join(',');
  let names = namesByEndowments.get(key);
  if (!names) {
    names = Object.getOwnPropertyNames(compartment.globalThis).filter((n) => IDENTIFIER.test(n) && !NOT_HOISTED.has(n));
    namesByEndowments.set(key, names);
  }
  return names;
}

function wrappedSource(names: string[], body: string, params: readonly string[], sourceUrl: string): string {
  const key = `${names.join(',')}|${params.join(',')}|${sourceUrl}`;
  if (lastSource && lastSource.key === key && lastSource.body === body) return lastSource.source;
  // One line of wrapper before the body (WRAPPER_LINES in learner-line.ts).
  const source = evadeSesTests(
    `(function () { 'use strict'; const { ${names.join(', ')} } = globalThis; return function (${params.join(', ')}) {\n` +
      `${body}\n}; })()\n//# sourceURL=${sourceUrl}`,
  );
  lastSource = { key, body, source };
  return source;
}

/**
 * Evaluates `source` (an expression) in a fresh compartment whose globals are
 * the built-ins plus `globals`, and returns its value. Every free name the
 * source uses that the compartment defines is hoisted into a local constant
 * first: without that, each `Map` or `Math` in a hot loop would be looked up
 * through SES's `with` scopes, which costs the learner's code several times
 * its speed.
 */
export function evaluateInCompartment(globals: Record<string, unknown>, body: string, params: readonly string[], sourceUrl: string): (...args: unknown[]) => unknown {
  ensureLockdown();
  const compartment = new Compartment({ globals, __options__: true } as unknown as ConstructorParameters<typeof Compartment>[0]);
  const source = wrappedSource(hoistedNames(compartment, globals), body, params, sourceUrl);
  return compartment.evaluate(source, EVALUATE_OPTIONS as unknown as Parameters<Compartment['evaluate']>[1]) as (...args: unknown[]) => unknown;
}
