import { useId, useState, type ChangeEvent } from 'react';
import { ImportAccountBody, type ImportAccountResult } from '../../../../contracts/account/export.js';
import { useSteadyForm } from '../../../forms/useSteadyForm.js';
import { useTranslation } from '../../../i18n/i18n.js';
import { settingsApi } from './api.js';
import { NO_VALUES } from '../../../forms/noBody.js';

const KINDS = [
  'journal',
  'urges',
  'toolSessions',
  'thoughtRecords',
  'cycleEvents',
  'drafts',
  'supportResources',
  'reflectionTopics',
  'people',
  'interactions',
  'practices',
  'disclosures',
  'safetyPlan',
] as const satisfies readonly (keyof ImportAccountResult['added'])[];

/** What came in, in words: only the kinds that were added. */
function useDescribeImport() {
  const { t } = useTranslation('settings');
  return (r: ImportAccountResult): string[] =>
    KINDS.filter((k) => r.added[k] > 0).map((k) => t(`import.kinds.${k}`, { count: r.added[k] }));
}

/** "Bring your data from another Steady": the export file read in the browser and sent as it is. */
export function ImportData() {
  const { t } = useTranslation('settings');
  const inputId = useId();
  const describe = useDescribeImport();
  // What the last import added is the server's answer to show, not state to keep in step with it.
  const [result, setResult] = useState<ImportAccountResult | null>(null);
  // The file's contents are what is checked and sent: the contract's schema looks at its format line.
  const form = useSteadyForm<typeof NO_VALUES, typeof ImportAccountBody, unknown>({
    schema: ImportAccountBody,
    defaultValues: NO_VALUES,
    toBody: (_, file) => file,
    invalidMessage: t('import.notExport'),
    onSubmit: async (file) => setResult(await settingsApi.importAccount(file)),
  });

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setResult(null);
    form.setNotice(null);
    let data: unknown;
    try {
      data = JSON.parse(await file.text());
    } catch {
      form.setNotice({ text: t('import.unreadable'), tone: 'error' });
      return;
    }
    await form.submitWith(data);
  }

  const added = result ? describe(result) : [];
  return (
    <div className="import-data">
      <h3>{t('import.heading')}</h3>
      <p className="muted">{t('import.lead')}</p>
      <label className="button button-secondary" htmlFor={inputId}>
        {t('import.choose')}
      </label>
      <input id={inputId} className="visually-hidden" type="file" accept="application/json,.json" onChange={(e) => void onFile(e)} />
      <div role="status" aria-live="polite">
        {form.busy && <p>{t('import.busy')}</p>}
        {result && (
          <>
            <p>{added.length ? t('import.added') : t('import.nothingNew')}</p>
            {added.length > 0 && (
              <ul>
                {added.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            )}
            {result.notBrought > 0 && <p className="muted">{t('import.notBrought')}</p>}
          </>
        )}
        {form.notice && <p>{form.notice.text}</p>}
      </div>
    </div>
  );
}
