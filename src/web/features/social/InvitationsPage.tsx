import { useState } from 'react';
import {
  CreateInvitationBody,
  INVITATION_IDEAS,
  INVITATION_NOTE_MAX,
  INVITATION_STATUSES,
  INVITATION_SUGGESTIONS,
  INVITATION_TEXT_MAX,
  type Invitation,
  type InvitationIdea,
  type InvitationSummary,
  type InvitationStatus,
} from '../../../contracts/social/invitations.js';
import { useUser } from '../../auth/session.js';
import { Button } from '../../components/Button.js';
import { CrisisAwareTextField } from '../../components/CrisisAwareTextField.js';
import { Field } from '../../components/Field.js';
import { FormMessage } from '../../components/FormMessage.js';
import { Loading } from '../../components/Loading.js';
import { Page } from '../../components/Page.js';
import { FormShell } from '../../forms/FormShell.js';
import { useSteadyForm } from '../../forms/useSteadyForm.js';
import { formatLocale, useTranslation } from '../../i18n/i18n.js';
import { formatNumber } from '../../lib/dates.js';
import { loaded, type Loaded } from '../../query/loaded.js';
import { failure, usePeople } from './queries.js';
import { PeopleLinks } from './PeopleLinks.js';
import { useCreateInvitation, useInvitationSummary, useInvitations, useUpdateInvitation } from './socialQueries.js';
import type { SocialT } from './words.js';

interface Values {
  idea: InvitationIdea;
  text: string;
  personId: string;
  note: string;
}

const EMPTY: Values = { idea: 'walk', text: '', personId: '', note: '' };

/** The contract's ideas to start from, in the person's language (saved as shown, as if typed). */
function suggestions(t: SocialT, idea: InvitationIdea): string[] {
  return INVITATION_SUGGESTIONS[idea].map((_, i) => t(`invitations.suggestion.${idea}.${i as 0 | 1}` as never));
}

/** What the outcomes add up to, in the words the server would use, from the same counts. */
export function invitationNote(t: SocialT, s: InvitationSummary): string {
  const accepted = s.byStatus.accepted;
  const notNow = s.byStatus.declined + s.byStatus.noAnswer;
  if (s.withOutcome === 0) return t('invitations.outcome.none');
  if (notNow === 0) return t('invitations.outcome.allYes', { accepted });
  return t('invitations.outcome.mixed', { accepted, notNow });
}

/** Small, low-stakes invitations: ideas to pick, where each one stands, and what the outcomes add up to. */
export function InvitationsPage() {
  const { t } = useTranslation('social');
  const user = useUser();
  const list = loaded(useInvitations());
  const summary = loaded(useInvitationSummary());
  const people = loaded(usePeople());
  const createInvitation = useCreateInvitation();
  const [serverCrisis, setServerCrisis] = useState(false);
  const names = new Map((people.status === 'ready' ? people.data : []).map((p) => [p.id, p.name]));
  const form = useSteadyForm({
    schema: CreateInvitationBody,
    defaultValues: EMPTY,
    toBody: (v) => ({ idea: v.idea, text: v.text, personId: v.personId || null, note: v.note.trim() ? v.note : null }),
    fieldMessages: (v) => ({
      text: v.text.trim() ? t('invitations.textLong', { max: INVITATION_TEXT_MAX }) : t('invitations.textMissing'),
      note: t('invitations.noteLong', { max: INVITATION_NOTE_MAX }),
    }),
    invalidMessage: t('checkAgain'),
    keptMessage: t('keptWords'),
    onSubmit: async (body) => {
      const res = await createInvitation(body);
      setServerCrisis(res.safety.crisis);
      form.reset({ ...form.values, text: '', note: '' });
      form.setNotice({ text: t('invitations.saved'), tone: 'success' });
    },
  });
  const { values, errors, set: update } = form;
  const ideas = suggestions(t, values.idea);

  return (
    <Page title={t('invitations.title')} lead={t('invitations.lead')} className="people invitations">
      <PeopleLinks />
      <SummaryCard state={summary} />

      <section className="card" aria-labelledby="new-invitation-heading">
        <h2 id="new-invitation-heading">{t('invitations.plan')}</h2>
        <FormShell form={form} className="form">
          <fieldset className="field">
            <legend className="field-label">{t('invitations.kind')}</legend>
            <div className="choice-row">
              {INVITATION_IDEAS.map((i) => (
                <label key={i} className="choice">
                  <input type="radio" name="idea" checked={values.idea === i} onChange={() => update({ idea: i })} />
                  {t(`invitations.idea.${i}`)}
                </label>
              ))}
            </div>
          </fieldset>
          {ideas.length ? (
            <div className="field">
              <p className="field-label-small" id="idea-suggestions">
                {t('invitations.ideas')}
              </p>
              <ul className="toggle-chips" aria-labelledby="idea-suggestions">
                {ideas.map((s) => (
                  <li key={s}>
                    <button type="button" className="toggle-chip" aria-pressed={values.text === s} onClick={() => update({ text: s })}>
                      {s}
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          <Field label={t('invitations.text')} error={errors.text}>
            {(a11y) => (
              <input
                {...a11y}
                name="text"
                className="input"
                maxLength={INVITATION_TEXT_MAX}
                value={values.text}
                onChange={(e) => update({ text: e.target.value })}
              />
            )}
          </Field>
          <Field label={t('invitations.who')} optional error={errors.personId}>
            {(a11y) => (
              <select
                {...a11y}
                name="personId"
                className="input select"
                value={values.personId}
                onChange={(e) => update({ personId: e.target.value })}
              >
                <option value="">{t('invitations.undecided')}</option>
                {(people.status === 'ready' ? [...people.data].sort((a, b) => a.name.localeCompare(b.name, formatLocale())) : []).map(
                  (p) => (
                    <option key={p.id} value={p.id}>
                      {p.name}
                    </option>
                  ),
                )}
              </select>
            )}
          </Field>
          <CrisisAwareTextField
            multiline={false}
            label={t('invitations.note')}
            optional
            error={errors.note}
            name="note"
            maxLength={INVITATION_NOTE_MAX}
            value={values.note}
            onChange={(e) => update({ note: e.target.value })}
            alsoWatch={values.text}
            region={user.region}
            flagged={serverCrisis}
          />
          <div className="actions">
            <Button type="submit" variant="primary" busy={form.busy} busyLabel={t('saving')}>
              {t('invitations.save')}
            </Button>
          </div>
          <FormMessage message={form.notice?.text ?? null} tone={form.notice?.tone ?? 'info'} />
        </FormShell>
      </section>

      <section aria-labelledby="invitations-heading" className="interaction-history">
        <h2 id="invitations-heading">{t('invitations.yours')}</h2>
        {list.status === 'loading' ? <Loading /> : null}
        {list.status === 'error' ? <p className="notice notice-error">{list.message}</p> : null}
        {list.status === 'ready' && list.data.length === 0 ? <p className="muted">{t('invitations.empty')}</p> : null}
        {list.status === 'ready' && list.data.length ? (
          <ul className="moment-list" aria-label={t('invitations.label')}>
            {list.data.map((inv) => (
              <InvitationItem key={inv.id} invitation={inv} who={inv.personId ? (names.get(inv.personId) ?? null) : null} />
            ))}
          </ul>
        ) : null}
      </section>
    </Page>
  );
}

function InvitationItem({ invitation, who }: { invitation: Invitation; who: string | null }) {
  const { t } = useTranslation('social');
  const update = useUpdateInvitation();
  const selectId = `status-${invitation.id}`;
  return (
    <li className="moment invitation">
      <p className="moment-head">
        <span className={`stage-badge status-${invitation.status}`}>{t(`invitations.status.${invitation.status}`)}</span>
        <span>{invitation.text}</span>
      </p>
      {who ? <p className="muted">{t('invitations.for', { name: who })}</p> : null}
      {invitation.note ? <p className="moment-note">{invitation.note}</p> : null}
      <div className="field-inline">
        <label htmlFor={selectId} className="field-label-small">
          {t('invitations.stands')}
          <span className="visually-hidden">{t('invitations.standsWhat', { x: invitation.text })}</span>
        </label>
        <select
          id={selectId}
          className="input select input-auto"
          value={invitation.status}
          onChange={(e) => update.mutate({ id: invitation.id, status: e.target.value as InvitationStatus })}
        >
          {INVITATION_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`invitations.status.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <FormMessage message={failure(update.error)} tone="error" />
    </li>
  );
}

function SummaryCard({ state }: { state: Loaded<InvitationSummary> }) {
  const { t } = useTranslation('social');
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') return <p className="notice notice-error">{state.message}</p>;
  if (state.status !== 'ready') return null;
  const s = state.data;
  return (
    <section className="card" aria-labelledby="invitation-summary-heading">
      <h2 id="invitation-summary-heading">{t('invitations.summary')}</h2>
      {s.withOutcome === 0 ? (
        <p>{t('invitations.noOutcome')}</p>
      ) : (
        <p className="big-number">
          {s.acceptanceRate !== null && s.enoughData
            ? t('invitations.acceptedRate', {
                accepted: s.byStatus.accepted,
                of: s.withOutcome,
                rate: formatNumber(s.acceptanceRate, { style: 'percent', maximumFractionDigits: 0 }),
              })
            : t('invitations.accepted', { accepted: s.byStatus.accepted, of: s.withOutcome })}
        </p>
      )}
      {!s.enoughData && s.withOutcome > 0 ? <p className="muted">{t('invitations.fewAnswers')}</p> : null}
      <p>{invitationNote(t, s)}</p>
      {s.months.length ? (
        // Five columns need more than a phone's width: the table scrolls in its own box, never the page;
        // it takes focus so a keyboard can scroll it too.
        <div className="table-scroll" role="region" aria-label={t('invitations.byMonth')} tabIndex={0}>
          <table className="data-table">
            <caption className="visually-hidden">{t('invitations.byMonth')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('invitations.month')}</th>
                <th scope="col">{t('invitations.made')}</th>
                <th scope="col">{t('invitations.status.accepted')}</th>
                <th scope="col">{t('invitations.status.declined')}</th>
                <th scope="col">{t('invitations.noAnswer')}</th>
              </tr>
            </thead>
            <tbody>
              {s.months.map((m) => (
                <tr key={m.month}>
                  <td>{monthWords(m.month)}</td>
                  <td>{m.made}</td>
                  <td>{m.accepted}</td>
                  <td>{m.declined}</td>
                  <td>{m.noAnswer}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}

export function monthWords(month: string): string {
  return new Intl.DateTimeFormat(formatLocale(), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${month}-15T12:00:00Z`),
  );
}
