import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import type { Pair } from '../../../contracts/pair/pair.js';
import { CompleteCheckInBody, type CheckIn } from '../../../contracts/pair/topics.js';
import { ApiError } from '../../api/client.js';
import { useUser } from '../../auth/session.js';
import { Button } from '../../components/Button.js';
import { CrisisAwareTextField } from '../../components/CrisisAwareTextField.js';
import { CrisisSupport } from '../../components/CrisisAwareTextField.js';
import { FormMessage } from '../../components/FormMessage.js';
import { ItemPending } from '../../components/ItemStates.js';
import { Page } from '../../components/Page.js';
import { TimerRing } from '../../components/TimerRing.js';
import { FormShell } from '../../forms/FormShell.js';
import { useSteadyForm } from '../../forms/useSteadyForm.js';
import { useTranslation } from '../../i18n/i18n.js';
import { checkInIsOpen, checkInOpensAt } from '../../../core/pair/check-in-window.js';
import { formatDateTime, formatTime } from '../../lib/dates.js';
import { useNow } from '../../lib/useNow.js';
import { pairKeys, useCompleteCheckIn, useNextCheckIn } from './queries.js';
import { NotLinkedNotice } from './NotLinkedNotice.js';
import { loaded } from '../../query/loaded.js';
import { useLiveEvents } from '../../live/useLiveEvents.js';

/** The daily check-in: the agenda, a quiet timer for the agreed length, shared notes, done. */
export function CheckInPage() {
  const { t } = useTranslation('pair');
  const query = useNextCheckIn();
  const load = loaded(query);
  // The partner's changes arrive while this is open (live/invalidation.ts marks what they change).
  useLiveEvents(['topic.parked', 'topic.changed', 'agreement.accepted', 'pair.ended']);
  if (load.status !== 'ready')
    return (
      <ItemPending title={t('checkIn.title')} error={load.status === 'error' ? load.message : null} retry={() => void query.refetch()} />
    );
  if (!load.data) return <NotLinkedNotice title={t('checkIn.title')} />;
  const { pair, checkIn } = load.data;
  if (!checkIn) {
    return (
      <Page title={t('checkIn.title')} heading={t('checkIn.noneHeading')}>
        <p className="page-lead">{t('checkIn.none')}</p>
        <Link to="/pair/agreement" className="button button-primary">
          {t('checkIn.openAgreement')}
        </Link>
      </Page>
    );
  }
  return <CheckInView key={checkIn.id} pair={pair} checkIn={checkIn} />;
}

interface Values {
  notes: string;
  discussedTopicIds: string[];
}

function CheckInView({ pair, checkIn }: { pair: Pair; checkIn: CheckIn }) {
  const { t } = useTranslation('pair');
  const user = useUser();
  const partner = pair.partner.displayName;
  const [startedAt, setStartedAt] = useState<number | null>(null);
  // minutes is null when the timer never ran: the agreed length is not how long they took.
  const [done, setDone] = useState<{ acknowledgment: string; minutes: number | null; crisis: boolean; notes: string } | null>(null);
  const client = useQueryClient();
  const completeCheckIn = useCompleteCheckIn();
  const now = useNow(startedAt !== null && done === null);
  const total = checkIn.minutes * 60;
  const remaining = startedAt === null ? total : total - (now - startedAt) / 1000;
  const form = useSteadyForm({
    schema: CompleteCheckInBody,
    defaultValues: { notes: '', discussedTopicIds: [] },
    toBody: (v: Values) => {
      const minutes = startedAt === null ? undefined : Math.max(1, Math.round((Date.now() - startedAt) / 60_000));
      return { discussedTopicIds: v.discussedTopicIds, ...(v.notes.trim() && { notes: v.notes }), ...(minutes && { minutes }) };
    },
    onSubmit: async (body) => {
      try {
        const res = await completeCheckIn(checkIn.id, body);
        setDone({ acknowledgment: res.acknowledgment, minutes: body.minutes ?? null, crisis: res.safety.crisis, notes: body.notes ?? '' });
      } catch (err) {
        const status = (err as { status?: number }).status;
        // Completed or gone meanwhile: what now stands is asked for again.
        if (status === 409 || status === 404) void client.invalidateQueries({ queryKey: pairKeys.checkIn() });
        if (status === 409) throw new ApiError({ type: 'about:blank', title: t('checkIn.doneByPartner', { partner }), status });
        throw err;
      }
    },
  });
  const discussed = form.values.discussedTopicIds;

  function toggle(id: string, on: boolean) {
    form.set({ discussedTopicIds: on ? [...discussed, id] : discussed.filter((d) => d !== id) });
  }

  if (done) {
    return (
      <Page title={t('checkIn.title')} heading={t('checkIn.doneTitle')} className="pair">
        <section className="card" aria-labelledby="done-heading">
          <h2 id="done-heading">{t('checkIn.wellDone')}</h2>
          <p>{done.acknowledgment}</p>
          {done.minutes !== null ? <p>{t('checkIn.took', { count: done.minutes })}</p> : null}
          <div className="actions">
            <Link to="/pair" className="button button-primary">
              {t('checkIn.back')}
            </Link>
          </div>
        </section>
        <CrisisSupport text={done.notes} region={user.region} flagged={done.crisis} />
      </Page>
    );
  }

  const shared = checkIn.agenda.filter((topic) => topic.shared);
  const own = checkIn.agenda.filter((topic) => !topic.shared);
  return (
    <Page
      title={t('checkIn.title')}
      heading={t('checkIn.heading', { partner })}
      lead={t('checkIn.lead', { when: formatDateTime(checkIn.startsAt, user.timeZone), minutes: checkIn.minutes })}
      className="pair"
    >
      <section className="card timer-card" aria-labelledby="timer-heading">
        <h2 id="timer-heading">{t('checkIn.timer')}</h2>
        <TimerRing remaining={remaining} total={total} />
        {remaining <= 0 ? <p role="status">{t('checkIn.timeUp')}</p> : null}
        <div className="actions actions-center">
          {startedAt === null ? (
            <Button variant="secondary" onClick={() => setStartedAt(Date.now())}>
              {t('checkIn.start')}
            </Button>
          ) : null}
        </div>
      </section>

      <FormShell form={form} className="form">
        <fieldset className="card">
          <legend className="pair-legend">{t('checkIn.agenda')}</legend>
          {checkIn.agenda.length === 0 ? <p>{t('checkIn.nothingParked')}</p> : null}
          {shared.length > 0 ? <p className="field-hint">{t('checkIn.tick')}</p> : null}
          <ul className="pair-agenda">
            {[...shared, ...own].map((topic) => (
              <li key={topic.id}>
                <label className="choice">
                  <input
                    type="checkbox"
                    name="discussedTopicIds"
                    checked={discussed.includes(topic.id)}
                    onChange={(e) => toggle(topic.id, e.target.checked)}
                  />
                  <span>
                    {topic.text}{' '}
                    <span className="tag tag-static">
                      {topic.shared ? (topic.mine ? t('checkIn.fromYou') : t('checkIn.from', { partner })) : t('checkIn.onlyYou')}
                    </span>
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        <CrisisAwareTextField
          label={t('checkIn.notes')}
          hint={t('checkIn.notesHint', { partner })}
          name="notes"
          rows={4}
          maxLength={5000}
          optional
          value={form.values.notes}
          onChange={(e) => form.set({ notes: e.target.value })}
          error={form.errors.notes}
          region={user.region}
          where="writing"
        />
        <FormMessage message={form.notice?.text ?? null} tone="error" />
        <div className="actions">
          {checkInIsOpen(checkIn.startsAt, new Date(now)) ? (
            <Button type="submit" variant="primary" busy={form.busy} busyLabel={t('checkIn.saving')}>
              {t('checkIn.complete')}
            </Button>
          ) : (
            <p className="muted">
              {t('checkIn.opensFrom', { time: formatTime(checkInOpensAt(checkIn.startsAt).toISOString(), user.timeZone) })}
            </p>
          )}
        </div>
      </FormShell>
    </Page>
  );
}
