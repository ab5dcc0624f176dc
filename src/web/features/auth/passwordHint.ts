import { PASSWORD_MIN } from '../../../contracts/auth.js';

/** Length is the only rule (see contracts/auth.ts), so the hint says only that, and how to meet it gently. */
export const PASSWORD_HINT = `At least ${PASSWORD_MIN} characters — a few words you’ll remember works well.`;
