import type {
  FinishPasskeyRegistrationResult,
  PasskeyList,
  Passkey,
  RecoveryCodesResult,
  TotpSetup,
  TwoStepStatus,
} from '../../../contracts/two-step.js';
import type { z } from 'zod';
import { api } from '../../api/client.js';

export const twoStepApi = {
  status: (signal?: AbortSignal) => api.get<TwoStepStatus>('/api/v1/two-step', signal),
  startTotp: () => api.post<TotpSetup>('/api/v1/two-step/totp/setup'),
  confirmTotp: (code: string) => api.post<RecoveryCodesResult>('/api/v1/two-step/totp/confirm', { code }),
  disableTotp: (password: string) => api.delete('/api/v1/two-step/totp', { password }),
  regenerateCodes: (password: string) => api.post<RecoveryCodesResult>('/api/v1/two-step/recovery-codes', { password }),
  passkeys: (signal?: AbortSignal) => api.get<z.infer<typeof PasskeyList>>('/api/v1/passkeys', signal),
  startPasskey: () => api.post<{ options: Record<string, unknown> }>('/api/v1/passkeys/registration/start'),
  finishPasskey: (name: string, credential: unknown) =>
    api.post<z.infer<typeof FinishPasskeyRegistrationResult>>('/api/v1/passkeys/registration/finish', { name, credential }),
  renamePasskey: (id: string, name: string) => api.patch<Passkey>(`/api/v1/passkeys/${encodeURIComponent(id)}`, { name }),
  deletePasskey: (id: string, password: string) => api.delete(`/api/v1/passkeys/${encodeURIComponent(id)}`, { password }),
};
