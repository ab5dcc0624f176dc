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
import { loaded } from '../../query/loaded.js';
import { useInteractions, usePeople, usePerson, useRemovePerson, useUpdatePerson } from './queries.js';
import { DisclosureLadder } from './DisclosureLadder.js';
import { FeedbackCard } from './FeedbackCard.js';
import { InteractionHistory } from './InteractionHistory.js';
import { PersonForm } from './PersonForm.js';
import { QuickLog } from './QuickLog.js';
import { ReciprocityCard } from './ReciprocityCard.js';
import { CLOSENESS_WORDS, CONTEXT_WORDS, rhythmWords } from './words.js';

export function PersonPage() {
  const { id = '' } = useParams();
  const query = usePerson(id);
  const state = loaded(query);
  if (state.status === 'missing')
    return <ItemNotFound title="Person" heading="We couldn’t find this person" back={{ to: '/people', label: 'Back to your map' }} />;
  if (state.status !== 'ready')
    return <ItemPending title="Person" error={state.status === 'error' ? state.message : null} retry={() => void query.refetch()} />;
  return <PersonView person={state.data} />;
}

function PersonView({ person }: { person: Person }) {
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
  const history = loaded(useInteractions(person.id));
  const everyone = loaded(usePeople());
  const updatePerson = useUpdatePerson();
  const removePerson = useRemovePerson();
  const names = useMemo(() => new Map((everyone.status === 'ready' ? everyone.data : []).map((p) => [p.id, p.name])), [everyone]);

  // Arriving from "Log time together" on the map: bring the quick log into view.
  useEffect(() => {
    if (location.hash === '#log') document.getElementById('log')?.scrollIntoView({ block: 'start' });
  }, [location.hash]);

  async function remove() {
    setDeleteBusy(true);
    try {
      await removePerson(person.id);
      await navigate('/people');
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      setDeleteError(err.friendly);
      setDeleting(false);
    } finally {
      setDeleteBusy(false);
    }
  }

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
              await updatePerson(person.id, { ...body, rhythmDays: body.rhythmDays ?? null, notes: body.notes || null });
              setEditing(false);
              setMessage('Your changes are saved.');
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

      <QuickLog person={person} />
      <ReciprocityCard key={history.status === 'ready' ? history.data.length : -1} personId={person.id} name={person.name} />
      <FeedbackCard person={person} />
      <DisclosureLadder person={person} />
      <InteractionHistory state={history} names={names} />

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
