import { randomInt } from 'node:crypto';
import { hashToken } from './tokens.js';

export const RECOVERY_CODE_COUNT = 10;
/** No 0/o, 1/l/i: a code copied onto paper by hand must read back the same. */
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
const GROUPS = 4;
const GROUP_LENGTH = 4;

/**
 * Sixteen characters from a 31-letter alphabet are about 79 random bits: enough that a SHA-256 of
 * the code is a safe thing to store (no slow hash needed, unlike a password a person chose).
 */
export function newRecoveryCode(): string {
  const groups: string[] = [];
  for (let g = 0; g < GROUPS; g++) {
    let s = '';
    for (let i = 0; i < GROUP_LENGTH; i++) s += ALPHABET[randomInt(ALPHABET.length)];
    groups.push(s);
  }
  return groups.join('-');
}

export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
}

/** As typed: any case, with or without the dashes and spaces. */
export function normaliseRecoveryCode(typed: string): string {
  return typed.toLowerCase().replace(/[\s-]/g, '');
}

export function looksLikeRecoveryCode(typed: string): boolean {
  const n = normaliseRecoveryCode(typed);
  return n.length === GROUPS * GROUP_LENGTH && [...n].every((c) => ALPHABET.includes(c));
}

export function hashRecoveryCode(typed: string): string {
  return hashToken(`recovery:${normaliseRecoveryCode(typed)}`);
}
