import { registerForgetter } from '../../auth/forget.js';

/** What the person has typed but not saved yet, exactly as the form holds it. */
export interface EntryDraft {
  text: string;
  prompt: string | null;
  mood: number | null;
  tags: string;
}

/**
 * Unsaved words live here, in memory only: never in localStorage or sessionStorage, where they
 * would outlive the session and could be read by the next person at this browser. Keeping them
 * outside the form lets someone step over to the SOS page mid-sentence and come back to find
 * every word still there. Signing out forgets them.
 */
const drafts = new Map<string, EntryDraft>();
registerForgetter(() => drafts.clear());

export const draftStore = {
  get: (key: string) => drafts.get(key),
  set: (key: string, draft: EntryDraft) => void drafts.set(key, draft),
  delete: (key: string) => void drafts.delete(key),
};

export function sameDraft(a: EntryDraft, b: EntryDraft): boolean {
  return a.text === b.text && a.prompt === b.prompt && a.mood === b.mood && a.tags === b.tags;
}

/** "work, Sleep ,  " → ["work", "Sleep"]; the schema lower-cases and de-duplicates. */
export function parseTags(input: string): string[] {
  return input
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
}
