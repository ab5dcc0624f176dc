import type { JournalEntry } from '../../contracts/journal/journal.js';

export const JOURNAL_CSV_COLUMNS = ['id', 'createdAt', 'updatedAt', 'mood', 'tags', 'prompt', 'text'] as const;

/**
 * Spreadsheet programs run cells that start with = + - @ (or tab/CR) as formulas; a journal line
 * like "-I felt..." must open as text, so such cells get a leading apostrophe (OWASP CSV injection).
 */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function journalCsvRecords(entries: JournalEntry[]): string[][] {
  return entries.map((e) => [
    e.id,
    e.createdAt,
    e.updatedAt,
    e.mood === null ? '' : String(e.mood),
    neutraliseFormula(e.tags.join('; ')),
    e.prompt ?? '',
    neutraliseFormula(e.text),
  ]);
}
