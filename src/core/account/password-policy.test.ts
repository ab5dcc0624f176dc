import { describe, expect, it } from 'vitest';
import { passwordProblems } from './password-policy.js';

const ctx = { email: 'sam.rivers@example.org', displayName: 'Sam Rivers' };

describe('password policy', () => {
  it('refuses the passwords people use most and simple patterns', () => {
    for (const p of ['password1234', 'qwertyuiop12', 'iloveyou2024', '123456789012', 'aaaaaaaaaaaa', 'trustno1trustno1']) {
      expect(passwordProblems(p, ctx), p).toHaveLength(1);
    }
    expect(passwordProblems('password1234', ctx)[0]).toMatch(/use most/);
  });

  it('refuses the email, its local part and the name, also inside the password', () => {
    for (const p of [
      'sam.rivers@example.org',
      'SAM.RIVERS@EXAMPLE.ORG',
      'sam.rivers',
      'sam.rivers-is-me!',
      'Sam Rivers',
      'samrivers1990ok',
    ]) {
      expect(passwordProblems(p, ctx)[0], p).toMatch(/email or name/);
    }
  });

  it('welcomes long phrases in any script', () => {
    for (const p of [
      'correct horse battery staple',
      'пароль очень длинный',
      'a quiet morning by the lake',
      '静かな朝に湖のそばで歩く',
      'Tr0ub4dor&3xyz',
    ]) {
      expect(passwordProblems(p, ctx), p).toEqual([]);
    }
  });

  it('does not refuse a phrase that only happens to hold a name', () => {
    expect(passwordProblems('a calm walk along the shore', { email: 'al@example.org', displayName: 'Al' })).toEqual([]);
    expect(passwordProblems('robin sings at dawn by the river', { email: 'robin@example.org', displayName: 'Robin' })).toEqual([]);
    expect(passwordProblems('a long bench passphrase', { email: 'x@example.org', displayName: 'Bench' })).toEqual([]);
  });
});
