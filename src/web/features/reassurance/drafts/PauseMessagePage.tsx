import { useId, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import {
  COOL_DOWN_DEFAULT,
  CreateDraftBody,
  DRAFT_TEXT_MAX,
  FEELINGS,
  type Draft,
  type DraftInsights,
} from '../../../../contracts/reassurance/drafts.js';
import { useUser } from '../../../auth/session.js';
import { Button } from '../../../components/Button.js';
import { ConfirmDialog } from '../../../components/ConfirmDialog.js';
import { CrisisAwareTextField } from '../../../components/CrisisAwareTextField.js';
import { FormMessage } from '../../../components/FormMessage.js';
import { Loading } from '../../../components/Loading.js';
import { Page } from '../../../components/Page.js';
import { TimerRing } from '../../../components/TimerRing.js';
import { FormShell } from '../../../forms/FormShell.js';
import { useSteadyForm } from '../../../forms/useSteadyForm.js';
import { formatLocale, useTranslation } from '../../../i18n/i18n.js';
import { formatShortDateTime } from '../../../lib/dates.js';
import { useNow } from '../../../lib/useNow.js';
import { loaded } from '../../../query/loaded.js';
import { failedText } from '../urges/queries.js';
import type { DraftOutcome } from './api.js';
import { useCreateDraft, useDraftInsights, useDrafts, useRemoveDraft, useResolveDraft } from './queries.js';

const COOL_DOWNS = [5, 10, 20, 30] as const;

type Compose = {
  text: string;
  feeling: string;
  coolDownMinutes: number;
};

const EMPTY: Compose = { text: '', feeling: '', coolDownMinutes: COOL_DOWN_DEFAULT };

type Feeling = (typeof FEELINGS)[number];
const isFeeling = (f: string): f is Feeling => (FEELINGS as readonly string[]).includes(f);

/**
 * A feeling chosen with a chip is kept as the contract's word and shown in the person's language;
 * one typed in their own words is shown as they wrote it.
 */
function useFeelingWord() {
  const { t } = useTranslation('drafts');
  return (f: string) => (isFeeling(f) ? t(`feelings.${f}`) : f);
}

/**
 * Pause before sending: write the message, name the feeling, wait a little, then decide. Steady
 * never sends anything; the open draft lives on the server, so a reload or a closed tab loses nothing.
 */
export function PauseMessagePage() {
  const { t } = useTranslation('drafts');
  const user = useUser();
  const [params, setParams] = useSearchParams();
  const activeId = params.get('draft');
  const drafts = loaded(useDrafts());
  const insights = loaded(useDraftInsights());
  const [prefill, setPrefill] = useState<Compose>(EMPTY);
  const [composeKey, setComposeKey] = useState(0);
  const [pinned, setPinned] = useState<Draft | null>(null);

  const open = drafts.status === 'ready' ? drafts.data.items.filter((d) => d.outcome === null) : [];
  // Pinned once opened, so the screen keeps showing it after it is decided (and leaves the open list).
  const active = pinned && pinned.id === activeId ? pinned : (open.find((d) => d.id === activeId) ?? null);

  const openDraft = (id: string | null) => setParams(id ? { draft: id } : {}, { replace: false });

  function startAgain(from?: Compose) {
    setPrefill(from ?? EMPTY);
    setComposeKey((k) => k + 1);
    setPinned(null);
    openDraft(null);
  }

  return (
    <Page title={t('page.title')} lead={t('page.lead')} className="pause-message">
      {activeId && !active && drafts.status === 'loading' ? <Loading /> : null}
      {activeId && active ? (
        <ActiveDraft
          key={active.id}
          draft={active}
          region={user.region}
          // Kept on screen once decided; the lists follow by themselves (their keys are marked stale).
          onDecided={() => setPinned(active)}
          onDone={startAgain}
        />
      ) : activeId && drafts.status === 'ready' ? (
        <div className="card">
          <p>{t('page.gone')}</p>
          <Button variant="primary" onClick={() => startAgain()}>
            {t('page.writeNew')}
          </Button>
        </div>
      ) : null}
      {!activeId ? (
        <>
          {open.length ? <OpenDrafts drafts={open} timeZone={user.timeZone} onOpen={openDraft} /> : null}
          <ComposeForm
            key={composeKey}
            initial={prefill}
            region={user.region}
            onCreated={(d) => {
              setPinned(d);
              openDraft(d.id);
            }}
          />
        </>
      ) : null}
      {insights.status === 'ready' && insights.data.total > 0 ? <PauseInsights data={insights.data} /> : null}
    </Page>
  );
}

function ComposeForm({ initial, region, onCreated }: { initial: Compose; region: string; onCreated: (d: Draft) => void }) {
  const { t } = useTranslation('drafts');
  const feelingWord = useFeelingWord();
  const createDraft = useCreateDraft();
  const form = useSteadyForm({
    schema: CreateDraftBody,
    defaultValues: initial,
    // The contract's words are English; the form says the same in the person's language.
    fieldMessages: (v: Compose) => ({
      text: v.text.trim() ? t('compose.textTooLong', { max: DRAFT_TEXT_MAX }) : t('compose.textMissing'),
      feeling: v.feeling.trim() ? t('compose.feelingTooLong') : t('compose.feelingMissing'),
    }),
    invalidMessage: t('compose.check'),
    keptMessage: t('compose.kept'),
    onSubmit: async (body) => {
      const res = await createDraft.mutateAsync(body);
      onCreated(res.draft);
    },
  });
  const { values, errors, set: update } = form;
  const feelingId = useId();
  const chosen = isFeeling(values.feeling) ? values.feeling : null;

  return (
    <section className="card" aria-labelledby="compose-heading">
      <h2 id="compose-heading">{t('compose.heading')}</h2>
      <FormShell form={form} className="form">
        <CrisisAwareTextField
          label={t('compose.text')}
          hint={t('compose.textHint')}
          error={errors.text}
          name="text"
          rows={5}
          maxLength={DRAFT_TEXT_MAX}
          value={values.text}
          onChange={(e) => update({ text: e.target.value })}
          region={region}
          where="writing"
        />
        <fieldset className="field">
          <legend className="field-label">{t('compose.feelingLegend')}</legend>
          <p className="field-hint">{t('compose.feelingHint')}</p>
          <ul className="toggle-chips">
            {FEELINGS.map((f) => (
              <li key={f}>
                <button
                  type="button"
                  className="toggle-chip"
                  aria-pressed={chosen === f}
                  onClick={() => update({ feeling: chosen === f ? '' : f })}
                >
                  {feelingWord(f)}
                </button>
              </li>
            ))}
          </ul>
          <div className="field-inline">
            <label htmlFor={feelingId} className="field-label-small">
              {t('compose.ownWords')}
            </label>
            <input
              id={feelingId}
              name="feeling"
              className="input"
              maxLength={80}
              value={chosen ? '' : values.feeling}
              aria-invalid={errors.feeling ? true : undefined}
              aria-describedby={errors.feeling ? `${feelingId}-error` : undefined}
              onChange={(e) => update({ feeling: e.target.value })}
            />
          </div>
          {errors.feeling ? (
            <p id={`${feelingId}-error`} className="field-error">
              {errors.feeling}
            </p>
          ) : null}
        </fieldset>
        <fieldset className="field">
          <legend className="field-label">{t('compose.waitLegend')}</legend>
          <div className="choice-row">
            {COOL_DOWNS.map((m) => (
              <label key={m} className="choice">
                <input
                  type="radio"
                  name="coolDownMinutes"
                  checked={values.coolDownMinutes === m}
                  onChange={() => update({ coolDownMinutes: m })}
                />{' '}
                {t('compose.minutes', { minutes: m })}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="actions">
          <Button type="submit" variant="primary" busy={form.busy} busyLabel={t('compose.starting')}>
            {t('compose.start')}
          </Button>
        </div>
        <FormMessage message={form.notice?.text ?? null} tone={form.notice?.tone} />
      </FormShell>
    </section>
  );
}

type Phase = 'rewriting' | 'done';

interface ActiveDraftProps {
  draft: Draft;
  region: string;
  onDecided: () => void;
  onDone: (from?: Compose) => void;
}

function ActiveDraft({ draft, region, onDecided, onDone }: ActiveDraftProps) {
  const { t } = useTranslation(['drafts', 'common']);
  const feelingWord = useFeelingWord();
  const resolve = useResolveDraft();
  const ends = Date.parse(draft.availableAt);
  const [early, setEarly] = useState(false);
  const [phase, setPhase] = useState<Phase | null>(null);
  const now = useNow(phase === null);
  const waiting = phase === null && !early && now < ends;
  const [outcome, setOutcome] = useState<DraftOutcome | null>(null);
  const [rewrite, setRewrite] = useState(draft.text);
  const [copied, setCopied] = useState<string | null>(null);
  const canShare = typeof navigator.share === 'function';
  const pendingWith = resolve.isPending ? resolve.variables.outcome : null;
  // The rewrite form says its own failure, beside the words it keeps.
  const failed = resolve.error && resolve.variables?.outcome !== 'rewritten' ? failedText(resolve.error, t('page.failed')) : null;

  function decided(choice: DraftOutcome) {
    setOutcome(choice);
    setPhase('done');
    onDecided();
  }

  function decide(choice: DraftOutcome) {
    if (resolve.isPending) return;
    resolve.mutate({ id: draft.id, outcome: choice }, { onSuccess: () => decided(choice) });
  }

  async function copy(text: string) {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(t('draft.copied'));
    } catch {
      setCopied(t('draft.copyFailed'));
    }
  }

  async function share(text: string) {
    try {
      await navigator.share({ text });
    } catch {
      // Closing the share sheet is a fine choice too.
    }
  }

  async function send(how: 'copy' | 'share') {
    // The copy happens first, inside the tap, where browsers allow it.
    if (how === 'copy') await copy(draft.text);
    else await share(draft.text);
    decide('sent');
  }

  const total = draft.coolDownMinutes * 60;
  const remaining = Math.max(0, (ends - now) / 1000);

  return (
    <section className="card draft-card" aria-labelledby="draft-heading">
      <h2 id="draft-heading">
        {phase === 'done'
          ? t('draft.decided')
          : phase === 'rewriting'
            ? t('draft.rewriting')
            : waiting
              ? t('draft.waiting')
              : early
                ? t('draft.early')
                : t('draft.over')}
      </h2>
      {phase === 'rewriting' ? null : (
        <figure className="draft-quote">
          <blockquote>
            <p>{draft.text}</p>
          </blockquote>
          <figcaption className="muted">{t('draft.named', { feeling: feelingWord(draft.feeling) })}</figcaption>
        </figure>
      )}

      <p className="visually-hidden" aria-live="polite">
        {!waiting && !early && phase === null ? t('draft.overAnnounce') : ''}
      </p>
      {waiting ? (
        <>
          <TimerRing remaining={remaining} total={total} />
          <p>{t('draft.settle')}</p>
          <div className="actions actions-center">
            <Button onClick={() => setEarly(true)}>{t('draft.readyNow')}</Button>
          </div>
        </>
      ) : null}

      {!waiting && phase === null ? (
        <>
          <p>{early ? t('draft.earlyOk') : t('draft.gaveTime')}</p>
          <div className="decide-grid" role="group" aria-label={t('draft.choices')}>
            <div className="decide-option">
              <p className="decide-title">{t('draft.sendTitle')}</p>
              <p className="muted">{t('draft.sendHint')}</p>
              <div className="actions">
                <Button variant="primary" busy={pendingWith === 'sent'} busyLabel={t('common:oneMoment')} onClick={() => void send('copy')}>
                  {t('draft.copySend')}
                </Button>
                {canShare ? <Button onClick={() => void send('share')}>{t('draft.share')}</Button> : null}
              </div>
            </div>
            <div className="decide-option">
              <p className="decide-title">{t('draft.rewriteTitle')}</p>
              <p className="muted">{t('draft.rewriteHint')}</p>
              <Button onClick={() => setPhase('rewriting')}>{t('draft.rewrite')}</Button>
            </div>
            <div className="decide-option">
              <p className="decide-title">{t('draft.letGoTitle')}</p>
              <p className="muted">{t('draft.letGoHint')}</p>
              <Button busy={pendingWith === 'discarded'} busyLabel={t('common:oneMoment')} onClick={() => decide('discarded')}>
                {t('draft.letGo')}
              </Button>
            </div>
          </div>
        </>
      ) : null}

      {phase === 'rewriting' ? (
        <RewriteForm
          initial={rewrite}
          region={region}
          onKeep={async (text) => {
            await resolve.mutateAsync({ id: draft.id, outcome: 'rewritten' });
            setRewrite(text);
            decided('rewritten');
          }}
          // What was typed stays for the next visit to the rewrite, as it would in a box left open.
          onBack={(text) => {
            setRewrite(text);
            setPhase(null);
          }}
        />
      ) : null}

      {phase === 'done' ? (
        <>
          <p>{outcome === 'sent' ? t('done.sent') : outcome === 'rewritten' ? t('done.rewritten') : t('done.discarded')}</p>
          {outcome === 'rewritten' ? (
            <>
              <blockquote className="draft-quote">
                <p>{rewrite}</p>
              </blockquote>
              <div className="actions">
                <Button variant="primary" onClick={() => void copy(rewrite)}>
                  {t('done.copyRewrite')}
                </Button>
                <Button onClick={() => onDone({ text: rewrite, feeling: draft.feeling, coolDownMinutes: draft.coolDownMinutes })}>
                  {t('done.pauseAgain')}
                </Button>
              </div>
            </>
          ) : null}
          <div className="actions">
            <Button variant={outcome === 'rewritten' ? 'quiet' : 'primary'} onClick={() => onDone()}>
              {t('done.another')}
            </Button>
            <Link to="/cycles" className="button button-quiet">
              {t('done.logCycle')}
            </Link>
          </div>
        </>
      ) : null}
      <FormMessage message={failed ?? copied} tone={failed ? 'error' : 'info'} />
    </section>
  );
}

/** The rewrite follows a draft's own rules for its words, since it can be paused with again. */
const RewriteBody = CreateDraftBody.pick({ text: true });

interface RewriteFormProps {
  initial: string;
  region: string;
  /** Records the choice; throws ApiError on failure, so the new words stay in the box. */
  onKeep: (text: string) => Promise<void>;
  onBack: (text: string) => void;
}

function RewriteForm({ initial, region, onKeep, onBack }: RewriteFormProps) {
  const { t } = useTranslation(['drafts', 'common']);
  const form = useSteadyForm({
    schema: RewriteBody,
    defaultValues: { text: initial },
    fieldMessages: (v: { text: string }) => ({
      text: v.text.trim() ? t('compose.textTooLong', { max: DRAFT_TEXT_MAX }) : t('rewrite.missing'),
    }),
    invalidMessage: null,
    keptMessage: t('compose.kept'),
    onSubmit: (body) => onKeep(body.text),
  });
  return (
    <FormShell form={form} className="form">
      <CrisisAwareTextField
        label={t('rewrite.label')}
        hint={t('rewrite.hint')}
        error={form.errors.text}
        name="text"
        rows={5}
        maxLength={DRAFT_TEXT_MAX}
        value={form.values.text}
        onChange={(e) => form.set({ text: e.target.value })}
        region={region}
        where="writing"
      />
      <div className="actions">
        <Button type="submit" variant="primary" busy={form.busy} busyLabel={t('common:oneMoment')}>
          {t('rewrite.keep')}
        </Button>
        <Button onClick={() => onBack(form.values.text)}>{t('rewrite.back')}</Button>
      </div>
      <FormMessage message={form.notice?.text ?? null} tone={form.notice?.tone} />
    </FormShell>
  );
}

function OpenDrafts({ drafts, timeZone, onOpen }: { drafts: Draft[]; timeZone: string; onOpen: (id: string) => void }) {
  const { t } = useTranslation('drafts');
  const feelingWord = useFeelingWord();
  const remove = useRemoveDraft();
  const [removing, setRemoving] = useState<Draft | null>(null);
  const failed = remove.error ? failedText(remove.error, t('page.failed')) : null;
  return (
    <section className="card" aria-labelledby="open-drafts-heading">
      <h2 id="open-drafts-heading">{t('open.heading')}</h2>
      <ul className="open-drafts">
        {drafts.map((d) => (
          <li key={d.id} className="open-draft">
            <p className="open-draft-text">{d.text.length > 120 ? `${d.text.slice(0, 119)}…` : d.text}</p>
            <p className="muted">
              {t('open.written', { when: formatShortDateTime(d.createdAt, timeZone), feeling: feelingWord(d.feeling) })}
            </p>
            <div className="actions">
              <Button variant="primary" onClick={() => onOpen(d.id)}>
                {t('open.comeBack')}
              </Button>
              <Button variant="quiet" onClick={() => setRemoving(d)}>
                {t('open.remove')}
              </Button>
            </div>
          </li>
        ))}
      </ul>
      <FormMessage message={failed} tone="error" />
      <ConfirmDialog
        open={removing !== null}
        title={t('open.removeTitle')}
        confirmLabel={t('open.removeConfirm')}
        tone="danger"
        busy={remove.isPending}
        onCancel={() => setRemoving(null)}
        onConfirm={() => {
          if (removing) remove.mutate(removing.id, { onSettled: () => setRemoving(null) });
        }}
      >
        <p>{t('open.removeText')}</p>
      </ConfirmDialog>
    </section>
  );
}

function PauseInsights({ data }: { data: DraftInsights }) {
  const { t } = useTranslation('drafts');
  const count = (n: number) => n.toLocaleString(formatLocale());
  return (
    <section className="card pause-insights" aria-labelledby="pause-insights-heading">
      <h2 id="pause-insights-heading">{t('insights.heading')}</h2>
      {data.decided === 0 ? (
        <p>{t('insights.none')}</p>
      ) : (
        <>
          <p className="pause-insights-lead">
            {data.changed === 0
              ? t('insights.unchanged', { decided: data.decided })
              : t('insights.changed', { changed: data.changed, decided: data.decided })}
          </p>
          <dl className="typical">
            <div>
              <dt>{t('insights.letGo')}</dt>
              <dd>{count(data.discarded)}</dd>
            </div>
            <div>
              <dt>{t('insights.rewritten')}</dt>
              <dd>{count(data.rewritten)}</dd>
            </div>
            <div>
              <dt>{t('insights.sent')}</dt>
              <dd>{count(data.sent)}</dd>
            </div>
            <div>
              <dt>{t('insights.early')}</dt>
              <dd>{count(data.early)}</dd>
            </div>
          </dl>
          <p className="muted">{t('insights.neverFailure')}</p>
        </>
      )}
    </section>
  );
}
