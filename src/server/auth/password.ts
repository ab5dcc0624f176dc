import { hash, verify } from '@node-rs/argon2';

// OWASP's Argon2id baseline (19 MiB, 2 passes). Tests may lower the cost through ARGON2_FAST so
// suites that sign up many users stay quick; production never sets it.
const fast = process.env.ARGON2_FAST === '1';
const options = {
  algorithm: 2, // Algorithm.Argon2id; a const enum, which isolated modules cannot read
  memoryCost: fast ? 1024 : 19456,
  timeCost: fast ? 1 : 2,
  parallelism: 1,
} as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password.normalize('NFC'), options);
}

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password.normalize('NFC'));
  } catch {
    return false;
  }
}

let dummy: Promise<string> | undefined;
/** Verifying against a throwaway hash when no account matches keeps both paths equally slow. */
export async function burnVerify(password: string): Promise<false> {
  dummy ??= hashPassword('steady-dummy-password-for-timing');
  await verifyPassword(await dummy, password);
  return false;
}
