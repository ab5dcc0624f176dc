import { useState } from 'react';
import { ApiError, api } from '../../api/client.js';
import { useConfirmItsYou } from '../../components/ConfirmItsYou.js';
import { FormMessage } from '../../components/FormMessage.js';
import { EXPORT_CSV_URL, EXPORT_JSON_URL } from './api.js';
import { ImportData } from './ImportData.js';

const DOWNLOADS = [
  {
    url: EXPORT_JSON_URL,
    file: 'steady-export',
    ext: 'json',
    label: 'Download everything (JSON)',
    note: 'Your profile, devices and every journal entry, in one file.',
  },
  { url: EXPORT_CSV_URL, file: 'steady-journal', ext: 'csv', label: 'Download your journal (CSV)', note: 'Opens in any spreadsheet app.' },
] as const;

/**
 * Downloads go through fetch rather than plain links so that, when the server asks the person to
 * confirm it is them (someone may have found this browser signed in), the password can be asked
 * for here and the download tried again.
 */
export function DataSection() {
  const [busy, setBusy] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const failed = (err: unknown) => setMessage(err instanceof ApiError ? err.friendly : 'The download did not start; please try again.');
  const { guard, dialog } = useConfirmItsYou(
    'Downloading everything you wrote needs your password, in case someone else has this device.',
    failed,
  );

  function download(d: (typeof DOWNLOADS)[number]) {
    setMessage(null);
    setBusy(d.url);
    void guard(async () => {
      const blob = await api.download(d.url);
      const href = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = href;
      a.download = `${d.file}-${new Date().toISOString().slice(0, 10)}.${d.ext}`;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(href), 10_000);
    })
      .catch(failed)
      .finally(() => setBusy(null));
  }

  return (
    <section className="card" aria-labelledby="data-heading">
      <h2 id="data-heading">Your data</h2>
      <p>Everything you write belongs to you. Take a copy whenever you like, to keep or to move elsewhere.</p>
      <ul className="download-list">
        {DOWNLOADS.map((d) => (
          <li key={d.url}>
            {/* A real link, so it still works as one (a new tab, a copied address) when the login is fresh. */}
            <a
              className="button button-secondary"
              href={d.url}
              download
              aria-busy={busy === d.url || undefined}
              onClick={(e) => {
                e.preventDefault();
                download(d);
              }}
            >
              {busy === d.url ? 'Preparing…' : d.label}
            </a>
            <span className="muted">{d.note}</span>
          </li>
        ))}
      </ul>
      <FormMessage message={message} tone="error" />
      {dialog}
      <ImportData />
    </section>
  );
}
