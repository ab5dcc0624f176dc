import { useState } from 'react';
import { Link } from 'react-router';
import { CreateCycleEventBody, CYCLE_NOTE_MAX, STAGES, type CycleEvent } from '../../../contracts/cycles.js';
import { ApiError } from '../../api/client.js';
import { useUser } from '../../auth/session.js';
import { Button } from '../../components/Button.js';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { CrisisAwareTextField } from '../../components/CrisisAwareTextField.js';
import { Field } from '../../components/Field.js';
import { FormMessage } from '../../components/FormMessage.js';
import { Loading } from '../../components/Loading.js';
import { Page } from '../../components/Page.js';
import { RatingField } from '../../components/RatingField.js';
import { formatShortDateTime, localInputValue } from '../../lib/dates.js';
import { loaded, type Loaded } from '../../query/loaded.js';
import { useLiveEvents } from '../../live/useLiveEvents.js';
import { FormShell } from '../../forms/FormShell.js';
import { useSteadyForm } from '../../forms/useSteadyForm.js';
import { usePairState } from '../pair/queries.js';
import { TriggerPicker } from '../urges/TriggerPicker.js';
import type { SharedMoment } from './api.js';
import { useCreateCycleEvent, useCycleEvents, useRemoveCycleEvent, useSharedMoments, useUpdateCycleEvent } from './queries.js';

type Stage = (typeof STAGES)[number];

/** Each stage in one kind line: none of them is the wrong one to be in. */
export const STAGE_WORDS: Record<Stage, { label: string; line: string }> = {
  pursuit: { label: 'Pursuit', line: 'Reaching for closeness: asking, messaging, wanting to talk it through now.' },
  withdrawal: { label: 'Withdrawal', line: 'Pulling back: going quiet, needing space, shutting the door for a while.' },
  reconnection: { label: 'Reconnection', line: 'Coming back together: a softer word, a repair, feeling close again.' },
};

const TRIGGER_IDEAS = ['no reply yet', 'a sharp word', 'tired', 'plans changed', 'felt ignored', 'money'];

interface FormValues {
  stage: Stage;
  actor: 'me' | 'partner';
  intensity: number;
  triggers: string[];
  typed: string;
  note: string;
  /** A datetime-local value when it happened earlier; empty means "now". */
  earlier: string;
  shared: boolean;
}

const EMPTY: FormValues = { stage: 'pursuit', actor: 'me', intensity: 5, triggers: [], typed: '', note: '', earlier: '', shared: false };

/** Moments shown before "Show earlier moments". */
const SHOWN = 8;

function fromEvent(e: CycleEvent): FormValues {
  return {
    stage: e.stage,
    actor: e.actor,
    intensity: e.intensity,
    triggers: e.triggers,
    typed: '',
    note: e.note ?? '',
    earlier: localInputValue(new Date(e.occurredAt)),
    shared: e.shared,
  };
}

/** The pursue–withdraw cycle, one moment at a time: a few taps now, a clearer picture later. */
export function CyclesPage() {
  const user = useUser();
  const events = loaded(useCycleEvents());
  const pair = loaded(usePairState());
  const linked = pair.status === 'ready' && pair.data.pair !== null;
  const shared = loaded(useSharedMoments());
  // What the partner shares (or stops sharing) shows up while this is open (live/invalidation.ts).
  useLiveEvents(['moment.shared', 'pair.linked', 'pair.ended']);
  const createEvent = useCreateCycleEvent();
  const updateEvent = useUpdateCycleEvent();
  const removeEvent = useRemoveCycleEvent();

  const [editing, setEditing] = useState<CycleEvent | null>(null);
  const [serverCrisis, setServerCrisis] = useState(false);
  const [deleting, setDeleting] = useState<CycleEvent | null>(null);
  const [deleteBusy, setDeleteBusy] = useState(false);
  const [showAll, setShowAll] = useState(false);
  const form = useSteadyForm({
    schema: CreateCycleEventBody,
    defaultValues: EMPTY,
    toBody: (values) => {
      const typedTags = values.typed
        .split(',')
        .map((t) => t.trim().toLowerCase())
        .filter(Boolean);
      const when = values.earlier ? new Date(values.earlier) : new Date();
      return {
        occurredAt: Number.isNaN(when.getTime()) ? new Date().toISOString() : when.toISOString(),
        stage: values.stage,
        actor: values.actor,
        intensity: values.intensity,
        triggers: [...new Set([...values.triggers, ...typedTags])],
        note: values.note.trim() ? values.note : null,
        ...(linked ? { shared: values.shared } : {}),
      };
    },
    keptMessage: 'Everything you chose is still here.',
    onSubmit: async (body) => {
      const res = editing ? await updateEvent(editing.id, body) : await createEvent(body);
      setServerCrisis(res.safety.crisis);
      form.setNotice({
        text: editing ? 'Your changes are saved.' : 'Saved. Noticing the moment is the hard part, and you did it.',
        tone: 'success',
      });
      setEditing(null);
      form.reset(EMPTY);
    },
  });
  const { values, errors, set: update } = form;

  function startEdit(event: CycleEvent) {
    setEditing(event);
    form.reset(fromEvent(event));
    form.setNotice(null);
    const el = form.element();
    el?.scrollIntoView({ block: 'start' });
    el?.querySelector<HTMLInputElement>('input[name="stage"]:checked')?.focus();
  }

  function cancelEdit() {
    setEditing(null);
    form.reset(EMPTY);
    form.setNotice(null);
  }

  async function confirmDelete() {
    if (!deleting) return;
    setDeleteBusy(true);
    try {
      await removeEvent(deleting.id);
      if (editing?.id === deleting.id) cancelEdit();
      form.setNotice({ text: 'That moment is deleted.', tone: 'success' });
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      form.setNotice({ text: err.friendly, tone: 'error' });
    } finally {
      setDeleteBusy(false);
      setDeleting(null);
    }
  }

  return (
    <Page
      title="The cycle"
      heading="Notice the cycle"
      lead="Many couples fall into a dance: one reaches, the other pulls back, and then you find each other again. Logging its moments, without blame, helps you both see it."
      className="cycles"
    >
      <p className="cycles-links">
        <Link to="/cycles/insights">See our cycle over time</Link> · <Link to="/pause-message">Pause before sending a message</Link>
      </p>

      <section className="card" aria-labelledby="log-heading">
        <h2 id="log-heading">{editing ? 'Change this moment' : 'Log a moment'}</h2>
        <FormShell form={form} className="form cycle-form">
          <fieldset className="field stage-choices">
            <legend className="field-label">Where are you in the cycle?</legend>
            {STAGES.map((s) => (
              <label key={s} className="stage-choice">
                <input type="radio" name="stage" value={s} checked={values.stage === s} onChange={() => update({ stage: s })} />
                <span>
                  <span className="stage-choice-label">{STAGE_WORDS[s].label}</span>
                  <span className="stage-choice-line">{STAGE_WORDS[s].line}</span>
                </span>
              </label>
            ))}
          </fieldset>
          <fieldset className="field">
            <legend className="field-label">Who moved?</legend>
            <div className="choice-row">
              <label className="choice">
                <input type="radio" name="actor" checked={values.actor === 'me'} onChange={() => update({ actor: 'me' })} /> Me
              </label>
              <label className="choice">
                <input type="radio" name="actor" checked={values.actor === 'partner'} onChange={() => update({ actor: 'partner' })} /> My
                partner
              </label>
            </div>
          </fieldset>
          <RatingField
            label="How intense was it?"
            name="intensity"
            value={values.intensity}
            onChange={(intensity) => update({ intensity })}
            low="gentle"
            high="as strong as it gets"
            error={errors.intensity}
          />
          <TriggerPicker
            suggestions={TRIGGER_IDEAS}
            selected={values.triggers}
            onChange={(triggers) => update({ triggers })}
            typed={values.typed}
            onTyped={(typed) => update({ typed })}
            error={errors.triggers}
          />
          <CrisisAwareTextField
            label="Anything to remember about it?"
            optional
            error={errors.note}
            hint="Just for you: notes are never shown to your partner."
            name="note"
            controlClassName="input textarea textarea-short"
            rows={3}
            maxLength={CYCLE_NOTE_MAX}
            value={values.note}
            onChange={(e) => update({ note: e.target.value })}
            region={user.region}
            where="writing"
            flagged={serverCrisis}
          />
          <details className="when" open={Boolean(values.earlier)}>
            <summary>It happened earlier</summary>
            <Field label="When was it?" error={errors.occurredAt} hint="Leave this closed if it’s happening now.">
              {(a11y) => (
                <input
                  {...a11y}
                  type="datetime-local"
                  name="occurredAt"
                  className="input"
                  max={localInputValue(new Date())}
                  value={values.earlier}
                  onChange={(e) => update({ earlier: e.target.value })}
                />
              )}
            </Field>
          </details>
          {linked ? (
            <label className="choice">
              <input type="checkbox" name="shared" checked={values.shared} onChange={(e) => update({ shared: e.target.checked })} /> Share
              this moment with my partner (never the note)
            </label>
          ) : null}
          <div className="actions">
            <Button type="submit" variant="primary" busy={form.busy} busyLabel="Saving…">
              {editing ? 'Save changes' : 'Save this moment'}
            </Button>
            {editing ? <Button onClick={cancelEdit}>Cancel</Button> : null}
          </div>
          <FormMessage message={form.notice?.text ?? null} tone={form.notice?.tone} />
        </FormShell>
      </section>

      <section aria-labelledby="recent-moments-heading" className="cycle-recent">
        <h2 id="recent-moments-heading">Recent moments</h2>
        {events.status === 'loading' ? <Loading /> : null}
        {events.status === 'error' ? <p className="notice notice-error">{events.message}</p> : null}
        {events.status === 'ready' && events.data.items.length === 0 ? (
          <p className="muted">Nothing logged yet. The next time you notice a moment of the cycle, it can go here.</p>
        ) : null}
        {events.status === 'ready' && events.data.items.length ? (
          <ul className="moment-list" aria-label="Your moments, newest first">
            {(showAll ? events.data.items : events.data.items.slice(0, SHOWN)).map((e) => (
              <li key={e.id} className="moment">
                <MomentHead moment={e} who={e.actor === 'me' ? 'Me' : 'My partner'} timeZone={user.timeZone} />
                {e.note ? <p className="moment-note">{e.note}</p> : null}
                <p className="muted moment-shared">{e.shared ? 'Shared with your partner' : 'Private'}</p>
                <div className="actions">
                  <Button variant="quiet" onClick={() => startEdit(e)}>
                    Edit<span className="visually-hidden"> the moment from {formatShortDateTime(e.occurredAt, user.timeZone)}</span>
                  </Button>
                  <Button variant="quiet" onClick={() => setDeleting(e)}>
                    Delete…<span className="visually-hidden"> the moment from {formatShortDateTime(e.occurredAt, user.timeZone)}</span>
                  </Button>
                </div>
              </li>
            ))}
          </ul>
        ) : null}
        {events.status === 'ready' && events.data.items.length > SHOWN && !showAll ? (
          <Button variant="quiet" onClick={() => setShowAll(true)}>
            Show earlier moments
          </Button>
        ) : null}
      </section>

      {linked ? <SharedMoments state={shared} timeZone={user.timeZone} /> : null}

      <ConfirmDialog
        open={deleting !== null}
        title="Delete this moment?"
        confirmLabel="Delete it"
        tone="danger"
        busy={deleteBusy}
        onConfirm={() => void confirmDelete()}
        onCancel={() => setDeleting(null)}
      >
        <p>Deleting is permanent: it can’t be brought back, and it leaves “Our cycle over time” too.</p>
      </ConfirmDialog>
    </Page>
  );
}

function MomentHead({
  moment,
  who,
  timeZone,
}: {
  moment: Pick<CycleEvent, 'stage' | 'intensity' | 'triggers' | 'occurredAt'>;
  who: string;
  timeZone: string;
}) {
  return (
    <>
      <p className="moment-head">
        <span className={`stage-badge stage-${moment.stage}`}>{STAGE_WORDS[moment.stage].label}</span>
        <span>
          {who} · intensity {moment.intensity} out of 10
        </span>
      </p>
      <p className="muted moment-when">{formatShortDateTime(moment.occurredAt, timeZone)}</p>
      {moment.triggers.length ? (
        <ul className="tag-list" aria-label="Triggers">
          {moment.triggers.map((t) => (
            <li key={t} className="tag tag-static">
              {t}
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}

function SharedMoments({ state, timeZone }: { state: Loaded<SharedMoment[] | null>; timeZone: string }) {
  return (
    <section aria-labelledby="shared-moments-heading" className="cycle-shared">
      <h2 id="shared-moments-heading">Moments you both shared</h2>
      <p className="muted">Only what each of you chose to share is here, and never a note. It’s a picture of the dance, not a score.</p>
      {state.status === 'loading' ? <Loading /> : null}
      {state.status === 'error' ? <p className="notice notice-error">{state.message}</p> : null}
      {state.status === 'ready' && (state.data ?? []).length === 0 ? <p className="muted">Nothing shared yet.</p> : null}
      {state.status === 'ready' && state.data?.length ? (
        <ul className="moment-list" aria-label="Shared moments, newest first">
          {state.data.map((m) => (
            <li key={m.id} className="moment">
              <MomentHead
                moment={m}
                who={`${m.author === 'me' ? 'From your log' : 'From your partner’s log'}: ${whoMoved(m)}`}
                timeZone={timeZone}
              />
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

/** "me" in a partner's log is the partner; say it from the reader's side. */
function whoMoved(m: SharedMoment): string {
  const self = m.author === 'me' ? m.actor === 'me' : m.actor === 'partner';
  return self ? 'you moved' : 'your partner moved';
}
