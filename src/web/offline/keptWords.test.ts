import { describe, expect, it } from 'vitest';
import { copyText, labelsOf, wordsOf } from './keptWords.js';

describe('the words of a refused change', () => {
  it('finds every free-text field the contract marks, nested ones included, and leaves out numbers, dates and choices', () => {
    const body = {
      occurredAt: '2026-12-04T09:00:00.000Z',
      intensity: 6,
      triggers: ['no reply'],
      wantedTo: 'text them again',
      action: 'delayed',
      note: 'I waited instead',
      park: { text: 'talk about replies', shared: false },
    };
    expect(wordsOf({ op: 'createUrge', body })).toEqual([
      { field: 'wantedTo', text: 'text them again' },
      { field: 'note', text: 'I waited instead' },
      { field: 'park.text', text: 'talk about replies' },
    ]);
    expect(labelsOf({ body })).toEqual(['no reply']);
  });

  it('a journal entry: its text, and its tags as labels', () => {
    const body = { text: 'A long walk helped', mood: 7, tags: ['walk', 'river'], prompt: 'steady' };
    expect(wordsOf({ op: 'createJournalEntry', body })).toEqual([{ field: 'text', text: 'A long walk helped' }]);
    expect(copyText(wordsOf({ op: 'createJournalEntry', body }), labelsOf({ body }))).toBe('A long walk helped\n\nwalk, river');
  });

  it('a change with no words (a follow-up rating) has none, and empty fields are not shown', () => {
    expect(wordsOf({ op: 'addUrgeFollowUp', body: { minutesAfter: 30, anxiety: 4 } })).toEqual([]);
    expect(wordsOf({ op: 'createUrge', body: { intensity: 3, triggers: [], note: '  ' } })).toEqual([]);
  });

  it('an item queued before operations were recorded shows every string, so no word is hidden', () => {
    expect(wordsOf({ body: { text: 'old words', meta: { a: 'b' } } })).toEqual([
      { field: 'text', text: 'old words' },
      { field: 'meta.a', text: 'b' },
    ]);
  });
});
