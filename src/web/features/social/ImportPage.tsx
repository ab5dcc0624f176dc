import { useState } from 'react';
import { Link } from 'react-router';
import { z } from 'zod';
import type { ImportResult } from '../../../contracts/social/people.js';
import { Button } from '../../components/Button.js';
import { Field } from '../../components/Field.js';
import { Page } from '../../components/Page.js';
import { FormShell } from '../../forms/FormShell.js';
import { useSteadyForm } from '../../forms/useSteadyForm.js';
import { useTranslation } from '../../i18n/i18n.js';
import { useImportVCard } from './queries.js';
import type { SocialT } from './words.js';

/** Large address books are fine; this only stops a wrong file (a photo, a backup) from being sent whole. */
const MAX_BYTES = 5 * 1024 * 1024;

/** Where a running import is: reading on the device, sending (with how much), then the server sorting. */
type Progress = { step: 0 } | { step: 1; fraction: number } | { step: 2 };

const STEPS = ['reading', 'sending', 'sorting'] as const;

/*
 * The file is not part of any contract body (the upload is the file's own text), so the form's
 * schema is this page's: a file, and one small enough to be a contacts file.
 */
const ChosenFile = z.object({
  file: z.instanceof(File, { message: 'missing' }).refine((f) => f.size <= MAX_BYTES, 'large'),
});

function readText(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsText(file, 'utf-8');
  });
}

/** The server's reason for a skipped card, in the person's language where it is one we know. */
function reasonWords(t: SocialT, reason: string): string {
  if (reason === 'no name') return t('import.reason.noName');
  if (/^name longer than/.test(reason)) return t('import.reason.longName');
  if (reason === 'no VERSION line') return t('import.reason.noVersion');
  const version = /^unsupported vCard version (.*)$/.exec(reason);
  if (version) return t('import.reason.version', { version: version[1] });
  return t('import.reason.unreadable');
}

/** Contacts from a phone or email app (.vcf), added to the map in one go, with a card-by-card report. */
export function ImportPage() {
  const { t } = useTranslation('social');
  const importVCard = useImportVCard();
  const [progress, setProgress] = useState<Progress>({ step: 0 });
  const [result, setResult] = useState<ImportResult | null>(null);
  const form = useSteadyForm({
    schema: ChosenFile,
    defaultValues: { file: null as File | null },
    fieldMessages: (v) => ({ file: v.file ? t('import.tooLarge') : t('import.choose') }),
    invalidMessage: null,
    keptMessage: t('import.nothing'),
    onSubmit: async ({ file }) => {
      setResult(null);
      setProgress({ step: 0 });
      let text: string;
      try {
        text = await readText(file);
      } catch {
        form.setNotice({ text: t('import.unreadable'), tone: 'error' });
        return;
      }
      setProgress({ step: 1, fraction: 0 });
      setResult(await importVCard(text, (fraction) => setProgress(fraction >= 1 ? { step: 2 } : { step: 1, fraction })));
    },
  });

  const current = progress.step;
  const percent = progress.step === 1 ? Math.round(33 + progress.fraction * 33) : progress.step === 2 ? 80 : 10;

  return (
    <Page title={t('import.title')} lead={t('import.lead')} className="people-import">
      <p>
        <Link to="/people">{t('backToMap')}</Link>
      </p>
      <FormShell form={form} className="form card">
        <Field label={t('import.file')} hint={t('import.fileHint')} error={form.errors.file} id="vcf-file">
          {(a11y) => (
            <input
              {...a11y}
              name="file"
              type="file"
              accept=".vcf,.vcard,text/vcard,text/x-vcard"
              className="input input-file"
              onChange={(e) => {
                form.set({ file: e.target.files?.[0] ?? null });
                form.clearErrors('file');
                if (!form.busy) {
                  form.setNotice(null);
                  setResult(null);
                }
              }}
            />
          )}
        </Field>
        <div className="actions">
          <Button type="submit" variant="primary" busy={form.busy} busyLabel={t('import.importing')}>
            {t('import.submit')}
          </Button>
        </div>
        <div aria-live="polite" className="import-status">
          {form.busy ? (
            <div className="import-progress">
              <label htmlFor="import-progress" className="field-label">
                {`${t(`import.step.${STEPS[current]}`)}…`}
              </label>
              <progress id="import-progress" max={100} value={percent}>
                {percent}%
              </progress>
              <ol className="import-steps">
                {STEPS.map((s, i) => (
                  <li
                    key={s}
                    className={i < current ? 'step-done' : i === current ? 'step-now' : ''}
                    aria-current={i === current ? 'step' : undefined}
                  >
                    {t(`import.step.${s}`)}
                  </li>
                ))}
              </ol>
            </div>
          ) : null}
          {form.notice?.tone === 'error' ? (
            <p className="notice notice-error" role="alert">
              {form.notice.text}
            </p>
          ) : null}
        </div>
      </FormShell>
      {result ? <ImportReport result={result} /> : null}
    </Page>
  );
}

function ImportReport({ result }: { result: ImportResult }) {
  const { t } = useTranslation('social');
  const rows = [
    ...result.people.map((p) => ({
      index: p.index,
      name: p.name,
      outcome: p.outcome === 'imported' ? t('import.added') : t('import.merged'),
      personId: p.personId,
    })),
    ...result.skipped.map((s) => ({
      index: s.index,
      name: null,
      outcome: t('import.skipped', { reason: reasonWords(t, s.reason) }),
      personId: null,
    })),
  ].sort((a, b) => a.index - b.index);
  return (
    <section className="card import-report" aria-labelledby="report-heading" tabIndex={-1} ref={(el) => el?.focus()}>
      <h2 id="report-heading">{t('import.finished')}</h2>
      <p>{t('import.summary', { count: result.imported, merged: result.merged, skipped: result.skipped.length })}</p>
      <table className="data-table">
        <caption className="visually-hidden">{t('import.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('import.card')}</th>
            <th scope="col">{t('import.name')}</th>
            <th scope="col">{t('import.what')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.index}>
              <td>{r.index + 1}</td>
              <td>{r.personId ? <Link to={`/people/${r.personId}`}>{r.name}</Link> : <span className="muted">—</span>}</td>
              <td>{r.outcome}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">{t('import.next')}</p>
      <div className="actions">
        <Link to="/people" className="button button-primary">
          {t('import.seeMap')}
        </Link>
      </div>
    </section>
  );
}
