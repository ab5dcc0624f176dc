import type {
  AuthResponse,
  CapabilityLinkList,
  ChangePasswordBody,
  ReauthBody,
  Session,
  UpdateProfileBody,
} from '../../../contracts/auth.js';
import type { ImportAccountResult } from '../../../contracts/export.js';
import { api } from '../../api/client.js';

export const settingsApi = {
  updateProfile: (body: UpdateProfileBody) => api.patch<AuthResponse>('/api/v1/me', body),
  sessions: (signal?: AbortSignal) => api.get<{ items: Session[] }>('/api/v1/sessions', signal),
  endSession: (id: string) => api.delete(`/api/v1/sessions/${encodeURIComponent(id)}`),
  changePassword: (body: ChangePasswordBody) => api.post<void>('/api/v1/auth/password', body),
  deleteAccount: (password: string) => api.delete('/api/v1/me', { password }),
  reauthenticate: (body: ReauthBody) => api.post<void>('/api/v1/auth/reauth', body),
  capabilityLinks: (signal?: AbortSignal) => api.get<CapabilityLinkList>('/api/v1/capability-links', signal),
  revokeCapabilityLinks: () => api.post<void>('/api/v1/capability-links/revoke'),
  importAccount: (file: unknown) => api.post<ImportAccountResult>('/api/v1/me/import', file),
};

export const EXPORT_JSON_URL = '/api/v1/me/export';
export const EXPORT_CSV_URL = '/api/v1/me/export/journal.csv';

/** "Chrome on Linux" is enough to recognise a device; the full user-agent string helps nobody. */
export function describeAgent(ua: string | null): string {
  if (!ua) return 'An unknown browser';
  const browser = /Edg\//.test(ua)
    ? 'Edge'
    : /Firefox\//.test(ua)
      ? 'Firefox'
      : /Chrom(e|ium)\//.test(ua)
        ? 'Chrome'
        : /Safari\//.test(ua)
          ? 'Safari'
          : /curl|node|undici|steady/i.test(ua)
            ? 'An app or script'
            : 'A browser';
  const os = /Android/.test(ua)
    ? 'Android'
    : /iPhone|iPad|iPod/.test(ua)
      ? 'iPhone or iPad'
      : /Mac OS X|Macintosh/.test(ua)
        ? 'a Mac'
        : /Windows/.test(ua)
          ? 'Windows'
          : /CrOS/.test(ua)
            ? 'ChromeOS'
            : /Linux/.test(ua)
              ? 'Linux'
              : null;
  return os ? `${browser} on ${os}` : browser;
}
