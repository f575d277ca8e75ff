// Monaco's core editor worker (diffs, word ranges), bundled from our own build.
import 'monaco-editor/editor/editor.worker';
