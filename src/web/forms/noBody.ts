import { z } from 'zod';

/**
 * The body of an action that sends none (end a session, turn the lock off, start a setup). Such a
 * button still goes through `useSteadyForm`, which owns its busy state and turns a problem into
 * the section's sentence, so no section keeps that plumbing of its own.
 */
export const NoBody = z.strictObject({});
export const NO_VALUES: Record<string, never> = {};
