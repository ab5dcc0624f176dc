import { useEffect, useRef, useState } from 'react';
import { Button } from '../../components/Button.js';
import { FormMessage } from '../../components/FormMessage.js';

/**
 * Recovery codes, shown this once: the server keeps only their hashes. Losing a phone should never
 * mean losing what a person wrote, so the words say what the codes are for, not what to fear.
 */
export function RecoveryCodesView({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [copied, setCopied] = useState<string | null>(null);
  useEffect(() => headingRef.current?.focus(), []);

  async function copy() {
    try {
      await navigator.clipboard.writeText(codes.join('\n'));
      setCopied('Copied. Paste them somewhere safe, like a password manager.');
    } catch {
      setCopied('This browser did not let us copy. You can select the codes and copy them, or print them.');
    }
  }

  return (
    <div className="recovery-codes-card" role="region" aria-labelledby="recovery-codes-heading">
      <h3 id="recovery-codes-heading" ref={headingRef} tabIndex={-1}>
        Your recovery codes
      </h3>
      <p>
        If your phone is lost or changed, each of these codes lets you in once, and everything you wrote will be here. Keep them somewhere
        safe and apart from your phone: on paper, or in a password manager.
      </p>
      <p>This is the only time Steady shows them.</p>
      <ul className="recovery-codes" aria-label="Recovery codes">
        {codes.map((c) => (
          <li key={c}>{c}</li>
        ))}
      </ul>
      <FormMessage message={copied} tone="info" />
      <div className="actions">
        <Button onClick={() => void copy()}>Copy codes</Button>
        <Button onClick={() => window.print()}>Print codes</Button>
        <Button variant="primary" onClick={onDone}>
          I’ve kept them safe
        </Button>
      </div>
    </div>
  );
}
