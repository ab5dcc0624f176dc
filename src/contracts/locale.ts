import { z } from 'zod';

/** The languages Steady speaks. English is the source every message is written in first. */
export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];
export const Locale = z.enum(LOCALES).describe('A language Steady speaks: en (English) or es (Spanish)');
