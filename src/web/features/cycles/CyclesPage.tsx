import { useState } from 'react';
import { Link } from 'react-router';
import { CreateCycleEventBody, CYCLE_NOTE_MAX, STAGES, type CycleEvent } from '../../../contracts/cycles/cycles.js';
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
import { NO_VALUES, NoBody } from '../../forms/noBody.js';
import { Trans, useTranslation } from '../../i18n/i18n.js';
import { usePairState } from '../pair/queries.js';
import { TriggerPicker } from '../reassurance/urges/TriggerPicker.js';
import type { SharedMoment } from './api.js';
import { useCreateCycleEvent, useCycleEvents, useRemoveCycleEvent, useSharedMoments, useUpdateCycleEvent } from './queries.js';

type Stage = (typeof STAGES)[number];

/*
 * Each stage in one kind line (the catalog's stage.<name> and stage.<name>Line): none of them is
 * the wrong one to be in. Trigger ideas are offered in the person's language and kept as tapped,
 * like any tag they type.
 */
const TRIGGER_IDEAS = ['noReply', 'sharpWord', 'tired', 'plansChanged', 'ignored', 'money'] as const;

/** Deleting sends no body: the form hook still owns its busy state and the problem's sentence. */

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

/** The note box's classes (class names, not words). */
const SHORT_BOX = 'input textarea textarea-short';

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
  const { t } = useTranslation('cycles');
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
    keptMessage: t('form.kept'),
    onSubmit: async (body) => {
      const res = editing ? await updateEvent(editing.id, body) : await createEvent(body);
      setServerCrisis(res.safety.crisis);
      form.setNotice({
        text: editing ? t('form.changed') : t('form.saved'),
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

  // The problem's sentence shows under the log form, where the saved and deleted notices do.
  const deletion = useSteadyForm({
    schema: NoBody,
    defaultValues: NO_VALUES,
    onProblem: (err) => {
      setDeleting(null);
      form.setNotice({ text: err.friendly, tone: 'error' });
      return true;
    },
    onSubmit: async () => {
      if (!deleting) return;
      await removeEvent(deleting.id);
      if (editing?.id === deleting.id) cancelEdit();
      form.setNotice({ text: t('form.deleted'), tone: 'success' });
      setDeleting(null);
    },
  });

  return (
    <Page title={t('page.title')} heading={t('page.heading')} lead={t('page.lead')} className="cycles">
      <p className="cycles-links">
        <Link to="/cycles/insights">{t('page.toInsights')}</Link> · <Link to="/pause-message">{t('page.toPause')}</Link>
      </p>

      <section className="card" aria-labelledby="log-heading">
        <h2 id="log-heading">{editing ? t('form.editHeading') : t('form.logHeading')}</h2>
        <FormShell form={form} className="form cycle-form">
          <fieldset className="field stage-choices">
            <legend className="field-label">{t('form.where')}</legend>
            {STAGES.map((s) => (
              <label key={s} className="stage-choice">
                <input type="radio" name="stage" value={s} checked={values.stage === s} onChange={() => update({ stage: s })} />
                <span>
                  <span className="stage-choice-label">{t(`stage.${s}`)}</span>
                  <span className="stage-choice-line">{t(`stage.${s}Line`)}</span>
                </span>
              </label>
            ))}
          </fieldset>
          <fieldset className="field">
            <legend className="field-label">{t('form.who')}</legend>
            <div className="choice-row">
              <label className="choice">
                <input type="radio" name="actor" checked={values.actor === 'me'} onChange={() => update({ actor: 'me' })} /> {t('form.me')}
              </label>
              <label className="choice">
                <input type="radio" name="actor" checked={values.actor === 'partner'} onChange={() => update({ actor: 'partner' })} />{' '}
                {t('form.partner')}
              </label>
            </div>
          </fieldset>
          <RatingField
            label={t('form.intensity')}
            name="intensity"
            value={values.intensity}
            onChange={(intensity) => update({ intensity })}
            low={t('form.gentle')}
            high={t('form.strongest')}
            error={errors.intensity}
          />
          <TriggerPicker
            suggestions={TRIGGER_IDEAS.map((idea) => t(`triggerIdeas.${idea}`))}
            selected={values.triggers}
            onChange={(triggers) => update({ triggers })}
            typed={values.typed}
            onTyped={(typed) => update({ typed })}
            error={errors.triggers}
          />
          <CrisisAwareTextField
            label={t('form.note')}
            optional
            error={errors.note}
            hint={t('form.noteHint')}
            name="note"
            controlClassName={SHORT_BOX}
            rows={3}
            maxLength={CYCLE_NOTE_MAX}
            value={values.note}
            onChange={(e) => update({ note: e.target.value })}
            region={user.region}
            where="writing"
            flagged={serverCrisis}
          />
          <details className="when" open={Boolean(values.earlier)}>
            <summary>{t('form.earlier')}</summary>
            <Field label={t('form.when')} error={errors.occurredAt} hint={t('form.whenHint')}>
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
              <input type="checkbox" name="shared" checked={values.shared} onChange={(e) => update({ shared: e.target.checked })} />{' '}
              {t('form.share')}
            </label>
          ) : null}
          <div className="actions">
            <Button type="submit" variant="primary" busy={form.busy} busyLabel={t('form.saving')}>
              {editing ? t('form.saveChanges') : t('form.save')}
            </Button>
            {editing ? <Button onClick={cancelEdit}>{t('form.cancel')}</Button> : null}
          </div>
          <FormMessage message={form.notice?.text ?? null} tone={form.notice?.tone} />
        </FormShell>
      </section>

      <section aria-labelledby="recent-moments-heading" className="cycle-recent">
        <h2 id="recent-moments-heading">{t('recent.heading')}</h2>
        {events.status === 'loading' ? <Loading /> : null}
        {events.status === 'error' ? <p className="notice notice-error">{events.message}</p> : null}
        {events.status === 'ready' && events.data.items.length === 0 ? <p className="muted">{t('recent.empty')}</p> : null}
        {events.status === 'ready' && events.data.items.length ? (
          <ul className="moment-list" aria-label={t('recent.listLabel')}>
            {(showAll ? events.data.items : events.data.items.slice(0, SHOWN)).map((e) => (
              <li key={e.id} className="moment">
                <MomentHead moment={e} who={e.actor === 'me' ? t('form.me') : t('form.partner')} timeZone={user.timeZone} />
                {e.note ? <p className="moment-note">{e.note}</p> : null}
                <p className="muted moment-shared">{e.shared ? t('recent.shared') : t('recent.private')}</p>
                <div className="actions">
                  <Button variant="quiet" onClick={() => startEdit(e)}>
                    <Trans
                      t={t}
                      i18nKey="recent.edit"
                      values={{ when: formatShortDateTime(e.occurredAt, user.timeZone) }}
                      components={{ hidden: <span className="visually-hidden" /> }}
                    />
                  </Button>
                  <Button variant="quiet" onClick={() => setDeleting(e)}>
                    <Trans
                      t={t}
                      i18nKey="recent.delete"
                      values={{ when: formatShortDateTime(e.occurredAt, user.timeZone) }}
                      components={{ hidden: <span className="visually-hidden" /> }}
                    />
                  </Button>
                </div>
              </li>
            ))}
          </ul>
        ) : null}
        {events.status === 'ready' && events.data.items.length > SHOWN && !showAll ? (
          <Button variant="quiet" onClick={() => setShowAll(true)}>
            {t('recent.showEarlier')}
          </Button>
        ) : null}
      </section>

      {linked ? <SharedMoments state={shared} timeZone={user.timeZone} /> : null}

      <ConfirmDialog
        open={deleting !== null}
        title={t('deleteDialog.title')}
        confirmLabel={t('deleteDialog.confirm')}
        tone="danger"
        busy={deletion.busy}
        onConfirm={() => void deletion.submitWith()}
        onCancel={() => setDeleting(null)}
      >
        <p>{t('deleteDialog.text')}</p>
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
  const { t } = useTranslation('cycles');
  return (
    <>
      <p className="moment-head">
        <span className={`stage-badge stage-${moment.stage}`}>{t(`stage.${moment.stage}`)}</span>
        <span>{t('moment.head', { who, intensity: moment.intensity })}</span>
      </p>
      <p className="muted moment-when">{formatShortDateTime(moment.occurredAt, timeZone)}</p>
      {moment.triggers.length ? (
        <ul className="tag-list" aria-label={t('moment.triggers')}>
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
  const { t } = useTranslation('cycles');
  return (
    <section aria-labelledby="shared-moments-heading" className="cycle-shared">
      <h2 id="shared-moments-heading">{t('sharedList.heading')}</h2>
      <p className="muted">{t('sharedList.lead')}</p>
      {state.status === 'loading' ? <Loading /> : null}
      {state.status === 'error' ? <p className="notice notice-error">{state.message}</p> : null}
      {state.status === 'ready' && (state.data ?? []).length === 0 ? <p className="muted">{t('sharedList.empty')}</p> : null}
      {state.status === 'ready' && state.data?.length ? (
        <ul className="moment-list" aria-label={t('sharedList.listLabel')}>
          {state.data.map((m) => (
            <li key={m.id} className="moment">
              <MomentHead
                moment={m}
                who={t(m.author === 'me' ? 'sharedList.fromMe' : 'sharedList.fromPartner', {
                  moved: selfMoved(m) ? t('sharedList.youMoved') : t('sharedList.partnerMoved'),
                })}
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
function selfMoved(m: SharedMoment): boolean {
  return m.author === 'me' ? m.actor === 'me' : m.actor === 'partner';
}
