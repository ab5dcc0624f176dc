import type { JournalEntryResponse } from '../../../contracts/journal/journal.js';
import { registerForgetter } from '../../auth/forget.js';
import { onOutboxSent } from '../../offline/outbox.js';

/**
 * An entry written offline gets the server's crisis verdict only when it is finally sent. While
 * writing, the same check ran in the browser (useCrisisWatch); this keeps the server's answer for
 * the journal list to show, whichever screen the person was on when the connection came back.
 * Ids only, in memory, forgotten at sign-out.
 */
const flagged = new Set<string>();
const listeners = new Set<() => void>();
registerForgetter(() => flagged.clear());

onOutboxSent((sent) => {
  if (sent.method !== 'POST' || sent.url !== '/api/v1/journal') return;
  const res = sent.data as Partial<JournalEntryResponse> | undefined;
  if (!res?.safety?.crisis || !res.entry) return;
  flagged.add(res.entry.id);
  for (const l of listeners) l();
});

/** Takes the verdicts that asked for support (each is shown once), and hears about later ones. */
export const sentVerdicts = {
  take(): string[] {
    const ids = [...flagged];
    flagged.clear();
    return ids;
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
