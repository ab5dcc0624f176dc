import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { SessionState } from '../contracts/account/auth.js';
import { JournalPage } from '../contracts/journal/journal.js';
import { ReassuranceInsights } from '../contracts/reassurance/insights.js';
import { jsonSchemaOf, responseSerializers } from './serializers.js';

const entry = {
  id: '0b6f7f0e-8f5e-4d51-9d7c-3f1e8c2a9b10',
  text: 'A quiet evening; I let the message wait.',
  mood: null,
  tags: ['evening'],
  prompt: null,
  createdAt: '2026-11-21T20:00:00.000Z',
  updatedAt: '2026-11-21T20:00:00.000Z',
};

const compile = (check: boolean, schema: unknown) => responseSerializers(check)({ schema, method: 'GET', url: '/test', httpStatus: '200' });

describe('response serializers', () => {
  it('write exactly what zod would, and nothing the contract does not name', () => {
    const page = {
      items: [
        { ...entry, user_id: 'someone', password_hash: 'x' },
        { ...entry, mood: 7 },
      ],
      nextCursor: null,
      extra: 1,
    };
    for (const check of [false, true]) {
      const written = JSON.parse(compile(check, JournalPage)(page));
      expect(written).toEqual(JournalPage.parse(page));
      expect(JSON.stringify(written)).not.toContain('someone');
    }
  });

  it('write nullable numbers, tuples and literal unions', () => {
    const insights = ReassuranceInsights.parse({
      urgeCount: 0,
      minimum: 5,
      byAction: { sought: 0, delayed: 0, soothed: 0, parked: 0, plan: 0 },
      perWeek: [],
      reliefDecay: { sought: [{ minutesAfter: 30, meanAnxiety: null, n: 0 }], other: [{ minutesAfter: 0, meanAnxiety: 4.5, n: 2 }] },
      triggers: [],
      tools: [
        { tool: 'breathing', n: 3, meanDrop: 2.33, ci95: [0.5, 4.17] },
        { tool: 'pmr', n: 1, meanDrop: 1, ci95: null },
      ],
    });
    expect(JSON.parse(compile(false, ReassuranceInsights)(insights))).toEqual(insights);
    expect(jsonSchemaOf(JournalPage)).not.toHaveProperty('$schema');
  });

  it('write a nullable enum, also inside a nullable object (the welcome not yet seen)', () => {
    const user = {
      id: entry.id,
      email: 'a@example.org',
      displayName: 'Sam',
      timeZone: 'Europe/London',
      region: 'GB',
      focus: [],
      sessionIdle: '7d' as const,
    };
    for (const welcome of [null, 'skipped'] as const) {
      const state = { user: { ...user, welcome, welcomedAt: welcome && entry.createdAt }, csrfToken: 'token', locked: false };
      expect(JSON.parse(compile(false, SessionState)(state))).toEqual(state);
    }
    expect(JSON.parse(compile(false, SessionState)({ user: null, csrfToken: null, locked: false }))).toEqual({
      user: null,
      csrfToken: null,
      locked: false,
    });
  });

  it('keep properties whose names are also schema keywords', () => {
    const shape = z.object({ format: z.literal('steady-export/1'), pattern: z.string(), description: z.string().describe('said') });
    const value = { format: 'steady-export/1' as const, pattern: 'p', description: 'd' };
    expect(JSON.parse(compile(false, shape)(value))).toEqual(value);
  });

  it('in checking mode, refuse a body that breaks the contract instead of writing it', () => {
    expect(() => compile(true, JournalPage)({ items: [{ ...entry, id: 'not-a-uuid' }], nextCursor: null })).toThrow(/breaks its schema/);
  });
});
