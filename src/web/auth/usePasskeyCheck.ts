import { browserSupportsWebAuthn, startAuthentication, type PublicKeyCredentialRequestOptionsJSON } from '@simplewebauthn/browser';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { PasskeyAssertion, PasskeyChallenge } from '../../contracts/account/webauthn.js';
import { call } from '../api/call.js';

/** The server keeps a challenge five minutes; one held longer than this is asked for again first. */
const FRESH_MS = 4 * 60_000;

type Held = { options: NonNullable<PasskeyChallenge['options']>; at: number };

export interface PasskeyCheck {
  /** The person has a passkey and this browser can use one: only then is it offered. */
  available: boolean;
  /** Asks the device to sign this session's challenge; null when the person cancelled or the device could not. */
  sign(): Promise<PasskeyAssertion | null>;
}

/**
 * A passkey check inside a signed-in session (opening the app lock, confirming it's you). Asks for
 * a challenge as soon as `active`, which also says whether the person has a passkey at all, so the
 * device's prompt opens straight from the tap. Each challenge answers once, so the next tap asks
 * for a new one.
 */
export function usePasskeyCheck(start: 'startPasskeyReauth' | 'startPasskeyUnlock', active: boolean): PasskeyCheck {
  const held = useRef<Held | null>(null);
  const [available, setAvailable] = useState(false);

  const fetchChallenge = useCallback(async (): Promise<Held | null> => {
    const { options } = await call(start);
    setAvailable(options !== null);
    return options ? { options, at: Date.now() } : null;
  }, [start]);

  useEffect(() => {
    if (!active || !browserSupportsWebAuthn()) return;
    let live = true;
    fetchChallenge()
      .then((h) => {
        if (live) held.current = h;
      })
      // Offline or signed out: no passkey button, and the PIN or password says why.
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [active, fetchChallenge]);

  const sign = useCallback(async (): Promise<PasskeyAssertion | null> => {
    let current = held.current;
    held.current = null;
    if (!current || Date.now() - current.at > FRESH_MS) current = await fetchChallenge();
    if (!current) return null;
    try {
      const answer = await startAuthentication({ optionsJSON: current.options as unknown as PublicKeyCredentialRequestOptionsJSON });
      // The browser's extension results are plain JSON; the contract names them as such.
      return answer as PasskeyAssertion;
    } catch {
      return null;
    }
  }, [fetchChallenge]);

  return { available, sign };
}
