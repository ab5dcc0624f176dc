import { useState, type FormEvent } from 'react';
import { CreateGoalBody, GOAL_NOTE_MAX, type Goal } from '../../../contracts/goals.js';
import type { Pair } from '../../../contracts/pair.js';
import { ApiError } from '../../api/client.js';
import { useUser } from '../../auth/session.js';
import { Button } from '../../components/Button.js';
import { CrisisPanel } from '../../components/CrisisPanel.js';
import { TextField } from '../../components/Field.js';
import { FormMessage } from '../../components/FormMessage.js';
import { Loading } from '../../components/Loading.js';
import { Page } from '../../components/Page.js';
import { loaded } from '../../query/loaded.js';
import { validate, type FieldErrors } from '../../lib/validate.js';
import { shortDay, weekStartOf } from '../../lib/weeks.js';
import { useCreateGoal, useGoals, useUpdateGoal } from './queries.js';
import { useLiveEvents } from '../../live/useLiveEvents.js';

const TITLE = 'Goals for the week';

function shiftWeek(week: string, by: number): string {
  return new Date(Date.parse(`${week}T00:00:00Z`) + by * 7 * 86_400_000).toISOString().slice(0, 10);
}

/** Weekly goals: your own (private unless you share one) and the ones you hold together. */
export function GoalsPage() {
  const user = useUser();
  const [week, setWeek] = useState(() => weekStartOf(new Date(), user.timeZone));
  const query = useGoals(week);
  const load = loaded(query);
  // The partner's changes arrive while this is open (live/invalidation.ts marks what they change).
  useLiveEvents(['goal.changed', 'pair.linked', 'pair.ended']);

  return (
    <Page title={TITLE} lead="A few small aims for the week. Progress counts, however uneven." className="goals">
      <nav aria-label="Week" className="actions week-nav">
        <Button variant="quiet" onClick={() => setWeek((w) => shiftWeek(w, -1))}>
          ‹ Previous
        </Button>
        <p className="week-label" aria-live="polite">
          Week of {shortDay(week)}
        </p>
        <Button variant="quiet" onClick={() => setWeek((w) => shiftWeek(w, 1))}>
          Next ›
        </Button>
      </nav>
      {load.status === 'loading' ? <Loading /> : null}
      {load.status === 'error' || load.status === 'missing' ? (
        <>
          <p className="notice notice-error">{load.status === 'error' ? load.message : 'Something went wrong.'}</p>
          <Button onClick={() => void query.refetch()}>Try again</Button>
        </>
      ) : null}
      {load.status === 'ready' ? <Goals key={week} week={week} items={load.data.items} pair={load.data.pair} /> : null}
    </Page>
  );
}

function Goals({ week, items, pair }: { week: string; items: Goal[]; pair: Pair | null }) {
  const user = useUser();
  const mine = items.filter((g) => g.scope === 'personal' && g.ownerId === user.id);
  const joint = items.filter((g) => g.scope === 'joint');
  const theirs = items.filter((g) => g.scope === 'personal' && g.ownerId !== user.id);
  const partner = pair?.partner.displayName ?? 'Your partner';
  return (
    <>
      <NewGoal week={week} linked={pair !== null} />
      <GoalGroup heading="Yours" empty="No goals of your own for this week yet." goals={mine} editable />
      {pair ? <GoalGroup heading="Together" empty="No joint goals for this week yet." goals={joint} editable /> : null}
      {pair && theirs.length ? <GoalGroup heading={`${partner} shared`} empty="" goals={theirs} editable={false} /> : null}
    </>
  );
}

function NewGoal({ week, linked }: { week: string; linked: boolean }) {
  const user = useUser();
  const [title, setTitle] = useState('');
  const [scope, setScope] = useState<'personal' | 'joint'>('personal');
  const [shared, setShared] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [crisis, setCrisis] = useState(false);
  const createGoal = useCreateGoal();

  async function add(e: FormEvent) {
    e.preventDefault();
    const v = validate(CreateGoalBody, { title, scope, weekStart: week, ...(scope === 'personal' && { shared }) });
    setErrors(v.ok ? {} : v.errors);
    if (!v.ok) return;
    setBusy(true);
    try {
      const res = await createGoal(v.data);
      setCrisis(res.safety.crisis);
      setTitle('');
      setMessage('Added.');
    } catch (err) {
      setMessage(err instanceof ApiError ? err.friendly : 'Something went wrong.');
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card" aria-labelledby="new-goal-heading">
      <h2 id="new-goal-heading">Add a goal</h2>
      <form onSubmit={(e) => void add(e)} noValidate className="form">
        <TextField label="Goal" name="title" value={title} onChange={(e) => setTitle(e.target.value)} error={errors.title} />
        {linked ? (
          <fieldset className="choice-row">
            <legend>Whose goal</legend>
            <label className="choice">
              <input type="radio" name="scope" checked={scope === 'personal'} onChange={() => setScope('personal')} /> Mine
            </label>
            <label className="choice">
              <input type="radio" name="scope" checked={scope === 'joint'} onChange={() => setScope('joint')} /> Ours, together
            </label>
          </fieldset>
        ) : null}
        {linked && scope === 'personal' ? (
          <label className="choice">
            <input type="checkbox" name="shared" checked={shared} onChange={(e) => setShared(e.target.checked)} /> Let my partner see this
            one
          </label>
        ) : null}
        <div className="actions">
          <Button type="submit" variant="primary" busy={busy} busyLabel="Adding…">
            Add goal
          </Button>
        </div>
        <FormMessage message={message} />
      </form>
      {crisis ? <CrisisPanel region={user.region} /> : null}
    </section>
  );
}

function GoalGroup({ heading, empty, goals, editable }: { heading: string; empty: string; goals: Goal[]; editable: boolean }) {
  const id = `goals-${heading.replace(/\W+/g, '-').toLowerCase()}`;
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      {goals.length === 0 ? <p className="muted">{empty}</p> : null}
      <ul className="goal-list">
        {goals.map((g) => (
          <GoalItem key={g.id} goal={g} editable={editable} />
        ))}
      </ul>
    </section>
  );
}

function GoalItem({ goal, editable }: { goal: Goal; editable: boolean }) {
  const user = useUser();
  const [note, setNote] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const updateGoal = useUpdateGoal();

  async function change(body: { done?: boolean; shared?: boolean; note?: string }) {
    setBusy(true);
    try {
      await updateGoal(goal.id, body);
      setNote('');
    } catch (err) {
      setMessage(err instanceof ApiError ? err.friendly : 'Something went wrong.');
    } finally {
      setBusy(false);
    }
  }

  return (
    <li className="card goal">
      <div className="goal-head">
        {editable ? (
          <label className="choice goal-title">
            <input type="checkbox" checked={goal.done} onChange={(e) => void change({ done: e.target.checked })} /> {goal.title}
          </label>
        ) : (
          <p className="goal-title">
            {goal.title}
            {goal.done ? ' (done)' : ''}
          </p>
        )}
        {goal.scope === 'personal' && goal.ownerId === user.id ? (
          <span className="muted">{goal.shared ? 'Shared with your partner' : 'Only you'}</span>
        ) : null}
      </div>
      {goal.notes.length ? (
        <ul className="goal-notes">
          {goal.notes.map((n) => (
            <li key={n.id}>{n.text}</li>
          ))}
        </ul>
      ) : null}
      {editable ? (
        <form
          className="goal-note-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (note.trim()) void change({ note });
          }}
        >
          <TextField
            label={
              <>
                Progress note<span className="visually-hidden"> for “{goal.title}”</span>
              </>
            }
            name="note"
            maxLength={GOAL_NOTE_MAX}
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
          <Button type="submit" busy={busy}>
            Add note
          </Button>
        </form>
      ) : null}
      <FormMessage message={message} tone="error" />
    </li>
  );
}
