import { useEffect, useRef, useState } from 'react';
import { Button } from '../../../components/Button.js';
import { FormMessage } from '../../../components/FormMessage.js';
import { useTranslation } from '../../../i18n/i18n.js';

/**
 * Recovery codes, shown this once: the server keeps only their hashes. Losing a phone should never
 * mean losing what a person wrote, so the words say what the codes are for, not what to fear.
 */
export function RecoveryCodesView({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const { t } = useTranslation('settings');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [copied, setCopied] = useState<string | null>(null);
  useEffect(() => headingRef.current?.focus(), []);

  async function copy() {
    try {
      await navigator.clipboard.writeText(codes.join('\n'));
      setCopied(t('codes.copied'));
    } catch {
      setCopied(t('codes.notCopied'));
    }
  }

  return (
    <div className="recovery-codes-card" role="region" aria-labelledby="recovery-codes-heading">
      <h3 id="recovery-codes-heading" ref={headingRef} tabIndex={-1}>
        {t('codes.heading')}
      </h3>
      <p>{t('codes.lead')}</p>
      <p>{t('codes.once')}</p>
      <ul className="recovery-codes" aria-label={t('codes.list')}>
        {codes.map((c) => (
          <li key={c}>{c}</li>
        ))}
      </ul>
      <FormMessage message={copied} tone="info" />
      <div className="actions">
        <Button onClick={() => void copy()}>{t('codes.copy')}</Button>
        <Button onClick={() => window.print()}>{t('codes.print')}</Button>
        <Button variant="primary" onClick={onDone}>
          {t('codes.kept')}
        </Button>
      </div>
    </div>
  );
}
