import type { ChangePasswordBody, ReauthBody, UpdateProfileBody } from '../../../../contracts/account/auth.js';
import type { z } from 'zod';
import type { ImportAccountBody } from '../../../../contracts/account/export.js';
import { call, urlOf } from '../../../api/call.js';

export const settingsApi = {
  updateProfile: (body: UpdateProfileBody) => call('updateMe', { body }),
  sessions: (signal?: AbortSignal) => call('listSessions', {}, { signal }),
  endSession: (id: string) => call('revokeSession', { params: { id } }),
  changePassword: (body: ChangePasswordBody) => call('changePassword', { body }),
  deleteAccount: (password: string) => call('deleteMe', { body: { password } }),
  reauthenticate: (body: ReauthBody) => call('reauthenticate', { body }),
  capabilityLinks: (signal?: AbortSignal) => call('listCapabilityLinks', {}, { signal }),
  revokeCapabilityLinks: () => call('revokeCapabilityLinks'),
  // The file is the export as the person chose it; the server checks it against the export's shape.
  importAccount: (file: unknown) => call('importAccount', { body: file as z.input<typeof ImportAccountBody> }),
};

export const EXPORT_JSON_URL = urlOf('exportMe');
export const EXPORT_CSV_URL = urlOf('exportJournalCsv');

/** Names are names in every language; the rest are words the screen says in the person's. */
export type AgentBrowser = 'Edge' | 'Firefox' | 'Chrome' | 'Safari' | 'app' | 'other' | 'unknown';
export type AgentSystem = 'Android' | 'apple' | 'mac' | 'Windows' | 'ChromeOS' | 'Linux';

/** "Chrome on Linux" is enough to recognise a device; the full user-agent string helps nobody. Named in words by the screen. */
export function describeAgent(ua: string | null): { browser: AgentBrowser; os: AgentSystem | null } {
  if (!ua) return { browser: 'unknown', os: null };
  const browser: AgentBrowser = /Edg\//.test(ua)
    ? 'Edge'
    : /Firefox\//.test(ua)
      ? 'Firefox'
      : /Chrom(e|ium)\//.test(ua)
        ? 'Chrome'
        : /Safari\//.test(ua)
          ? 'Safari'
          : /curl|node|undici|steady/i.test(ua)
            ? 'app'
            : 'other';
  const os: AgentSystem | null = /Android/.test(ua)
    ? 'Android'
    : /iPhone|iPad|iPod/.test(ua)
      ? 'apple'
      : /Mac OS X|Macintosh/.test(ua)
        ? 'mac'
        : /Windows/.test(ua)
          ? 'Windows'
          : /CrOS/.test(ua)
            ? 'ChromeOS'
            : /Linux/.test(ua)
              ? 'Linux'
              : null;
  return { browser, os };
}
