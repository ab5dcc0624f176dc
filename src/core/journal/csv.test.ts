import { describe, expect, it } from 'vitest';
import { journalCsvRecords, neutraliseFormula } from './csv.js';

describe('journal CSV', () => {
  it.each([
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+1', "'+1"],
    ['-I felt low', "'-I felt low"],
    ['@home', "'@home"],
    ['\tindent', "'\tindent"],
    ['plain words', 'plain words'],
    ['', ''],
  ])('neutralises %j', (input, expected) => expect(neutraliseFormula(input)).toBe(expected));

  it('writes one record per entry in column order', () => {
    const rows = journalCsvRecords([
      { id: 'a', text: '=cmd', mood: null, tags: ['x', 'y'], prompt: null, createdAt: 'c', updatedAt: 'u' },
      { id: 'b', text: 'ok', mood: 0, tags: [], prompt: 'kind', createdAt: 'c2', updatedAt: 'u2' },
    ]);
    expect(rows).toEqual([
      ['a', 'c', 'u', '', 'x; y', '', "'=cmd"],
      ['b', 'c2', 'u2', '0', '', 'kind', 'ok'],
    ]);
  });
});
