import { useState } from 'react';
import { CreateGoalBody, GOAL_NOTE_MAX, UpdateGoalBody, type Goal } from '../../../../contracts/pair/goals.js';
import type { Pair } from '../../../../contracts/pair/pair.js';
import { useUser } from '../../../auth/session.js';
import { Button } from '../../../components/Button.js';
import { CrisisAwareTextField } from '../../../components/CrisisAwareTextField.js';
import { FormMessage } from '../../../components/FormMessage.js';
import { Loading } from '../../../components/Loading.js';
import { Page } from '../../../components/Page.js';
import { FormShell } from '../../../forms/FormShell.js';
import { useSteadyForm } from '../../../forms/useSteadyForm.js';
import { useTranslation } from '../../../i18n/i18n.js';
import { loaded } from '../../../query/loaded.js';
import { shortDay, weekStartOf } from '../../../lib/weeks.js';
import { useCreateGoal, useGoals, useUpdateGoal } from './queries.js';
import { useLiveEvents } from '../../../live/useLiveEvents.js';

function shiftWeek(week: string, by: number): string {
  return new Date(Date.parse(`${week}T00:00:00Z`) + by * 7 * 86_400_000).toISOString().slice(0, 10);
}

/** Weekly goals: your own (private unless you share one) and the ones you hold together. */
export function GoalsPage() {
  const { t } = useTranslation('goals');
  const user = useUser();
  const [week, setWeek] = useState(() => weekStartOf(new Date(), user.timeZone));
  const query = useGoals(week);
  const load = loaded(query);
  // The partner's changes arrive while this is open (live/invalidation.ts marks what they change).
  useLiveEvents(['goal.changed', 'pair.linked', 'pair.ended']);

  return (
    <Page title={t('title')} lead={t('lead')} className="goals">
      <nav aria-label={t('week')} className="actions week-nav">
        <Button variant="quiet" onClick={() => setWeek((w) => shiftWeek(w, -1))}>
          {t('previous')}
        </Button>
        <p className="week-label" aria-live="polite">
          {t('weekOf', { day: shortDay(week) })}
        </p>
        <Button variant="quiet" onClick={() => setWeek((w) => shiftWeek(w, 1))}>
          {t('next')}
        </Button>
      </nav>
      {load.status === 'loading' ? <Loading /> : null}
      {load.status === 'error' || load.status === 'missing' ? (
        <>
          <p className="notice notice-error">{load.status === 'error' ? load.message : t('somethingWentWrong')}</p>
          <Button onClick={() => void query.refetch()}>{t('tryAgain')}</Button>
        </>
      ) : null}
      {load.status === 'ready' ? <Goals key={week} week={week} items={load.data.items} pair={load.data.pair} /> : null}
    </Page>
  );
}

function Goals({ week, items, pair }: { week: string; items: Goal[]; pair: Pair | null }) {
  const { t } = useTranslation('goals');
  const user = useUser();
  const mine = items.filter((g) => g.scope === 'personal' && g.ownerId === user.id);
  const joint = items.filter((g) => g.scope === 'joint');
  const theirs = items.filter((g) => g.scope === 'personal' && g.ownerId !== user.id);
  const partner = pair?.partner.displayName ?? t('yourPartner');
  return (
    <>
      <NewGoal week={week} linked={pair !== null} />
      <GoalGroup id="goals-yours" heading={t('yours')} empty={t('noneYours')} goals={mine} editable />
      {pair ? <GoalGroup id="goals-together" heading={t('together')} empty={t('noneTogether')} goals={joint} editable /> : null}
      {pair && theirs.length ? (
        <GoalGroup id="goals-theirs" heading={t('theirs', { partner })} empty="" goals={theirs} editable={false} />
      ) : null}
    </>
  );
}

interface NewGoalValues {
  title: string;
  scope: 'personal' | 'joint';
  shared: boolean;
}

function NewGoal({ week, linked }: { week: string; linked: boolean }) {
  const { t } = useTranslation('goals');
  const user = useUser();
  // The server's verdict on the words just saved: the support stays for the visit once shown.
  const [flagged, setFlagged] = useState(false);
  const createGoal = useCreateGoal();
  const form = useSteadyForm({
    schema: CreateGoalBody,
    defaultValues: { title: '', scope: 'personal', shared: false },
    toBody: (v: NewGoalValues) => ({
      title: v.title,
      scope: v.scope,
      weekStart: week,
      ...(v.scope === 'personal' && { shared: v.shared }),
    }),
    invalidMessage: null,
    fieldMessages: (v) => (v.title.trim() ? {} : { title: t('nameIt') }),
    onSubmit: async (body) => {
      const res = await createGoal(body);
      if (res.safety.crisis) setFlagged(true);
      form.set({ title: '' });
      form.setNotice({ text: t('added'), tone: 'info' });
    },
  });
  const { values, set } = form;

  return (
    <section className="card" aria-labelledby="new-goal-heading">
      <h2 id="new-goal-heading">{t('add')}</h2>
      <FormShell form={form} className="form">
        <CrisisAwareTextField
          multiline={false}
          label={t('goal')}
          name="title"
          value={values.title}
          onChange={(e) => set({ title: e.target.value })}
          error={form.errors.title}
          region={user.region}
          flagged={flagged}
          below={
            <>
              {linked ? (
                <fieldset className="choice-row">
                  <legend>{t('whose')}</legend>
                  <label className="choice">
                    <input type="radio" name="scope" checked={values.scope === 'personal'} onChange={() => set({ scope: 'personal' })} />{' '}
                    {t('mine')}
                  </label>
                  <label className="choice">
                    <input type="radio" name="scope" checked={values.scope === 'joint'} onChange={() => set({ scope: 'joint' })} />{' '}
                    {t('ours')}
                  </label>
                </fieldset>
              ) : null}
              {linked && values.scope === 'personal' ? (
                <label className="choice">
                  <input type="checkbox" name="shared" checked={values.shared} onChange={(e) => set({ shared: e.target.checked })} />{' '}
                  {t('letSee')}
                </label>
              ) : null}
              <div className="actions">
                <Button type="submit" variant="primary" busy={form.busy} busyLabel={t('adding')}>
                  {t('addGoal')}
                </Button>
              </div>
              <FormMessage message={form.notice?.text ?? null} />
            </>
          }
        />
      </FormShell>
    </section>
  );
}

function GoalGroup({
  id,
  heading,
  empty,
  goals,
  editable,
}: {
  id: string;
  heading: string;
  empty: string;
  goals: Goal[];
  editable: boolean;
}) {
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

/** A tick sends `done`; the note box sends a note. Both go through the one form, so one sentence says what went wrong. */
function GoalItem({ goal, editable }: { goal: Goal; editable: boolean }) {
  const { t } = useTranslation('goals');
  const user = useUser();
  const updateGoal = useUpdateGoal();
  const form = useSteadyForm({
    schema: UpdateGoalBody,
    defaultValues: { note: '' },
    toBody: (v: { note: string }, ctx: { done: boolean } | undefined) => ctx ?? { note: v.note },
    invalidMessage: null,
    onSubmit: async (body) => {
      await updateGoal(goal.id, body);
      if (body.note !== undefined) form.set({ note: '' });
    },
  });

  return (
    <li className="card goal">
      <div className="goal-head">
        {editable ? (
          <label className="choice goal-title">
            <input type="checkbox" checked={goal.done} onChange={(e) => void form.submitWith({ done: e.target.checked })} /> {goal.title}
          </label>
        ) : (
          <p className="goal-title">
            {goal.title}
            {goal.done ? t('done') : ''}
          </p>
        )}
        {goal.scope === 'personal' && goal.ownerId === user.id ? (
          <span className="muted">{goal.shared ? t('sharedWithPartner') : t('onlyYou')}</span>
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
        <FormShell
          form={{
            attach: form.attach,
            // An empty note is no change: the box simply stays as it is.
            onSubmit: (e) => {
              e?.preventDefault();
              if (form.values.note.trim()) void form.submitWith(undefined);
            },
          }}
          className="goal-note-form"
        >
          <CrisisAwareTextField
            multiline={false}
            label={
              <>
                {t('note')}
                <span className="visually-hidden">{t('noteFor', { title: goal.title })}</span>
              </>
            }
            name="note"
            maxLength={GOAL_NOTE_MAX}
            value={form.values.note}
            onChange={(e) => form.set({ note: e.target.value })}
            error={form.errors.note}
            region={user.region}
            below={
              <Button type="submit" busy={form.busy}>
                {t('addNote')}
              </Button>
            }
          />
        </FormShell>
      ) : null}
      <FormMessage message={form.notice?.text ?? null} tone="error" />
    </li>
  );
}
