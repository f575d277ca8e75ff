// Monaco's TypeScript language service worker: completion, hovers and the
// type errors shown before a run, bundled from our own build.
import 'monaco-editor/language/typescript/ts.worker';
