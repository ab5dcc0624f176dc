import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { AgreementTerms, type AgreementResponse, type AgreementVersion } from '../../../contracts/pair/agreement.js';
import type { Pair } from '../../../contracts/pair/pair.js';
import { readRule, RHYTHM_CHOICES, ruleFor, type RhythmChoice } from '../../../core/pair/rhythm-choices.js';
import { useUser } from '../../auth/session.js';
import { Button } from '../../components/Button.js';
import { CrisisAwareTextField } from '../../components/CrisisAwareTextField.js';
import { SelectField, TextAreaField, TextField } from '../../components/Field.js';
import { FormMessage } from '../../components/FormMessage.js';
import { ItemPending } from '../../components/ItemStates.js';
import { Page } from '../../components/Page.js';
import { FormShell } from '../../forms/FormShell.js';
import { useSteadyForm } from '../../forms/useSteadyForm.js';
import { useTranslation } from '../../i18n/i18n.js';
import { formatShortDateTime } from '../../lib/dates.js';
import { timeZoneLabel, timeZoneOptions } from '../../lib/timeZones.js';
import { pairKeys, useAcceptAgreement, useAgreement, useProposeAgreement } from './queries.js';
import { NotLinkedNotice } from './NotLinkedNotice.js';
import { useDescribeRule } from './rhythm.js';
import { useActionForm } from './useActionForm.js';
import { loaded } from '../../query/loaded.js';
import { useLiveEvents } from '../../live/useLiveEvents.js';

/** The reassurance agreement: what is in force, a proposal waiting, a form to propose, the history. */
export function AgreementPage() {
  const { t } = useTranslation('pair');
  const query = useAgreement();
  const load = loaded(query);
  // The partner's changes arrive while this is open (live/invalidation.ts marks what they change).
  useLiveEvents(['agreement.proposed', 'agreement.accepted', 'pair.ended']);
  if (load.status !== 'ready')
    return (
      <ItemPending title={t('agreement.title')} error={load.status === 'error' ? load.message : null} retry={() => void query.refetch()} />
    );
  if (!load.data) return <NotLinkedNotice title={t('agreement.title')} />;
  return <AgreementView pair={load.data.pair} agreement={load.data.agreement} />;
}

function Terms({ terms }: { terms: AgreementTerms }) {
  const { t } = useTranslation('pair');
  const describeRule = useDescribeRule();
  return (
    <dl className="pair-terms">
      <dt>{t('agreement.terms.checkIns')}</dt>
      <dd>
        {t('agreement.terms.checkInsValue', {
          rule: describeRule(terms.checkInRule),
          minutes: terms.checkInMinutes,
          timeZone: timeZoneLabel(terms.timeZone),
        })}
      </dd>
      <dt>{t('agreement.terms.requests')}</dt>
      <dd>{t('agreement.terms.requestsValue', { cap: terms.dailyRequestCap })}</dd>
      <dt>{t('agreement.terms.request')}</dt>
      <dd>{t('agreement.terms.quoted', { text: terms.requestTemplate })}</dd>
      <dt>{t('agreement.terms.acknowledgment')}</dt>
      <dd>{t('agreement.terms.quoted', { text: terms.acknowledgmentTemplate })}</dd>
    </dl>
  );
}

function AgreementView({ pair, agreement }: { pair: Pair; agreement: AgreementResponse }) {
  const { t } = useTranslation('pair');
  const user = useUser();
  const describeRule = useDescribeRule();
  const partner = pair.partner.displayName;
  const { pending, current } = agreement;
  // What went through last (accepted, proposed); a refusal is the accept form's own sentence.
  const [said, setSaid] = useState<string | null>(null);
  const client = useQueryClient();
  const acceptAgreement = useAcceptAgreement();
  const accept = useActionForm(async (version: number) => {
    setSaid(null);
    try {
      await acceptAgreement(version);
    } catch (err) {
      // Turned down (a newer proposal, say): show what now stands.
      void client.invalidateQueries({ queryKey: pairKeys.agreement() });
      throw err;
    }
    setSaid(t('agreement.accepted', { version }));
  });
  const who = (v: AgreementVersion) => (v.proposedBy === user.id ? t('agreement.you') : partner);

  return (
    <Page title={t('agreement.title')} heading={t('agreement.heading')} lead={t('agreement.lead', { partner })} className="pair">
      <p>
        <Link to="/pair">{t('agreement.back')}</Link>
      </p>
      <FormMessage message={accept.notice?.text ?? said} />
      {pending ? (
        <section className="card" aria-labelledby="pending-heading">
          <h2 id="pending-heading">
            {pending.proposedBy === user.id
              ? t('agreement.waitingFor', { partner })
              : t('agreement.proposed', { partner, version: pending.version })}
          </h2>
          <Terms terms={pending.terms} />
          {pending.proposedBy === user.id ? (
            <p>{t('agreement.appliesOnce', { partner })}</p>
          ) : (
            <div className="actions">
              <Button
                variant="primary"
                busy={accept.busy}
                busyLabel={t('agreement.accepting')}
                onClick={() => void accept.submitWith(pending.version)}
              >
                {t('agreement.accept', { version: pending.version })}
              </Button>
            </div>
          )}
        </section>
      ) : null}

      <section className="card" aria-labelledby="current-heading">
        <h2 id="current-heading">{current ? t('agreement.inForce', { version: current.version }) : t('agreement.inForceStarting')}</h2>
        {current ? null : <p>{t('agreement.defaults')}</p>}
        <Terms terms={agreement.effective} />
      </section>

      <ProposeForm
        key={pending?.version ?? current?.version ?? 0}
        start={pending?.terms ?? agreement.effective}
        phrasings={agreement.acknowledgmentPhrasings}
        partner={partner}
        onProposed={(v) => {
          setSaid(t('agreement.proposedDone', { version: v, partner }));
        }}
      />

      {agreement.history.length > 0 ? (
        <section className="card" aria-labelledby="history-heading">
          <h2 id="history-heading">{t('agreement.history')}</h2>
          <ol className="pair-history" reversed>
            {agreement.history.map((v) => (
              <li key={v.version}>
                {t('agreement.historyLine', {
                  version: v.version,
                  who: who(v),
                  when: formatShortDateTime(v.proposedAt, user.timeZone),
                  status: t(`agreement.status.${v.status}`),
                  accepted: v.acceptedAt ? t('agreement.acceptedOn', { when: formatShortDateTime(v.acceptedAt, user.timeZone) }) : '',
                  rule: describeRule(v.terms.checkInRule),
                  minutes: v.terms.checkInMinutes,
                  cap: v.terms.dailyRequestCap,
                })}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </Page>
  );
}

interface Draft {
  choice: RhythmChoice | 'custom';
  time: string;
  customRule: string;
  minutes: string;
  timeZone: string;
  cap: string;
  requestTemplate: string;
  acknowledgmentTemplate: string;
}

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
  const { t } = useTranslation('pair');
  const user = useUser();
  const proposeAgreement = useProposeAgreement();
  const read = readRule(start.checkInRule);
  const form = useSteadyForm({
    schema: AgreementTerms,
    defaultValues: {
      choice: read?.choice ?? 'custom',
      time: read?.time ?? '20:00',
      customRule: start.checkInRule,
      minutes: String(start.checkInMinutes),
      timeZone: start.timeZone,
      cap: String(start.dailyRequestCap),
      requestTemplate: start.requestTemplate,
      acknowledgmentTemplate: start.acknowledgmentTemplate,
    },
    toBody: (v: Draft) => ({
      checkInRule: v.choice === 'custom' ? v.customRule : ruleFor(v.choice, v.time),
      checkInMinutes: Number(v.minutes),
      timeZone: v.timeZone,
      dailyRequestCap: Number(v.cap),
      requestTemplate: v.requestTemplate,
      acknowledgmentTemplate: v.acknowledgmentTemplate,
    }),
    onSubmit: async (body) => {
      const res = await proposeAgreement(body);
      onProposed(res.version);
    },
  });
  const { values, errors, set } = form;

  return (
    <section className="card" aria-labelledby="propose-heading">
      <h2 id="propose-heading">{t('propose.heading')}</h2>
      <p>{t('propose.text', { partner })}</p>
      <FormShell form={form} className="form">
        <SelectField
          label={t('propose.rhythm')}
          name="rhythm"
          value={values.choice}
          onChange={(e) => set({ choice: e.target.value as Draft['choice'] })}
        >
          {(Object.keys(RHYTHM_CHOICES) as RhythmChoice[]).map((c) => (
            <option key={c} value={c}>
              {t(`rhythm.${c}`)}
            </option>
          ))}
          <option value="custom">{t('propose.custom')}</option>
        </SelectField>
        {values.choice === 'custom' ? (
          <TextField
            label={t('propose.rule')}
            hint={t('propose.ruleHint')}
            name="checkInRule"
            spellCheck={false}
            value={values.customRule}
            onChange={(e) => set({ customRule: e.target.value })}
            error={errors.checkInRule}
          />
        ) : (
          <TextField
            label={t('propose.at')}
            type="time"
            name="checkInRule"
            value={values.time}
            onChange={(e) => set({ time: e.target.value })}
            error={errors.checkInRule}
          />
        )}
        <TextField
          label={t('propose.minutes')}
          type="number"
          inputMode="numeric"
          min={5}
          max={120}
          name="checkInMinutes"
          value={values.minutes}
          onChange={(e) => set({ minutes: e.target.value })}
          error={errors.checkInMinutes}
        />
        <SelectField
          label={t('propose.timeZone')}
          name="timeZone"
          value={values.timeZone}
          onChange={(e) => set({ timeZone: e.target.value })}
          error={errors.timeZone}
        >
          {timeZoneOptions(values.timeZone).map((z) => (
            <option key={z.zone} value={z.zone}>
              {z.label}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t('propose.cap')}
          hint={t('propose.capHint')}
          type="number"
          inputMode="numeric"
          min={0}
          max={5}
          name="dailyRequestCap"
          value={values.cap}
          onChange={(e) => set({ cap: e.target.value })}
          error={errors.dailyRequestCap}
        />
        <TextAreaField
          label={t('propose.request')}
          name="requestTemplate"
          rows={3}
          value={values.requestTemplate}
          onChange={(e) => set({ requestTemplate: e.target.value })}
          error={errors.requestTemplate}
        />
        <CrisisAwareTextField
          label={t('propose.acknowledgment')}
          hint={t('propose.acknowledgmentHint')}
          id="acknowledgment-template"
          name="acknowledgmentTemplate"
          rows={3}
          value={values.acknowledgmentTemplate}
          onChange={(e) => set({ acknowledgmentTemplate: e.target.value })}
          error={errors.acknowledgmentTemplate}
          region={user.region}
          where="writing"
          alsoWatch={values.requestTemplate}
          below={
            <div className="pair-phrasings">
              <p className="field-hint">{t('propose.phrasings')}</p>
              <ul>
                {phrasings.map((p) => (
                  <li key={p}>
                    <button
                      type="button"
                      className="button button-quiet pair-phrasing"
                      aria-pressed={values.acknowledgmentTemplate === p}
                      onClick={() => set({ acknowledgmentTemplate: p })}
                    >
                      {p}
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          }
        />
        <FormMessage message={form.notice?.text ?? null} tone="error" />
        <div className="actions">
          <Button type="submit" variant="primary" busy={form.busy} busyLabel={t('propose.busy')}>
            {t('propose.submit', { partner })}
          </Button>
        </div>
      </FormShell>
    </section>
  );
}
