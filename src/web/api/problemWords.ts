import { APP_LOCK_SESSION_ENDED, APP_LOCKED } from '../../contracts/account/app-lock.js';
import { REAUTH_REQUIRED } from '../../contracts/account/auth.js';
import { REQUEST_CAP_REACHED } from '../../contracts/pair/reassurance-requests.js';
import { SECOND_FACTOR_REQUIRED } from '../../contracts/account/recovery.js';
import { SAFETY_PLAN_NEWER } from '../../contracts/support/safety-plan.js';
import { i18n } from '../i18n/i18n.js';
import type { en } from '../i18n/resources.js';

/*
 * The server writes a problem's title and detail in English. The web knows what a problem means
 * from its `type` (the contract), so in another language it says that in its own words; for a plain
 * problem (`about:blank`) it knows the title of the answers the ways in give, and otherwise what the
 * status means. Nothing of the English reaches a person reading Spanish.
 */

type ProblemKey = keyof typeof en.shared.problem;

const BY_TYPE: Record<string, ProblemKey> = {
  [REAUTH_REQUIRED]: 'reauthRequired',
  [APP_LOCKED]: 'appLocked',
  [APP_LOCK_SESSION_ENDED]: 'appLockSessionEnded',
  [REQUEST_CAP_REACHED]: 'requestCapReached',
  [SAFETY_PLAN_NEWER]: 'safetyPlanNewer',
  [SECOND_FACTOR_REQUIRED]: 'secondFactorRequired',
  'https://steady.example/problems/no-check-in-ahead': 'noCheckInAhead',
};

/** Titles of plain problems, as the server writes them (server/routes/auth, recovery, two-step, plugins/auth). */
const BY_TITLE: Record<string, ProblemKey> = {
  'Email or password is incorrect': 'wrongCredentials',
  'We could not create that account': 'signupFailed',
  'That is not the password you chose': 'signupPasswordWrong',
  'Please choose another password': 'choosePassword',
  'Password is incorrect': 'passwordIncorrect',
  'That code did not work': 'codeDidNotWork',
  'That passkey did not work': 'passkeyDidNotWork',
  'That passkey didn’t work': 'passkeyDidNotWork',
  'Please log in again': 'loginAgain',
  'Too many attempts': 'tooManyAttempts',
  'Missing or stale security token': 'staleToken',
};

const BY_STATUS: Record<number, ProblemKey> = {
  400: 'status400',
  401: 'status401',
  403: 'status403',
  404: 'status404',
  409: 'status409',
  410: 'status410',
  413: 'status413',
  422: 'status422',
  423: 'status423',
  429: 'status429',
};

export interface ProblemLike {
  status: number;
  type: string;
  title: string;
  detail: string | undefined;
  retryAfter: number | undefined;
}

/** A used or expired link reads differently after signing up and after asking for a new password. */
function staleLink(detail: string | undefined): ProblemKey {
  return detail?.includes('sign up') ? 'signupLinkStale' : 'resetLinkStale';
}

/** The problem in the person's language (not English), from what the contract says it means. */
export function localProblem(p: ProblemLike): string {
  const t = i18n.t.bind(i18n);
  if (p.status === 0) return t('shared:net.offline');
  if (p.status === 429) {
    const title = t('shared:net.tooManyTitle');
    if (!p.retryAfter) return t('shared:net.waitLittle', { title });
    if (p.retryAfter < 90) return t('shared:net.waitSeconds', { title, seconds: Math.max(1, Math.round(p.retryAfter)) });
    return t('shared:net.waitMinutes', { title, minutes: Math.round(p.retryAfter / 60) });
  }
  const key =
    BY_TYPE[p.type] ??
    (p.title === 'This link has expired or was already used' ? staleLink(p.detail) : BY_TITLE[p.title]) ??
    BY_STATUS[p.status] ??
    'status500';
  return t(`shared:problem.${key}`);
}
