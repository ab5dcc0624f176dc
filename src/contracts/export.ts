import { z } from 'zod';
import { User, Session } from './auth.js';
import { JournalEntry } from './journal.js';

/** Everything a person owns. Each later capability adds its own key here and in core/account/export. */
export const AccountExport = z
  .object({
    format: z.literal('steady-export/1'),
    exportedAt: z.string(),
    user: User.extend({ createdAt: z.string() }),
    sessions: z.array(Session.omit({ current: true })),
    journal: z.array(JournalEntry),
  })
  .meta({ id: 'AccountExport' });
export type AccountExport = z.infer<typeof AccountExport>;
