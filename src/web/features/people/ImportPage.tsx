import { useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import type { ImportResult } from '../../../contracts/people.js';
import { ApiError } from '../../api/client.js';
import { Button } from '../../components/Button.js';
import { Page } from '../../components/Page.js';
import { useImportVCard } from './queries.js';
import { plural } from './words.js';

/** Large address books are fine; this only stops a wrong file (a photo, a backup) from being sent whole. */
const MAX_BYTES = 5 * 1024 * 1024;

type Stage =
  | { step: 'choose' }
  | { step: 'reading' }
  | { step: 'sending'; fraction: number }
  | { step: 'sorting' }
  | { step: 'done'; result: ImportResult }
  | { step: 'failed'; message: string };

const STEPS = ['Reading the file', 'Sending it', 'Sorting the cards'] as const;

function readText(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsText(file, 'utf-8');
  });
}

/** Contacts from a phone or email app (.vcf), added to the map in one go, with a card-by-card report. */
export function ImportPage() {
  const [file, setFile] = useState<File | null>(null);
  const [stage, setStage] = useState<Stage>({ step: 'choose' });
  const [fileError, setFileError] = useState<string | null>(null);
  const importVCard = useImportVCard();
  const inputRef = useRef<HTMLInputElement>(null);
  const busy = stage.step === 'reading' || stage.step === 'sending' || stage.step === 'sorting';

  async function start(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    if (!file) {
      setFileError('Choose a contacts file first (it ends in .vcf).');
      inputRef.current?.focus();
      return;
    }
    if (file.size > MAX_BYTES) {
      setFileError('That file is larger than 5 MB, so it is probably not a contacts file. Nothing was imported.');
      return;
    }
    setFileError(null);
    setStage({ step: 'reading' });
    let text: string;
    try {
      text = await readText(file);
    } catch {
      setStage({ step: 'failed', message: 'We couldn’t read that file on this device. Nothing was imported.' });
      return;
    }
    setStage({ step: 'sending', fraction: 0 });
    try {
      const result = await importVCard(text, (fraction) => setStage(fraction >= 1 ? { step: 'sorting' } : { step: 'sending', fraction }));
      setStage({ step: 'done', result });
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      setStage({ step: 'failed', message: `${err.friendly} Nothing was imported, so your map is just as it was.` });
    }
  }

  const current = stage.step === 'reading' ? 0 : stage.step === 'sending' ? 1 : stage.step === 'sorting' ? 2 : -1;
  const percent =
    stage.step === 'sending' ? Math.round(33 + stage.fraction * 33) : stage.step === 'sorting' ? 80 : stage.step === 'reading' ? 10 : 100;

  return (
    <Page
      title="Import contacts"
      lead="Bring people in from your phone or email app: export your contacts as a vCard file (.vcf) and choose it here. Only names come across; you decide the rest."
      className="people-import"
    >
      <p>
        <Link to="/people">Back to your map</Link>
      </p>
      <form className="form card" noValidate onSubmit={(e) => void start(e)}>
        <div className={fileError ? 'field field-has-error' : 'field'}>
          <label htmlFor="vcf-file" className="field-label">
            Contacts file
          </label>
          <p id="vcf-file-hint" className="field-hint">
            A .vcf file, with one contact or many. Someone already on your map is merged, not added twice.
          </p>
          <input
            ref={inputRef}
            id="vcf-file"
            name="file"
            type="file"
            accept=".vcf,.vcard,text/vcard,text/x-vcard"
            className="input input-file"
            aria-describedby={fileError ? 'vcf-file-hint vcf-file-error' : 'vcf-file-hint'}
            aria-invalid={fileError ? true : undefined}
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setFileError(null);
              if (!busy) setStage({ step: 'choose' });
            }}
          />
          {fileError ? (
            <p id="vcf-file-error" className="field-error">
              {fileError}
            </p>
          ) : null}
        </div>
        <div className="actions">
          <Button type="submit" variant="primary" busy={busy} busyLabel="Importing…">
            Import
          </Button>
        </div>
        <div aria-live="polite" className="import-status">
          {busy ? (
            <div className="import-progress">
              <label htmlFor="import-progress" className="field-label">
                {STEPS[Math.max(0, current)]}…
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
                    {s}
                  </li>
                ))}
              </ol>
            </div>
          ) : null}
          {stage.step === 'failed' ? (
            <p className="notice notice-error" role="alert">
              {stage.message}
            </p>
          ) : null}
        </div>
      </form>
      {stage.step === 'done' ? <ImportReport result={stage.result} /> : null}
    </Page>
  );
}

function ImportReport({ result }: { result: ImportResult }) {
  const rows = [
    ...result.people.map((p) => ({
      index: p.index,
      name: p.name,
      outcome: p.outcome === 'imported' ? 'Added' : 'Merged with someone already there',
      personId: p.personId,
    })),
    ...result.skipped.map((s) => ({ index: s.index, name: null, outcome: `Skipped: ${s.reason}`, personId: null })),
  ].sort((a, b) => a.index - b.index);
  return (
    <section className="card import-report" aria-labelledby="report-heading" tabIndex={-1} ref={(el) => el?.focus()}>
      <h2 id="report-heading">Import finished</h2>
      <p>
        {plural(result.imported, 'person', 'people')} added, {result.merged} merged, {result.skipped.length} skipped.
      </p>
      <table className="data-table">
        <caption className="visually-hidden">What happened to each card in the file</caption>
        <thead>
          <tr>
            <th scope="col">Card</th>
            <th scope="col">Name</th>
            <th scope="col">What happened</th>
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
      <p className="muted">Open anyone to say how close you feel, where they fit in your life, and whether you’d like a rhythm.</p>
      <div className="actions">
        <Link to="/people" className="button button-primary">
          See your map
        </Link>
      </div>
    </section>
  );
}
