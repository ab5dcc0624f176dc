import { useId, useState, type ChangeEvent } from 'react';
import type { ImportAccountResult } from '../../../contracts/export.js';
import { ApiError } from '../../api/client.js';
import { settingsApi } from './api.js';

const NAMES: Record<keyof ImportAccountResult['added'], [string, string]> = {
  journal: ['journal entry', 'journal entries'],
  urges: ['urge', 'urges'],
  toolSessions: ['tool session', 'tool sessions'],
  thoughtRecords: ['thought record', 'thought records'],
  cycleEvents: ['cycle moment', 'cycle moments'],
  drafts: ['paused message', 'paused messages'],
  supportResources: ['support contact', 'support contacts'],
  reflectionTopics: ['topic for reflection', 'topics for reflection'],
  people: ['person', 'people'],
  interactions: ['time together', 'times together'],
  practices: ['practice', 'practices'],
  disclosures: ['step of sharing', 'steps of sharing'],
  safetyPlan: ['safety plan', 'safety plans'],
};

/** What came in, in words: only the kinds that were added. */
export function describeImport(r: ImportAccountResult): string[] {
  const lines = (Object.keys(NAMES) as (keyof typeof NAMES)[])
    .filter((k) => r.added[k] > 0)
    .map((k) => `${r.added[k]} ${NAMES[k][r.added[k] === 1 ? 0 : 1]}`);
  return lines;
}

type State = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; result: ImportAccountResult } | { kind: 'failed'; message: string };

/** "Bring your data from another Steady": the export file read in the browser and sent as it is. */
export function ImportData() {
  const inputId = useId();
  const [state, setState] = useState<State>({ kind: 'idle' });

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setState({ kind: 'busy' });
    let data: unknown;
    try {
      data = JSON.parse(await file.text());
    } catch {
      setState({ kind: 'failed', message: 'That file could not be read. Choose the JSON file that “Download everything” made.' });
      return;
    }
    try {
      setState({ kind: 'done', result: await settingsApi.importAccount(data) });
    } catch (err) {
      const message =
        err instanceof ApiError && err.status === 400
          ? 'That file is not a Steady export. Choose the JSON file that “Download everything” made.'
          : err instanceof ApiError
            ? err.message
            : 'The file could not be sent just now. Nothing was added; you can try again.';
      setState({ kind: 'failed', message });
    }
  }

  const added = state.kind === 'done' ? describeImport(state.result) : [];
  return (
    <div className="import-data">
      <h3>Bring your data from another Steady</h3>
      <p className="muted">
        Choose the file you downloaded there. Everything you wrote is added to this account; bringing the same file twice adds nothing new.
      </p>
      <label className="button button-secondary" htmlFor={inputId}>
        Choose an export file
      </label>
      <input id={inputId} className="visually-hidden" type="file" accept="application/json,.json" onChange={(e) => void onFile(e)} />
      <div role="status" aria-live="polite">
        {state.kind === 'busy' && <p>Bringing your words in…</p>}
        {state.kind === 'done' && (
          <>
            <p>{added.length ? 'Welcome back to your words. Added:' : 'Everything in this file is already here.'}</p>
            {added.length > 0 && (
              <ul>
                {added.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            )}
            {state.result.notBrought > 0 && (
              <p className="muted">
                A few things stay in the file only, such as what you wrote together with a former partner. The file keeps them safe.
              </p>
            )}
          </>
        )}
        {state.kind === 'failed' && <p>{state.message}</p>}
      </div>
    </div>
  );
}
