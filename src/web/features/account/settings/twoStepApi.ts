import { call, type CallArgs } from '../../../api/call.js';

// The credential is @simplewebauthn/browser's JSON as it made it; the server checks it against the contract.
type Credential = CallArgs<'finishPasskeyRegistration'>['body']['credential'];

export const twoStepApi = {
  status: (signal?: AbortSignal) => call('getTwoStep', {}, { signal }),
  startTotp: () => call('startTotpSetup'),
  confirmTotp: (code: string) => call('confirmTotpSetup', { body: { code } }),
  disableTotp: (password: string) => call('disableTotp', { body: { password } }),
  regenerateCodes: (password: string) => call('regenerateRecoveryCodes', { body: { password } }),
  passkeys: (signal?: AbortSignal) => call('listPasskeys', {}, { signal }),
  startPasskey: () => call('startPasskeyRegistration'),
  finishPasskey: (name: string, credential: unknown) =>
    call('finishPasskeyRegistration', { body: { name, credential: credential as Credential } }),
  renamePasskey: (id: string, name: string) => call('renamePasskey', { params: { id }, body: { name } }),
  deletePasskey: (id: string, password: string) => call('deletePasskey', { params: { id }, body: { password } }),
};
