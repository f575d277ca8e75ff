/**
 * Every key the course writes to the learner's localStorage, in one place,
 * so that a new feature picks a free name and README.md can list them all
 * (keys.test.ts fails when the README misses one).
 */

export const STORAGE_PREFIX = 'sticky-course';

/** The learner's progress (lib/progress/schema.ts), JSON. */
export const PROGRESS_KEY = `${STORAGE_PREFIX}:progress`;
/** One draft per exercise: `${DRAFT_PREFIX}<exerciseId>`. */
export const DRAFT_PREFIX = `${STORAGE_PREFIX}:draft:`;
/** The raw text of a progress store that could not be read: `${BACKUP_PREFIX}<ISO time>`. */
export const BACKUP_PREFIX = `${STORAGE_PREFIX}:progress-backup:`;
/** Drafts a Reset, a restore or a shared link replaced, the last few per exercise: `${SET_ASIDE_PREFIX}<exerciseId>`. */
export const SET_ASIDE_PREFIX = `${STORAGE_PREFIX}:set-aside:`;
/** The raw text of a set-aside list that could not be read, one per exercise: `${SET_ASIDE_DAMAGED_PREFIX}<exerciseId>`. */
export const SET_ASIDE_DAMAGED_PREFIX = `${STORAGE_PREFIX}:set-aside-damaged:`;
/** The mock interview in progress (lib/quiz/mock-storage.ts). */
export const MOCK_INTERVIEW_KEY = `${STORAGE_PREFIX}:mock-interview`;
/** The learner's choice of code editor: 'monaco' or 'textarea'. */
export const EDITOR_KIND_KEY = `${STORAGE_PREFIX}:editor-kind`;
/**
 * 'light' or 'dark'. Unprefixed because learners' saved choices already use
 * this name; renaming it would reset their theme once.
 */
export const THEME_KEY = 'theme';

export function draftKey(exerciseId: string): string {
  return `${DRAFT_PREFIX}${exerciseId}`;
}

export function backupKey(at: number): string {
  return `${BACKUP_PREFIX}${new Date(at).toISOString()}`;
}

export function setAsideKey(exerciseId: string): string {
  return `${SET_ASIDE_PREFIX}${exerciseId}`;
}

export function setAsideDamagedKey(exerciseId: string): string {
  return `${SET_ASIDE_DAMAGED_PREFIX}${exerciseId}`;
}
