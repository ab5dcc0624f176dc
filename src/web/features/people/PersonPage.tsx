import { useEffect, useMemo, useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import type { Person } from '../../../contracts/people.js';
import { ApiError } from '../../api/client.js';
import { useUser } from '../../auth/session.js';
import { Button } from '../../components/Button.js';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { FormMessage } from '../../components/FormMessage.js';
import { ItemNotFound, ItemPending } from '../../components/ItemStates.js';
import { Page } from '../../components/Page.js';
import { formatDate } from '../../lib/dates.js';
import { useLoad } from '../../lib/useLoad.js';
import { interactionsApi, peopleApi } from './api.js';
import { DisclosureLadder } from './DisclosureLadder.js';
import { FeedbackCard } from './FeedbackCard.js';
import { InteractionHistory } from './InteractionHistory.js';
import { PersonForm } from './PersonForm.js';
import { QuickLog } from './QuickLog.js';
import { ReciprocityCard } from './ReciprocityCard.js';
import { CLOSENESS_WORDS, CONTEXT_WORDS, rhythmWords } from './words.js';

export function PersonPage() {
  const { id = '' } = useParams();
  const [state, reload] = useLoad((signal) => peopleApi.get(id, signal).then((r) => r.person), [id]);
  if (state.status === 'missing')
    return <ItemNotFound title="Person" heading="We couldn’t find this person" back={{ to: '/people', label: 'Back to your map' }} />;
  if (state.status !== 'ready')
    return <ItemPending title="Person" error={state.status === 'error' ? state.message : null} retry={reload} />;
  return <PersonView person={state.data} reload={reload} />;
}

function PersonView({ person, reload }: { person: Person; reload: () => void }) {
  const user = useUser();
  const navigate = useNavigate();
  const location = useLocation();
  const [editing, setEditing] = useState(false);
  const [message, setMessage] = useState<string | null>(
    (location.state as { added?: boolean } | null)?.added ? `${person.name} is on your map.` : null,
  );
  const [deleting, setDeleting] = useState(false);
  const [deleteBusy, setDeleteBusy] = useState(false);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const [history, reloadHistory] = useLoad((signal) => interactionsApi.list(person.id, signal).then((p) => p.items), [person.id]);
  const [everyone] = useLoad((signal) => peopleApi.list(signal), []);
  const names = useMemo(() => new Map((everyone.status === 'ready' ? everyone.data : []).map((p) => [p.id, p.name])), [everyone]);

  // Arriving from "Log time together" on the map: bring the quick log into view.
  useEffect(() => {
    if (location.hash === '#log') document.getElementById('log')?.scrollIntoView({ block: 'start' });
  }, [location.hash]);

  async function remove() {
    setDeleteBusy(true);
    try {
      await peopleApi.remove(person.id);
      await navigate('/people');
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      setDeleteError(err.friendly);
      setDeleting(false);
    } finally {
      setDeleteBusy(false);
    }
  }

  const changed = () => {
    reload();
    reloadHistory();
  };

  return (
    <Page title="Someone on your map" heading={person.name} className="person">
      <p>
        <Link to="/people">Back to your map</Link>
      </p>
      <section className="card" aria-labelledby="about-heading">
        <h2 id="about-heading">{editing ? `Change ${person.name}’s details` : 'About them'}</h2>
        {editing ? (
          <PersonForm
            person={person}
            submitLabel="Save changes"
            onCancel={() => setEditing(false)}
            onSave={async (body) => {
              await peopleApi.update(person.id, { ...body, rhythmDays: body.rhythmDays ?? null, notes: body.notes || null });
              setEditing(false);
              setMessage('Your changes are saved.');
              reload();
            }}
          />
        ) : (
          <>
            <dl className="person-facts">
              <div>
                <dt>Closeness</dt>
                <dd>{CLOSENESS_WORDS[person.closeness].label}</dd>
              </div>
              <div>
                <dt>Part of your life</dt>
                <dd>{person.contexts.length ? person.contexts.map((c) => CONTEXT_WORDS[c]).join(', ') : 'Not placed yet'}</dd>
              </div>
              <div>
                <dt>Rhythm you’d like</dt>
                <dd>{rhythmWords(person.rhythmDays).replace(/^./, (c) => c.toUpperCase())}</dd>
              </div>
              <div>
                <dt>Last time together</dt>
                <dd>{person.lastContactAt ? formatDate(person.lastContactAt, user.timeZone) : 'Not logged yet'}</dd>
              </div>
              {person.snoozedUntil && new Date(person.snoozedUntil) > new Date() ? (
                <div>
                  <dt>Resting from “reach out soon”</dt>
                  <dd>until {formatDate(person.snoozedUntil, user.timeZone)}</dd>
                </div>
              ) : null}
            </dl>
            {person.notes ? <p className="moment-note">{person.notes}</p> : null}
            <div className="actions">
              <Button onClick={() => setEditing(true)}>Edit details</Button>
              <Button variant="quiet" onClick={() => setDeleting(true)}>
                Remove from my map…
              </Button>
            </div>
          </>
        )}
        <FormMessage message={deleteError ?? message} tone={deleteError ? 'error' : 'success'} />
      </section>

      <QuickLog person={person} onLogged={changed} />
      <ReciprocityCard key={history.status === 'ready' ? history.data.length : -1} personId={person.id} name={person.name} />
      <FeedbackCard person={person} />
      <DisclosureLadder person={person} />
      <InteractionHistory state={history} names={names} onChanged={changed} />

      <ConfirmDialog
        open={deleting}
        title={`Remove ${person.name} from your map?`}
        confirmLabel="Remove"
        tone="danger"
        busy={deleteBusy}
        onConfirm={() => void remove()}
        onCancel={() => setDeleting(false)}
      >
        <p>This is permanent and can’t be undone. Times you logged together with other people stay on their pages.</p>
      </ConfirmDialog>
    </Page>
  );
}
