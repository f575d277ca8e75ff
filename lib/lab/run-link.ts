/**
 * A lab run's link with the learner's code in it. The query (url-state.ts)
 * says what to replay; when the run includes "Your code" the code itself
 * travels in the fragment, encoded as a share-your-code link
 * (lib/share/code-link.ts), because browsers never send the fragment to a
 * server. The recipient's lab runs that code, not their own saved draft, and
 * the same fragment opens it in the exercise's editor.
 */
import { decodeCodeFragment, encodeCodeFragment, MAX_SHARED_CODE_CHARS } from '@/lib/share/code-link';
import type { LabExerciseId } from './lab-exercises';
import { formatLabUrl, type LabUrlState } from './url-state';

export interface RunLink {
  /** `?preset=...` */
  search: string;
  /** `#code=...`, or '' when the run has no code to carry (or too much). */
  hash: string;
  /** The code was left out because a link cannot hold it. */
  codeTooLong: boolean;
}

/** The link for a run; `code` is the code running as "Your code", or null. */
export function formatRunLink(state: LabUrlState, code: string | null): RunLink {
  const search = formatLabUrl(state);
  if (code === null || state.strategy !== 'yours') return { search, hash: '', codeTooLong: false };
  const encoded = encodeCodeFragment(code);
  return encoded.kind === 'ok' ? { search, hash: `#${encoded.fragment}`, codeTooLong: false } : { search, hash: '', codeTooLong: true };
}

export type SharedCode = { kind: 'none' } | { kind: 'code'; code: string } | { kind: 'damaged'; message: string };

/** The code a lab link carries in its fragment. Never throws: a damaged fragment is described, and nothing runs from it. */
export function readSharedCode(hash: string): SharedCode {
  const result = decodeCodeFragment(hash);
  if (result.kind !== 'damaged') return result;
  return {
    kind: 'damaged',
    message:
      result.reason === 'too-long'
        ? `This link carries more code than a link may (${MAX_SHARED_CODE_CHARS.toLocaleString('en')} characters), so its code was not run.`
        : 'This link’s code is damaged (perhaps cut short when it was copied), so its code was not run.',
  };
}

/** The exercise page with the same code offered for its editor (the page asks before loading it). */
export function editorLinkFor(exercise: LabExerciseId, code: string): string | null {
  const encoded = encodeCodeFragment(code);
  return encoded.kind === 'ok' ? `/exercises/${exercise}#${encoded.fragment}` : null;
}
