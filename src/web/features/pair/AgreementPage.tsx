import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { AgreementTerms, type AgreementResponse, type AgreementVersion } from '../../../contracts/agreement.js';
import type { Pair } from '../../../contracts/pair.js';
import { describeRule, readRule, RHYTHM_CHOICES, ruleFor, type RhythmChoice } from '../../../core/pair/rhythm-choices.js';
import { ApiError } from '../../api/client.js';
import { useUser } from '../../auth/session.js';
import { Button } from '../../components/Button.js';
import { SelectField, TextAreaField, TextField } from '../../components/Field.js';
import { FormMessage } from '../../components/FormMessage.js';
import { ItemPending } from '../../components/ItemStates.js';
import { Page } from '../../components/Page.js';
import { formatShortDateTime } from '../../lib/dates.js';
import { timeZoneLabel, timeZoneOptions } from '../../lib/timeZones.js';
import { focusFirstError, validate, type FieldErrors } from '../../lib/validate.js';
import { pairKeys, useAcceptAgreement, useAgreement, useProposeAgreement } from './queries.js';
import { NotLinkedNotice } from './NotLinkedNotice.js';
import { loaded } from '../../query/loaded.js';
import { useLiveEvents } from '../../live/useLiveEvents.js';

/** The reassurance agreement: what is in force, a proposal waiting, a form to propose, the history. */
export function AgreementPage() {
  const query = useAgreement();
  const load = loaded(query);
  // The partner's changes arrive while this is open (live/invalidation.ts marks what they change).
  useLiveEvents(['agreement.proposed', 'agreement.accepted', 'pair.ended']);
  if (load.status !== 'ready')
    return <ItemPending title="Agreement" error={load.status === 'error' ? load.message : null} retry={() => void query.refetch()} />;
  if (!load.data) return <NotLinkedNotice title="Agreement" />;
  return <AgreementView pair={load.data.pair} agreement={load.data.agreement} />;
}

function Terms({ terms }: { terms: AgreementTerms }) {
  return (
    <dl className="pair-terms">
      <dt>Check-ins</dt>
      <dd>
        {describeRule(terms.checkInRule)}, {terms.checkInMinutes} minutes ({timeZoneLabel(terms.timeZone)})
      </dd>
      <dt>Requests outside check-ins</dt>
      <dd>Up to {terms.dailyRequestCap} a day</dd>
      <dt>How a request sounds</dt>
      <dd>“{terms.requestTemplate}”</dd>
      <dt>How an acknowledgment sounds</dt>
      <dd>“{terms.acknowledgmentTemplate}”</dd>
    </dl>
  );
}

function AgreementView({ pair, agreement }: { pair: Pair; agreement: AgreementResponse }) {
  const user = useUser();
  const partner = pair.partner.displayName;
  const { pending, current } = agreement;
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const client = useQueryClient();
  const acceptAgreement = useAcceptAgreement();
  const who = (v: AgreementVersion) => (v.proposedBy === user.id ? 'you' : partner);

  async function accept(version: number) {
    setBusy(true);
    setMessage(null);
    try {
      await acceptAgreement(version);
      setMessage(`Accepted. Version ${version} is now your agreement.`);
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      setMessage(err.friendly);
      // Turned down (a newer proposal, say): show what now stands.
      void client.invalidateQueries({ queryKey: pairKeys.agreement() });
    } finally {
      setBusy(false);
    }
  }

  return (
    <Page
      title="Agreement"
      heading="Your reassurance agreement"
      lead={`What you and ${partner} agreed about asking for reassurance: when you check in, how often to ask in between, and how it sounds. Any change needs you both.`}
      className="pair"
    >
      <p>
        <Link to="/pair">Back to your pair space</Link>
      </p>
      <FormMessage message={message} />
      {pending ? (
        <section className="card" aria-labelledby="pending-heading">
          <h2 id="pending-heading">
            {pending.proposedBy === user.id ? `Waiting for ${partner}` : `${partner} proposed version ${pending.version}`}
          </h2>
          <Terms terms={pending.terms} />
          {pending.proposedBy === user.id ? (
            <p>It applies once {partner} accepts it. You can still propose something else below.</p>
          ) : (
            <div className="actions">
              <Button variant="primary" busy={busy} busyLabel="Accepting…" onClick={() => void accept(pending.version)}>
                Accept version {pending.version}
              </Button>
            </div>
          )}
        </section>
      ) : null}

      <section className="card" aria-labelledby="current-heading">
        <h2 id="current-heading">{current ? `In force: version ${current.version}` : 'In force: the starting agreement'}</h2>
        {current ? null : <p>These gentle defaults apply until you both accept an agreement of your own.</p>}
        <Terms terms={agreement.effective} />
      </section>

      <ProposeForm
        key={pending?.version ?? current?.version ?? 0}
        start={pending?.terms ?? agreement.effective}
        phrasings={agreement.acknowledgmentPhrasings}
        partner={partner}
        onProposed={(v) => {
          setMessage(`Version ${v} is proposed. It applies once ${partner} accepts it.`);
        }}
      />

      {agreement.history.length > 0 ? (
        <section className="card" aria-labelledby="history-heading">
          <h2 id="history-heading">History</h2>
          <ol className="pair-history" reversed>
            {agreement.history.map((v) => (
              <li key={v.version}>
                Version {v.version}, proposed by {who(v)} on {formatShortDateTime(v.proposedAt, user.timeZone)}:{' '}
                {v.status === 'accepted'
                  ? 'in force'
                  : v.status === 'superseded'
                    ? 'was in force until a newer version'
                    : v.status === 'replaced'
                      ? 'a newer proposal took its place'
                      : 'waiting'}
                {v.acceptedAt ? `, accepted ${formatShortDateTime(v.acceptedAt, user.timeZone)}` : ''}. {describeRule(v.terms.checkInRule)},{' '}
                {v.terms.checkInMinutes} minutes, up to {v.terms.dailyRequestCap} a day.
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </Page>
  );
}

const ORDER = ['checkInRule', 'checkInMinutes', 'timeZone', 'dailyRequestCap', 'requestTemplate', 'acknowledgmentTemplate'] as const;

function ProposeForm({
  start,
  phrasings,
  partner,
  onProposed,
}: {
  start: AgreementTerms;
  phrasings: string[];
  partner: string;
  onProposed: (version: number) => void;
}) {
  const proposeAgreement = useProposeAgreement();
  const read = readRule(start.checkInRule);
  const [choice, setChoice] = useState<RhythmChoice | 'custom'>(read?.choice ?? 'custom');
  const [time, setTime] = useState(read?.time ?? '20:00');
  const [customRule, setCustomRule] = useState(start.checkInRule);
  const [minutes, setMinutes] = useState(String(start.checkInMinutes));
  const [timeZone, setTimeZone] = useState(start.timeZone);
  const [cap, setCap] = useState(String(start.dailyRequestCap));
  const [requestTemplate, setRequestTemplate] = useState(start.requestTemplate);
  const [ackTemplate, setAckTemplate] = useState(start.acknowledgmentTemplate);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const checked = validate(AgreementTerms, {
      checkInRule: choice === 'custom' ? customRule : ruleFor(choice, time),
      checkInMinutes: Number(minutes),
      timeZone,
      dailyRequestCap: Number(cap),
      requestTemplate,
      acknowledgmentTemplate: ackTemplate,
    });
    if (!checked.ok) {
      setErrors(checked.errors);
      focusFirstError(form, ORDER, checked.errors);
      return;
    }
    setBusy(true);
    setErrors({});
    setMessage(null);
    try {
      const res = await proposeAgreement(checked.data);
      onProposed(res.version);
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      setErrors(err.fieldErrors);
      setMessage(err.friendly);
      focusFirstError(form, ORDER, err.fieldErrors);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card" aria-labelledby="propose-heading">
      <h2 id="propose-heading">Propose a change</h2>
      <p>Talk it over first if you can. {partner} sees your proposal and can accept it; until then the current agreement stays.</p>
      <form className="form" noValidate onSubmit={(e) => void submit(e)}>
        <SelectField
          label="How often you check in"
          name="rhythm"
          value={choice}
          onChange={(e) => setChoice(e.target.value as RhythmChoice | 'custom')}
        >
          {(Object.keys(RHYTHM_CHOICES) as RhythmChoice[]).map((c) => (
            <option key={c} value={c}>
              {RHYTHM_CHOICES[c].label}
            </option>
          ))}
          <option value="custom">Another rhythm (write a rule)</option>
        </SelectField>
        {choice === 'custom' ? (
          <TextField
            label="Rule"
            hint="An iCalendar RRULE, such as FREQ=WEEKLY;BYDAY=TU,FR;BYHOUR=19;BYMINUTE=30. At most three check-ins a day."
            name="checkInRule"
            spellCheck={false}
            value={customRule}
            onChange={(e) => setCustomRule(e.target.value)}
            error={errors.checkInRule}
          />
        ) : (
          <TextField
            label="At"
            type="time"
            name="checkInRule"
            value={time}
            onChange={(e) => setTime(e.target.value)}
            error={errors.checkInRule}
          />
        )}
        <TextField
          label="Minutes each check-in lasts"
          type="number"
          inputMode="numeric"
          min={5}
          max={120}
          name="checkInMinutes"
          value={minutes}
          onChange={(e) => setMinutes(e.target.value)}
          error={errors.checkInMinutes}
        />
        <SelectField
          label="Time zone the times are in"
          name="timeZone"
          value={timeZone}
          onChange={(e) => setTimeZone(e.target.value)}
          error={errors.timeZone}
        >
          {timeZoneOptions(timeZone).map((z) => (
            <option key={z} value={z}>
              {timeZoneLabel(z)}
            </option>
          ))}
        </SelectField>
        <TextField
          label="Reassurance requests a day outside check-ins"
          hint="Counted by the day in your shared time zone. Zero is fine too: everything waits for the check-in."
          type="number"
          inputMode="numeric"
          min={0}
          max={5}
          name="dailyRequestCap"
          value={cap}
          onChange={(e) => setCap(e.target.value)}
          error={errors.dailyRequestCap}
        />
        <TextAreaField
          label="How a request sounds"
          name="requestTemplate"
          rows={3}
          value={requestTemplate}
          onChange={(e) => setRequestTemplate(e.target.value)}
          error={errors.requestTemplate}
        />
        <TextAreaField
          label="How an acknowledgment sounds"
          hint="One brief acknowledgment, then back to the person’s own coping plan."
          id="acknowledgment-template"
          name="acknowledgmentTemplate"
          rows={3}
          value={ackTemplate}
          onChange={(e) => setAckTemplate(e.target.value)}
          error={errors.acknowledgmentTemplate}
        />
        <div className="pair-phrasings">
          <p className="field-hint">Or start from one of these:</p>
          <ul>
            {phrasings.map((p) => (
              <li key={p}>
                <button
                  type="button"
                  className="button button-quiet pair-phrasing"
                  aria-pressed={ackTemplate === p}
                  onClick={() => setAckTemplate(p)}
                >
                  {p}
                </button>
              </li>
            ))}
          </ul>
        </div>
        <FormMessage message={message} tone="error" />
        <div className="actions">
          <Button type="submit" variant="primary" busy={busy} busyLabel="Proposing…">
            Propose to {partner}
          </Button>
        </div>
      </form>
    </section>
  );
}
