import { registerForgetter } from '../../../auth/forget.js';

/** A reflective-writing session waiting for its "after" rating while the person writes in the journal (memory only). */
export interface PendingWriting {
  startedAt: number;
  before: number | null;
  urge: string | null;
  prompt: string;
}

let pending: PendingWriting | null = null;
registerForgetter(() => {
  pending = null;
});

export const journalTool = {
  get: () => pending,
  set: (p: PendingWriting | null) => {
    pending = p;
  },
};
