import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { JoinPairBody } from './pair/pair.js';
import './messages.js';

const first = (schema: z.ZodType, value: unknown) => schema.safeParse(value).error?.issues[0]?.message;

describe('kind validation messages', () => {
  it('replaces zod’s developer wording where a schema gives none of its own', () => {
    expect(first(z.string().max(40), 'x'.repeat(41))).toBe('That’s a little long: this field takes up to 40 characters.');
    expect(first(z.strictObject({ a: z.string() }), {})).toBe('Please fill this in.');
    expect(first(z.email(), 'nope')).toBe('That doesn’t look like an email address.');
    expect(first(z.enum(['a', 'b']), 'c')).toBe('Please choose one of the options offered.');
    for (const raw of [first(z.number().int().min(0).max(10), 11), first(z.array(z.string()).min(1), [])])
      expect(raw).not.toMatch(/Too big|Too small|expected|Invalid/);
  });

  it('keeps a schema’s own message', () => {
    expect(first(JoinPairBody, { code: '' })).toBe('Enter the code your partner gave you');
  });
});
