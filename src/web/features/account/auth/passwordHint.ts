import { PASSWORD_MIN } from '../../../../contracts/account/auth.js';
import { i18n } from '../../../i18n/i18n.js';

/**
 * Length, and not something a guesser tries first. The common-password check runs on the server
 * only (its word lists are large), and its answer is shown under the field like this hint.
 */
export const PASSWORD_HINT = `At least ${PASSWORD_MIN} characters, not your email or name and not a well-known password — a few words you’ll remember works well.`;

/** PASSWORD_HINT in the person's language (call it while rendering, so it follows a change of language). */
export function passwordHint(): string {
  return i18n.t('account:passwordHint', { min: PASSWORD_MIN });
}
