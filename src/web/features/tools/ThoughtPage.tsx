import { useEffect, useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { DISTORTIONS } from '../../../contracts/distortions.js';
import type { ThoughtRecord } from '../../../contracts/thought-records.js';
import { ApiError } from '../../api/client.js';
import { useUser } from '../../auth/session.js';
import { Button } from '../../components/Button.js';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { CrisisPanel } from '../../components/CrisisPanel.js';
import { FormMessage } from '../../components/FormMessage.js';
import { Loading } from '../../components/Loading.js';
import { Page } from '../../components/Page.js';
import { formatDateTime } from '../../lib/dates.js';
import { thoughtsApi } from './api.js';
import { fromRecord, ThoughtForm, type ThoughtBody } from './ThoughtForm.js';

type Load =
  | { status: 'loading' }
  | { status: 'missing' }
  | { status: 'error'; message: string }
  | { status: 'ready'; record: ThoughtRecord; crisis: boolean };

interface SavedState {
  saved?: 'created' | 'updated';
  crisis?: boolean;
}

export function ThoughtPage() {
  const { id = '' } = useParams();
  const user = useUser();
  const navigate = useNavigate();
  const location = useLocation();
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [editing, setEditing] = useState(false);
  const [message, setMessage] = useState<string | null>(() => {
    const saved = (location.state as SavedState | null)?.saved;
    return saved === 'created' ? 'Saved. This record is yours alone.' : null;
  });
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [deleting, setDeleting] = useState(false);

  useEffect(() => {
    if ((location.state as SavedState | null)?.saved) void navigate(location.pathname, { replace: true, state: null });
  }, [location, navigate]);

  useEffect(() => {
    const controller = new AbortController();
    thoughtsApi
      .get(id, controller.signal)
      .then((res) => setLoad({ status: 'ready', record: res.thoughtRecord, crisis: res.safety.crisis }))
      .catch((err: unknown) => {
        if (controller.signal.aborted) return;
        if (err instanceof ApiError && (err.status === 404 || err.status === 400)) setLoad({ status: 'missing' });
        else setLoad({ status: 'error', message: err instanceof ApiError ? err.friendly : 'Something went wrong.' });
      });
    return () => controller.abort();
  }, [id]);

  if (load.status === 'missing') {
    return (
      <Page title="Not found" heading="We couldn’t find that thought record" className="not-found">
        <p className="page-lead">It may have been deleted, or the link may not be quite right. Nothing is wrong on your side.</p>
        <div className="actions">
          <Link to="/tools/thoughts" className="button button-primary">
            Go to your thought records
          </Link>
        </div>
      </Page>
    );
  }
  if (load.status !== 'ready') {
    return (
      <Page title="Thought record">{load.status === 'loading' ? <Loading /> : <p className="notice notice-error">{load.message}</p>}</Page>
    );
  }

  const { record, crisis } = load;

  async function update(body: ThoughtBody) {
    const res = await thoughtsApi.update(record.id, body);
    setLoad({ status: 'ready', record: res.thoughtRecord, crisis: res.safety.crisis });
    setEditing(false);
    setMessage('Your changes are saved.');
  }

  async function remove() {
    setDeleting(true);
    try {
      await thoughtsApi.remove(record.id);
      await navigate('/tools/thoughts', { state: { deleted: true } });
    } catch (err) {
      setDeleting(false);
      setConfirmDelete(false);
      setMessage(err instanceof ApiError ? err.friendly : 'It could not be deleted just now.');
    }
  }

  if (editing) {
    return (
      <Page title="Edit thought record">
        <ThoughtForm
          draftKey={record.id}
          initial={fromRecord(record)}
          region={user.region}
          submitLabel="Save changes"
          cancel={{ onCancel: () => setEditing(false) }}
          onSave={update}
        />
      </Page>
    );
  }

  const traps = DISTORTIONS.filter((d) => record.distortions.includes(d.id));
  return (
    <Page title="Thought record" heading="Thought record">
      <p className="back-link">
        <Link to="/tools/thoughts">All thought records</Link>
      </p>
      <FormMessage message={message} tone="success" />
      {crisis ? <CrisisPanel region={user.region} /> : null}
      <dl className="record" data-testid="thought-record">
        <div>
          <dt>When</dt>
          <dd>{formatDateTime(record.occurredAt, user.timeZone)}</dd>
        </div>
        <div>
          <dt>The situation</dt>
          <dd className="record-text">{record.situation}</dd>
        </div>
        <div>
          <dt>The thought that came up</dt>
          <dd className="record-text">{record.automaticThought}</dd>
        </div>
        <div>
          <dt>The feeling</dt>
          <dd>
            {record.emotion}, {record.emotionIntensity} out of 10
            {record.emotionIntensityAfter !== null ? `; ${record.emotionIntensityAfter} out of 10 afterwards` : ''}
          </dd>
        </div>
        {traps.length ? (
          <div>
            <dt>Thinking traps noticed</dt>
            <dd>
              <ul className="plain-list">
                {traps.map((t) => (
                  <li key={t.id}>
                    <strong>{t.name}</strong>: {t.explanation}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        ) : null}
        {record.evidenceFor ? (
          <div>
            <dt>What supports it</dt>
            <dd className="record-text">{record.evidenceFor}</dd>
          </div>
        ) : null}
        {record.evidenceAgainst ? (
          <div>
            <dt>What doesn’t fit</dt>
            <dd className="record-text">{record.evidenceAgainst}</dd>
          </div>
        ) : null}
        {record.balancedThought ? (
          <div>
            <dt>A more balanced thought</dt>
            <dd className="record-text record-balanced">{record.balancedThought}</dd>
          </div>
        ) : null}
      </dl>
      <div className="actions">
        <Button variant="primary" onClick={() => setEditing(true)}>
          Edit
        </Button>
        <Button variant="quiet" onClick={() => setConfirmDelete(true)}>
          Delete…
        </Button>
      </div>
      <ConfirmDialog
        open={confirmDelete}
        title="Delete this thought record?"
        confirmLabel="Delete it"
        cancelLabel="Keep it"
        tone="danger"
        busy={deleting}
        onCancel={() => setConfirmDelete(false)}
        onConfirm={() => void remove()}
      >
        <p>It will be gone from Steady for good, and it can’t be brought back.</p>
      </ConfirmDialog>
    </Page>
  );
}
