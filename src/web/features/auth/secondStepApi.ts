import type { AuthResponse } from '../../../contracts/auth.js';
import type { LoginResult } from '../../../contracts/two-step.js';
import { api } from '../../api/client.js';

export const signInApi = {
  login: (body: { email: string; password: string }) => api.post<LoginResult>('/api/v1/auth/login', body),
  complete: (body: { pendingToken: string; code?: string; passkey?: unknown }) =>
    api.post<AuthResponse>('/api/v1/auth/login/complete', body),
  startPasskey: () => api.post<{ loginToken: string; options: Record<string, unknown> }>('/api/v1/auth/passkey/start'),
  finishPasskey: (loginToken: string, credential: unknown) =>
    api.post<AuthResponse>('/api/v1/auth/passkey/finish', { loginToken, credential }),
};
