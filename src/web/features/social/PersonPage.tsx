import { useEffect, useMemo, useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import type { Person } from '../../../contracts/social/people.js';
import { useUser } from '../../auth/session.js';
import { Button } from '../../components/Button.js';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { FormMessage } from '../../components/FormMessage.js';
import { ItemNotFound, ItemPending } from '../../components/ItemStates.js';
import { Page } from '../../components/Page.js';
import { useTranslation } from '../../i18n/i18n.js';
import { formatDate } from '../../lib/dates.js';
import { loaded } from '../../query/loaded.js';
import { failure, useInteractions, usePeople, usePerson, useRemovePerson, useUpdatePerson } from './queries.js';
import { DisclosureLadder } from './DisclosureLadder.js';
import { FeedbackCard } from './FeedbackCard.js';
import { InteractionHistory } from './InteractionHistory.js';
import { PersonForm } from './PersonForm.js';
import { QuickLog } from './QuickLog.js';
import { ReciprocityCard } from './ReciprocityCard.js';
import { rhythmFact } from './words.js';

export function PersonPage() {
  const { t } = useTranslation('social');
  const { id = '' } = useParams();
  const query = usePerson(id);
  const state = loaded(query);
  if (state.status === 'missing')
    return <ItemNotFound title={t('person.title')} heading={t('person.notFound')} back={{ to: '/people', label: t('backToMap') }} />;
  if (state.status !== 'ready')
    return (
      <ItemPending title={t('person.title')} error={state.status === 'error' ? state.message : null} retry={() => void query.refetch()} />
    );
  return <PersonView person={state.data} />;
}

function PersonView({ person }: { person: Person }) {
  const { t } = useTranslation('social');
  const user = useUser();
  const navigate = useNavigate();
  const location = useLocation();
  const [editing, setEditing] = useState(false);
  const [message, setMessage] = useState<string | null>(
    (location.state as { added?: boolean } | null)?.added ? t('person.added', { name: person.name }) : null,
  );
  const [deleting, setDeleting] = useState(false);
  const history = loaded(useInteractions(person.id));
  const everyone = loaded(usePeople());
  const updatePerson = useUpdatePerson();
  const removal = useRemovePerson();
  const deleteError = failure(removal.error);
  const names = useMemo(() => new Map((everyone.status === 'ready' ? everyone.data : []).map((p) => [p.id, p.name])), [everyone]);

  // Arriving from "Log time together" on the map: bring the quick log into view.
  useEffect(() => {
    if (location.hash === '#log') document.getElementById('log')?.scrollIntoView({ block: 'start' });
  }, [location.hash]);

  function remove() {
    removal.mutate(person.id, {
      onSuccess: () => void navigate('/people'),
      onError: () => setDeleting(false),
    });
  }

  return (
    <Page title={t('person.pageTitle')} heading={person.name} className="person">
      <p>
        <Link to="/people">{t('backToMap')}</Link>
      </p>
      <section className="card" aria-labelledby="about-heading">
        <h2 id="about-heading">{editing ? t('person.changeDetails', { name: person.name }) : t('person.about')}</h2>
        {editing ? (
          <PersonForm
            person={person}
            submitLabel={t('saveChanges')}
            onCancel={() => setEditing(false)}
            onSave={async (body) => {
              await updatePerson(person.id, { ...body, rhythmDays: body.rhythmDays ?? null, notes: body.notes || null });
              setEditing(false);
              setMessage(t('person.saved'));
            }}
          />
        ) : (
          <>
            <dl className="person-facts">
              <div>
                <dt>{t('person.closeness')}</dt>
                <dd>{t(`closeness.${person.closeness}.label`)}</dd>
              </div>
              <div>
                <dt>{t('person.contexts')}</dt>
                <dd>{person.contexts.length ? person.contexts.map((c) => t(`context.${c}`)).join(', ') : t('map.unsorted')}</dd>
              </div>
              <div>
                <dt>{t('person.rhythm')}</dt>
                <dd>{rhythmFact(t, person.rhythmDays)}</dd>
              </div>
              <div>
                <dt>{t('person.lastContact')}</dt>
                <dd>{person.lastContactAt ? formatDate(person.lastContactAt, user.timeZone) : t('person.notLogged')}</dd>
              </div>
              {person.snoozedUntil && new Date(person.snoozedUntil) > new Date() ? (
                <div>
                  <dt>{t('person.resting')}</dt>
                  <dd>{t('person.until', { date: formatDate(person.snoozedUntil, user.timeZone) })}</dd>
                </div>
              ) : null}
            </dl>
            {person.notes ? <p className="moment-note">{person.notes}</p> : null}
            <div className="actions">
              <Button onClick={() => setEditing(true)}>{t('person.edit')}</Button>
              <Button variant="quiet" onClick={() => setDeleting(true)}>
                {t('person.remove')}
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
        title={t('person.removeTitle', { name: person.name })}
        confirmLabel={t('person.removeConfirm')}
        tone="danger"
        busy={removal.isPending}
        onConfirm={remove}
        onCancel={() => setDeleting(false)}
      >
        <p>{t('person.removeBody')}</p>
      </ConfirmDialog>
    </Page>
  );
}
