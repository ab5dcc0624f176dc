import type { ChangePasswordBody, ReauthBody, UpdateProfileBody } from '../../../contracts/auth.js';
import type { z } from 'zod';
import type { ImportAccountBody } from '../../../contracts/export.js';
import { call, urlOf } from '../../api/call.js';

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

export type AgentBrowser = 'edge' | 'firefox' | 'chrome' | 'safari' | 'app' | 'other' | 'unknown';
export type AgentSystem = 'android' | 'apple' | 'mac' | 'windows' | 'chromeos' | 'linux';

/** "Chrome on Linux" is enough to recognise a device; the full user-agent string helps nobody. Named in words by the screen. */
export function describeAgent(ua: string | null): { browser: AgentBrowser; os: AgentSystem | null } {
  if (!ua) return { browser: 'unknown', os: null };
  const browser: AgentBrowser = /Edg\//.test(ua)
    ? 'edge'
    : /Firefox\//.test(ua)
      ? 'firefox'
      : /Chrom(e|ium)\//.test(ua)
        ? 'chrome'
        : /Safari\//.test(ua)
          ? 'safari'
          : /curl|node|undici|steady/i.test(ua)
            ? 'app'
            : 'other';
  const os: AgentSystem | null = /Android/.test(ua)
    ? 'android'
    : /iPhone|iPad|iPod/.test(ua)
      ? 'apple'
      : /Mac OS X|Macintosh/.test(ua)
        ? 'mac'
        : /Windows/.test(ua)
          ? 'windows'
          : /CrOS/.test(ua)
            ? 'chromeos'
            : /Linux/.test(ua)
              ? 'linux'
              : null;
  return { browser, os };
}
