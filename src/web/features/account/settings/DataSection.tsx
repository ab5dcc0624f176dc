import { api } from '../../../api/client.js';
import { useConfirmItsYou } from '../../../components/ConfirmItsYou.js';
import { FormMessage } from '../../../components/FormMessage.js';
import { useSteadyForm } from '../../../forms/useSteadyForm.js';
import { useTranslation } from '../../../i18n/i18n.js';
import { EXPORT_CSV_URL, EXPORT_JSON_URL } from './api.js';
import { ImportData } from './ImportData.js';
import { NO_VALUES, NoBody } from '../../../forms/noBody.js';

const DOWNLOADS = [
  { url: EXPORT_JSON_URL, file: 'steady-export', ext: 'json', words: 'json' },
  { url: EXPORT_CSV_URL, file: 'steady-journal', ext: 'csv', words: 'csv' },
] as const;
type Download = (typeof DOWNLOADS)[number];

async function save(d: Download) {
  const blob = await api.download(d.url);
  const href = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = `${d.file}-${new Date().toISOString().slice(0, 10)}.${d.ext}`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}

/**
 * Downloads go through fetch rather than plain links so that, when the server asks the person to
 * confirm it is them (someone may have found this browser signed in), the password can be asked
 * for here and the download tried again.
 */
export function DataSection() {
  const { t } = useTranslation('settings');
  // Which download a press is for travels with it, so only that link says "Preparing…".
  const form = useSteadyForm<typeof NO_VALUES, typeof NoBody, Download>({
    schema: NoBody,
    defaultValues: NO_VALUES,
    invalidMessage: null,
    onSubmit: (_, d) => guard(() => save(d)),
  });

  // Tried again after the password, outside the form: a problem then is said plainly.
  const { guard, dialog } = useConfirmItsYou(t('data.reason'), () => form.setNotice({ text: t('data.failed'), tone: 'error' }));

  return (
    <section className="card" aria-labelledby="data-heading">
      <h2 id="data-heading">{t('data.heading')}</h2>
      <p>{t('data.lead')}</p>
      <ul className="download-list">
        {DOWNLOADS.map((d) => (
          <li key={d.url}>
            {/* A real link, so it still works as one (a new tab, a copied address) when the login is fresh. */}
            <a
              className="button button-secondary"
              href={d.url}
              download
              aria-busy={form.busyWith === d || undefined}
              onClick={(e) => {
                e.preventDefault();
                form.setNotice(null);
                void form.submitWith(d);
              }}
            >
              {form.busyWith === d ? t('data.preparing') : t(`data.downloads.${d.words}.label`)}
            </a>
            <span className="muted">{t(`data.downloads.${d.words}.note`)}</span>
          </li>
        ))}
      </ul>
      <FormMessage message={form.notice?.text ?? null} tone="error" />
      {dialog}
      <ImportData />
    </section>
  );
}
