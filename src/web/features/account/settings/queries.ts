import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { AppLockState } from '../../../../contracts/account/app-lock.js';
import { appLockApi } from '../app-lock/api.js';
import { rememberLockSetting } from '../app-lock/deviceLock.js';
import { settingsApi } from './api.js';
import { twoStepApi } from './twoStepApi.js';

/** Every key under `settingsKeys.all`; none is named by a live event (nothing here is a partner's). */
export const settingsKeys = {
  all: ['settings'] as const,
  sessions: () => [...settingsKeys.all, 'sessions'] as const,
  capabilityLinks: () => [...settingsKeys.all, 'capability-links'] as const,
  twoStep: () => [...settingsKeys.all, 'two-step'] as const,
  passkeys: () => [...settingsKeys.all, 'passkeys'] as const,
  appLock: () => [...settingsKeys.all, 'app-lock'] as const,
};

/** A new password signs out other devices and turns off the links that open without signing in. */
export const PASSWORD_CHANGES = [settingsKeys.sessions(), settingsKeys.capabilityLinks()] as const;
/** A passkey is a second factor too: the two-step status counts them and its recovery codes cover them. */
export const FACTOR_CHANGES = [settingsKeys.passkeys(), settingsKeys.twoStep()] as const;

export function useSessions() {
  return useQuery({ queryKey: settingsKeys.sessions(), queryFn: ({ signal }) => settingsApi.sessions(signal).then((r) => r.items) });
}

export function useCapabilityLinks() {
  return useQuery({
    queryKey: settingsKeys.capabilityLinks(),
    queryFn: ({ signal }) => settingsApi.capabilityLinks(signal).then((r) => r.items),
  });
}

export function useTwoStep() {
  return useQuery({ queryKey: settingsKeys.twoStep(), queryFn: ({ signal }) => twoStepApi.status(signal) });
}

export function usePasskeys() {
  return useQuery({ queryKey: settingsKeys.passkeys(), queryFn: ({ signal }) => twoStepApi.passkeys(signal).then((r) => r.items) });
}

export function useAppLock() {
  return useQuery({ queryKey: settingsKeys.appLock(), queryFn: ({ signal }) => appLockApi.get(signal) });
}

/** The lock's new state: kept in the cache and on the device, which locks by it even offline. */
export function useAppLockKept() {
  const client = useQueryClient();
  return (state: AppLockState) => {
    client.setQueryData(settingsKeys.appLock(), state);
    rememberLockSetting(state.enabled ? state.idleMinutes : null);
  };
}
