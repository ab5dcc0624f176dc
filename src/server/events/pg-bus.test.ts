import { describe, expect, it } from 'vitest';
import { channelFor } from './pg-bus.js';

describe('the NOTIFY channel of a schema', () => {
  it('is named after the schema, so schemas sharing a database never hear each other', () => {
    expect(channelFor('public')).toBe('steady_events_public');
    expect(channelFor('t_0a1b2c')).not.toBe(channelFor('t_0a1b2d'));
  });

  it('stays within PostgreSQL’s 63-byte names for long schema names, still one per schema', () => {
    const long = 'a'.repeat(63);
    expect(Buffer.byteLength(channelFor(long))).toBeLessThanOrEqual(63);
    expect(channelFor(long)).not.toBe(channelFor(`${'a'.repeat(62)}b`));
  });
});
