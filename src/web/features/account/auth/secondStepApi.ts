import { call, type CallArgs } from '../../../api/call.js';

// The credential is @simplewebauthn/browser's JSON as it made it; the server checks it against the contract.
type Complete = CallArgs<'completeLogin'>['body'];
type Finish = CallArgs<'finishPasskeyLogin'>['body'];

export const signInApi = {
  login: (body: { email: string; password: string }) => call('login', { body }),
  complete: (body: { pendingToken: string; code?: string; passkey?: unknown }) => call('completeLogin', { body: body as Complete }),
  startPasskey: () => call('startPasskeyLogin'),
  finishPasskey: (loginToken: string, credential: unknown) =>
    call('finishPasskeyLogin', { body: { loginToken, credential: credential as Finish['credential'] } }),
};
