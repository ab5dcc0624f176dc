import { useState } from 'react';
import { Link } from 'react-router';
import type { AgreementResponse } from '../../../contracts/pair/agreement.js';
import { JoinPairBody, LeavePairBody, type Pair, type PairInvitation } from '../../../contracts/pair/pair.js';
import { ParkTopicBody, TOPIC_TEXT_MAX, type CheckIn, type Topic } from '../../../contracts/pair/topics.js';
import { useUser } from '../../auth/session.js';
import { Button } from '../../components/Button.js';
import { CrisisAwareTextField } from '../../components/CrisisAwareTextField.js';
import { TextField } from '../../components/Field.js';
import { PasswordConfirm } from '../../components/PasswordConfirm.js';
import { FormMessage } from '../../components/FormMessage.js';
import { ItemPending } from '../../components/ItemStates.js';
import { Page } from '../../components/Page.js';
import { FormShell } from '../../forms/FormShell.js';
import { useSteadyForm } from '../../forms/useSteadyForm.js';
import { useTranslation } from '../../i18n/i18n.js';
import { formatDateTime, formatShortDateTime } from '../../lib/dates.js';
import { pairApi } from './api.js';
import { useJoinPair, useLeavePair, useParkTopic, usePairOverview } from './queries.js';
import { forgetAgreedPlan } from './stress-plan/deviceCopy.js';
import { PairEndedNotice } from './PairEndedNotice.js';
import { PairLinks } from './PairLinks.js';
import { useDescribeRule } from './rhythm.js';
import { TopicItem } from './TopicItem.js';
import { useActionForm } from './useActionForm.js';
import { loaded } from '../../query/loaded.js';
import { useLiveEvents } from '../../live/useLiveEvents.js';

interface Linked {
  pair: Pair;
  agreement: AgreementResponse;
  checkIn: CheckIn | null;
  topics: Topic[];
}

/** The pair space: link with a partner, or see the rhythm you share and what is waiting for it. */
export function PairPage() {
  const { t } = useTranslation('pair');
  const query = usePairOverview();
  const load = loaded(query);
  // The partner's changes arrive while this is open (live/invalidation.ts marks what they change).
  useLiveEvents([
    'pair.linked',
    'pair.ended',
    'agreement.proposed',
    'agreement.accepted',
    'topic.parked',
    'topic.changed',
    'checkin.completed',
  ]);
  if (load.status !== 'ready')
    return <ItemPending title={t('title')} error={load.status === 'error' ? load.message : null} retry={() => void query.refetch()} />;
  return load.data ? <LinkedView data={load.data} /> : <NotLinked />;
}

function NotLinked() {
  const { t } = useTranslation('pair');
  return (
    <Page title={t('title')} heading={t('notLinked.heading')} lead={t('notLinked.lead')} className="pair">
      <PairEndedNotice where="pair" />
      <InviteCard />
      <JoinCard />
      <PairLinks linked={false} />
    </Page>
  );
}

/** "K7QM-4XRT" spelled out for a screen reader: "K 7 Q M, 4 X R T". */
const spelled = (code: string) =>
  code
    .split('-')
    .map((g) => g.split('').join(' '))
    .join(', ');

function CopyButton({ text, label, onCopied }: { text: string; label: string; onCopied: (message: string) => void }) {
  const { t } = useTranslation('pair');
  return (
    <Button
      variant="secondary"
      onClick={() => {
        navigator.clipboard
          .writeText(text)
          .then(() => onCopied(t('copied')))
          .catch(() => onCopied(t('copyRefused')));
      }}
    >
      {label}
    </Button>
  );
}

export function InviteCard() {
  const { t } = useTranslation('pair');
  const user = useUser();
  const [invite, setInvite] = useState<PairInvitation | null>(null);
  const form = useActionForm(async () => {
    setInvite(await pairApi.invite());
  });
  const copied = (text: string) => form.setNotice({ text, tone: 'info' });

  return (
    <section className="card" aria-labelledby="invite-heading">
      <h2 id="invite-heading">{t('invite.heading')}</h2>
      <p>{t('invite.text')}</p>
      {invite ? (
        <div className="pair-code-box">
          <p className="pair-code" data-testid="invitation-code">
            <span aria-hidden="true">{invite.code}</span>
            <span className="visually-hidden">{spelled(invite.code)}</span>
          </p>
          <p className="field-hint">{t('invite.worksUntil', { when: formatDateTime(invite.expiresAt, user.timeZone) })}</p>
        </div>
      ) : null}
      <FormShell form={form}>
        <FormMessage message={form.notice?.text ?? null} />
        <div className="actions">
          {invite ? <CopyButton text={invite.code} label={t('invite.copy')} onCopied={copied} /> : null}
          <Button type="submit" variant={invite ? 'quiet' : 'primary'} busy={form.busy} busyLabel={t('invite.making')}>
            {invite ? t('invite.makeNew') : t('invite.make')}
          </Button>
        </div>
      </FormShell>
    </section>
  );
}

/** `onJoined` moves a flow on (the welcome); the pair screens follow by themselves (the pair keys are marked stale). */
export function JoinCard({ onJoined }: { onJoined?: () => void }) {
  const { t } = useTranslation('pair');
  const joinPair = useJoinPair();
  const form = useSteadyForm({
    schema: JoinPairBody,
    defaultValues: { code: '' },
    invalidMessage: null,
    fieldMessages: (v) => ({ code: v.code.trim() ? t('join.tooLong') : t('join.missing') }),
    onSubmit: async ({ code }) => {
      await joinPair(code);
      onJoined?.();
    },
  });

  return (
    <section className="card" aria-labelledby="join-heading">
      <h2 id="join-heading">{t('join.heading')}</h2>
      <FormShell form={form} className="form">
        <TextField
          label={t('join.label')}
          hint={t('join.hint')}
          name="code"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          value={form.values.code}
          onChange={(e) => form.set({ code: e.target.value })}
          error={form.errors.code}
        />
        <FormMessage message={form.notice?.text ?? null} tone="error" />
        <div className="actions">
          <Button type="submit" variant="primary" busy={form.busy} busyLabel={t('join.busy')}>
            {t('join.submit')}
          </Button>
        </div>
      </FormShell>
    </section>
  );
}

function LinkedView({ data }: { data: Linked }) {
  const { t } = useTranslation('pair');
  const user = useUser();
  const describeRule = useDescribeRule();
  const { pair, agreement, checkIn, topics } = data;
  const partner = pair.partner.displayName;
  const pending = agreement.pending;
  const open = topics.filter((topic) => topic.discussedAt === null);
  const terms = agreement.effective;
  return (
    <Page
      title={t('title')}
      heading={t('linked.heading', { partner })}
      lead={t('linked.lead', { when: formatShortDateTime(pair.linkedAt, user.timeZone) })}
      className="pair"
    >
      <section className="card" aria-labelledby="next-heading">
        <h2 id="next-heading">{t('next.heading')}</h2>
        {checkIn ? (
          <>
            <p className="pair-when">
              {t('next.when', { when: formatDateTime(checkIn.startsAt, user.timeZone), minutes: checkIn.minutes })}
            </p>
            <p>{t('next.agenda', { count: checkIn.agenda.length })}</p>
            <div className="actions">
              <Link to="/pair/check-in" className="button button-primary">
                {t('next.open')}
              </Link>
            </div>
          </>
        ) : (
          <p>{t('next.none')}</p>
        )}
      </section>

      <section className="card" aria-labelledby="agreement-heading">
        <h2 id="agreement-heading">{t('summary.heading')}</h2>
        <p>
          {agreement.current ? t('summary.version', { version: agreement.current.version }) : t('summary.starting')}
          {t('summary.terms', {
            rule: describeRule(terms.checkInRule).toLocaleLowerCase(),
            timeZone: terms.timeZone,
            minutes: terms.checkInMinutes,
            cap: terms.dailyRequestCap,
          })}
        </p>
        {pending ? (
          <p className="notice" role="status">
            {pending.proposedBy === user.id
              ? t('summary.mineWaiting', { version: pending.version, partner })
              : t('summary.theirsWaiting', { version: pending.version, partner })}
          </p>
        ) : null}
        <div className="actions">
          <Link to="/pair/agreement" className="button button-secondary">
            {pending && pending.proposedBy !== user.id ? t('summary.review') : t('summary.change')}
          </Link>
        </div>
      </section>

      <PairLinks linked />
      <TopicsCard partner={partner} topics={open} />
      <CalendarCard />
      <UnlinkCard partner={partner} />
    </Page>
  );
}

function TopicsCard({ partner, topics }: { partner: string; topics: Topic[] }) {
  const { t } = useTranslation('pair');
  const user = useUser();
  // The server's verdict on the words just parked: the support stays for the visit once shown.
  const [flagged, setFlagged] = useState(false);
  const parkTopic = useParkTopic();
  const form = useSteadyForm({
    schema: ParkTopicBody,
    defaultValues: { text: '', shared: false },
    invalidMessage: null,
    fieldMessages: (v) => (v.text.trim() ? {} : { text: t('topics.empty') }),
    onSubmit: async (body) => {
      const res = await parkTopic(body);
      if (res.safety.crisis) setFlagged(true);
      // Private is the default for every topic: a tick is never carried over to the next one.
      form.reset({ text: '', shared: false });
      form.setNotice({ text: res.topic.shared ? t('topics.parkedShared', { partner }) : t('topics.parkedPrivate'), tone: 'success' });
    },
  });

  return (
    <section className="card" aria-labelledby="topics-heading">
      <h2 id="topics-heading">{t('topics.heading')}</h2>
      <p>{t('topics.text')}</p>
      <FormShell form={form} className="form">
        <CrisisAwareTextField
          id="topic-text"
          label={t('topics.label')}
          name="text"
          rows={3}
          maxLength={TOPIC_TEXT_MAX}
          value={form.values.text}
          onChange={(e) => form.set({ text: e.target.value })}
          error={form.errors.text}
          region={user.region}
          flagged={flagged}
          below={
            <>
              <label className="choice">
                <input
                  type="checkbox"
                  name="shared"
                  checked={form.values.shared}
                  onChange={(e) => form.set({ shared: e.target.checked })}
                />
                <span>{t('topics.share', { partner })}</span>
              </label>
              <p className="field-hint">{t('topics.shareHint')}</p>
              <FormMessage message={form.notice?.text ?? null} tone={form.notice?.tone} />
              <div className="actions">
                <Button type="submit" variant="primary" busy={form.busy} busyLabel={t('topics.busy')}>
                  {t('topics.submit')}
                </Button>
              </div>
            </>
          }
        />
      </FormShell>
      {topics.length > 0 ? (
        <ul className="pair-topics" aria-label={t('topics.list')}>
          {topics.map((topic) => (
            <TopicItem key={topic.id} topic={topic} partner={partner} />
          ))}
        </ul>
      ) : null}
    </section>
  );
}

function CalendarCard() {
  const { t } = useTranslation('pair');
  const [url, setUrl] = useState<string | null>(null);
  const form = useActionForm(async () => {
    setUrl((await pairApi.rotateCalendar()).url);
    return url ? t('calendar.replaced') : t('calendar.ready');
  });

  return (
    <section className="card" aria-labelledby="calendar-heading">
      <h2 id="calendar-heading">{t('calendar.heading')}</h2>
      <p>{t('calendar.text')}</p>
      {url ? (
        <TextField label={t('calendar.label')} name="calendar-url" readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
      ) : null}
      <FormShell form={form}>
        <FormMessage message={form.notice?.text ?? null} />
        <div className="actions">
          {url ? <CopyButton text={url} label={t('calendar.copy')} onCopied={(text) => form.setNotice({ text, tone: 'info' })} /> : null}
          <Button type="submit" variant={url ? 'quiet' : 'secondary'} busy={form.busy} busyLabel={t('calendar.making')}>
            {url ? t('calendar.makeNew') : t('calendar.make')}
          </Button>
        </div>
      </FormShell>
    </section>
  );
}

function UnlinkCard({ partner }: { partner: string }) {
  const { t } = useTranslation('pair');
  const leavePair = useLeavePair();
  return (
    <section className="card" aria-labelledby="unlink-heading">
      <h2 id="unlink-heading">{t('unlink.heading')}</h2>
      <p>{t('unlink.text', { partner })}</p>
      <PasswordConfirm
        schema={LeavePairBody}
        submitLabel={t('unlink.submit')}
        dialog={{
          title: t('unlink.title', { partner }),
          confirmLabel: t('unlink.confirm'),
          cancelLabel: t('unlink.cancel'),
          body: <p>{t('unlink.body')}</p>,
        }}
        action={async (password) => {
          await leavePair(password);
          // The pair's plan is no longer this person's to keep on the device.
          await forgetAgreedPlan();
        }}
      />
    </section>
  );
}
