import { useMemo, useState } from 'react';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import {
  CHANNELS,
  CreateInteractionBody,
  HELP_MAX,
  INITIATORS,
  REFLECTION_MAX,
  type Interaction,
} from '../../../contracts/social/interactions.js';
import type { Person } from '../../../contracts/social/people.js';
import { useUser } from '../../auth/session.js';
import { Button } from '../../components/Button.js';
import { CrisisAwareTextField } from '../../components/CrisisAwareTextField.js';
import { Field } from '../../components/Field.js';
import { FormMessage } from '../../components/FormMessage.js';
import { Loading } from '../../components/Loading.js';
import { Page } from '../../components/Page.js';
import { FormShell } from '../../forms/FormShell.js';
import { useSteadyForm } from '../../forms/useSteadyForm.js';
import { Trans, formatLocale, useTranslation } from '../../i18n/i18n.js';
import { localInputValue } from '../../lib/dates.js';
import { loaded } from '../../query/loaded.js';
import { useCreateInteraction, useInteraction, usePeople, useUpdateInteraction } from './queries.js';
import { FiveScale } from './FiveScale.js';

/** The box's class: not words, so kept out of the markup the text lint reads. */
const SHORT_BOX = 'input textarea textarea-short';

/** Offered as chips; the one chosen is saved in the words shown, as if typed. */
const TOPIC_IDEAS = ['catchingUp', 'plans', 'work', 'familyNews', 'sharedInterest', 'somethingHard', 'laugh'] as const;

type Help = { tick: boolean; text: string };

interface Values {
  personIds: string[];
  when: string;
  channel: Interaction['channel'];
  initiatedBy: Interaction['initiatedBy'];
  minutes: string;
  warmth: number;
  support: number;
  gave: Help;
  received: Help;
  topics: string[];
  typed: string;
  reflection: string;
}

const helpFrom = (v: boolean | string): Help => (typeof v === 'string' ? { tick: v !== '', text: v } : { tick: v, text: '' });
const helpTo = (h: Help): boolean | string => (h.tick ? h.text.trim() || true : false);

function fromInteraction(i: Interaction | null, personIds: string[]): Values {
  if (!i) {
    return {
      personIds,
      when: localInputValue(new Date()),
      channel: 'in-person',
      initiatedBy: 'mutual',
      minutes: '',
      warmth: 3,
      support: 3,
      gave: { tick: false, text: '' },
      received: { tick: false, text: '' },
      topics: [],
      typed: '',
      reflection: '',
    };
  }
  return {
    personIds: i.personIds,
    when: localInputValue(new Date(i.occurredAt)),
    channel: i.channel,
    initiatedBy: i.initiatedBy,
    minutes: i.minutes === null ? '' : String(i.minutes),
    warmth: i.warmth,
    support: i.support,
    gave: helpFrom(i.gave),
    received: helpFrom(i.received),
    topics: i.topics,
    typed: '',
    reflection: i.reflection ?? '',
  };
}

/** The full log of time together: who, how, how it felt, and what was given and received. */
export function LogInteractionPage() {
  const { t } = useTranslation('social');
  const [params] = useSearchParams();
  const location = useLocation();
  const editId = params.get('edit');
  const passed = (location.state as { interaction?: Interaction } | null)?.interaction ?? null;
  const people = loaded(usePeople());
  const editing = loaded(useInteraction(editId, passed));

  const title = editId ? t('log.changeTitle') : t('people.log');
  if (people.status === 'error' || editing.status === 'error')
    return (
      <Page title={title}>
        <p className="notice notice-error">
          {people.status === 'error' ? people.message : editing.status === 'error' ? editing.message : ''}
        </p>
      </Page>
    );
  if (editing.status === 'missing')
    return (
      <Page title={title}>
        <p>{t('log.notFound')}</p>
        <Link to="/people">{t('backToMap')}</Link>
      </Page>
    );
  if (people.status !== 'ready' || editing.status !== 'ready')
    return (
      <Page title={title}>
        <Loading />
      </Page>
    );
  const preselected = params.getAll('person');
  return <LogForm title={title} people={people.data} editing={editing.data} preselected={preselected} />;
}

function LogForm({
  title,
  people,
  editing,
  preselected,
}: {
  title: string;
  people: Person[];
  editing: Interaction | null;
  preselected: string[];
}) {
  const { t } = useTranslation('social');
  const user = useUser();
  const createInteraction = useCreateInteraction();
  const updateInteraction = useUpdateInteraction();
  const navigate = useNavigate();
  const known = new Set(people.map((p) => p.id));
  const [serverCrisis, setServerCrisis] = useState(false);
  const [filter, setFilter] = useState('');
  const [key] = useState(() => crypto.randomUUID());
  const form = useSteadyForm({
    schema: CreateInteractionBody,
    defaultValues: fromInteraction(
      editing,
      preselected.filter((id) => known.has(id)),
    ),
    toBody: (values) => {
      const typed = values.typed
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean);
      const when = new Date(values.when);
      return {
        personIds: values.personIds,
        occurredAt: Number.isNaN(when.getTime()) ? '' : when.toISOString(),
        channel: values.channel,
        initiatedBy: values.initiatedBy,
        minutes: values.minutes.trim() === '' ? null : Number(values.minutes),
        warmth: values.warmth,
        support: values.support,
        gave: helpTo(values.gave),
        received: helpTo(values.received),
        topics: [...new Set([...values.topics, ...typed])],
        reflection: values.reflection,
      };
    },
    fieldMessages: {
      personIds: t('log.choosePeople'),
      occurredAt: t('log.chooseWhen'),
      minutes: t('log.minutesRange'),
      reflection: t('log.tooLong', { max: REFLECTION_MAX }),
      topics: t('log.topicsProblem'),
    },
    invalidMessage: t('checkAgain'),
    keptMessage: t('log.kept'),
    onSubmit: async (body) => {
      const res = editing ? await updateInteraction(editing.id, body) : await createInteraction(body, key);
      if (res.safety.crisis) {
        setServerCrisis(true);
        form.setNotice({ text: t('log.savedCrisis'), tone: 'success' });
        return;
      }
      await navigate(back);
    },
  });
  const { values, errors, set: update } = form;
  const sorted = useMemo(() => [...people].sort((a, b) => a.name.localeCompare(b.name, formatLocale())), [people]);
  const shown = filter.trim()
    ? sorted.filter((p) => p.name.toLocaleLowerCase().includes(filter.trim().toLocaleLowerCase()) || values.personIds.includes(p.id))
    : sorted;
  const back = values.personIds.length === 1 ? `/people/${values.personIds[0]}` : '/people';

  return (
    <Page title={title} lead={t('log.lead')} className="log-interaction">
      <p>
        <Link to={back}>{t('log.back')}</Link>
      </p>
      <FormShell form={form} className="form card">
        <fieldset className="field">
          <legend className="field-label">{t('log.who')}</legend>
          {people.length === 0 ? (
            <p>
              <Trans t={t} i18nKey="log.emptyMap" components={{ a: <Link to="/people/new" /> }} />
            </p>
          ) : null}
          {people.length > 12 ? (
            <div className="field-inline">
              <label htmlFor="people-filter" className="field-label-small">
                {t('log.find')}
              </label>
              <input id="people-filter" className="input" value={filter} onChange={(e) => setFilter(e.target.value)} autoComplete="off" />
            </div>
          ) : null}
          <div className="choice-row people-choices">
            {shown.map((p) => (
              <label key={p.id} className="choice">
                <input
                  type="checkbox"
                  name="personIds"
                  checked={values.personIds.includes(p.id)}
                  onChange={(e) =>
                    update({ personIds: e.target.checked ? [...values.personIds, p.id] : values.personIds.filter((x) => x !== p.id) })
                  }
                />
                {p.name}
              </label>
            ))}
          </div>
          {errors.personIds ? <p className="field-error">{errors.personIds}</p> : null}
        </fieldset>
        <Field label={t('log.when')} error={errors.occurredAt}>
          {(a11y) => (
            <input
              {...a11y}
              type="datetime-local"
              name="occurredAt"
              className="input input-auto"
              max={localInputValue(new Date())}
              value={values.when}
              onChange={(e) => update({ when: e.target.value })}
            />
          )}
        </Field>
        <fieldset className="field">
          <legend className="field-label">{t('log.how')}</legend>
          <div className="choice-row">
            {CHANNELS.map((c) => (
              <label key={c} className="choice">
                <input type="radio" name="channel" checked={values.channel === c} onChange={() => update({ channel: c })} />
                {t(`channel.${c}`)}
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset className="field">
          <legend className="field-label">{t('log.whoReached')}</legend>
          <div className="choice-row">
            {INITIATORS.map((w) => (
              <label key={w} className="choice">
                <input type="radio" name="initiatedBy" checked={values.initiatedBy === w} onChange={() => update({ initiatedBy: w })} />
                {t(`initiator.${w}`)}
              </label>
            ))}
          </div>
        </fieldset>
        <Field label={t('log.minutes')} optional error={errors.minutes}>
          {(a11y) => (
            <input
              {...a11y}
              type="number"
              inputMode="numeric"
              name="minutes"
              min={0}
              max={1440}
              className="input input-short"
              value={values.minutes}
              onChange={(e) => update({ minutes: e.target.value })}
            />
          )}
        </Field>
        <FiveScale
          label={t('log.warmth')}
          name="warmth"
          value={values.warmth}
          onChange={(warmth) => update({ warmth })}
          low={t('log.warmthLow')}
          high={t('log.warmthHigh')}
          error={errors.warmth}
        />
        <FiveScale
          label={t('log.support')}
          name="support"
          value={values.support}
          onChange={(support) => update({ support })}
          low={t('log.supportLow')}
          high={t('log.supportHigh')}
          error={errors.support}
        />
        <HelpField label={t('log.gave')} name="gave" value={values.gave} onChange={(gave) => update({ gave })} error={errors.gave} />
        <HelpField
          label={t('log.received')}
          name="received"
          value={values.received}
          onChange={(received) => update({ received })}
          error={errors.received}
        />
        <fieldset className="field">
          <legend className="field-label">
            {t('log.topics')} <span className="field-optional">{t('log.optional')}</span>
          </legend>
          <ul className="toggle-chips">
            {[...new Set([...TOPIC_IDEAS.map((idea) => t(`log.topicIdea.${idea}`)), ...values.topics])].map((topic) => (
              <li key={topic}>
                <button
                  type="button"
                  className="toggle-chip"
                  aria-pressed={values.topics.includes(topic)}
                  onClick={() =>
                    update({
                      topics: values.topics.includes(topic) ? values.topics.filter((x) => x !== topic) : [...values.topics, topic],
                    })
                  }
                >
                  {topic}
                </button>
              </li>
            ))}
          </ul>
          <div className="field-inline">
            <label htmlFor="topics-own" className="field-label-small">
              {t('log.otherTopics')}
            </label>
            <input
              id="topics-own"
              name="topics"
              className="input"
              value={values.typed}
              onChange={(e) => update({ typed: e.target.value })}
            />
          </div>
          {errors.topics ? <p className="field-error">{errors.topics}</p> : null}
        </fieldset>
        <CrisisAwareTextField
          label={t('log.reflection')}
          optional
          error={errors.reflection}
          hint={t('log.reflectionHint')}
          name="reflection"
          controlClassName={SHORT_BOX}
          rows={3}
          maxLength={REFLECTION_MAX}
          value={values.reflection}
          onChange={(e) => update({ reflection: e.target.value })}
          region={user.region}
          flagged={serverCrisis}
        />
        <div className="actions">
          <Button type="submit" variant="primary" busy={form.busy} busyLabel={t('saving')}>
            {editing ? t('saveChanges') : t('log.save')}
          </Button>
          {serverCrisis ? (
            <Link to={back} className="button button-secondary">
              {t('log.done')}
            </Link>
          ) : null}
        </div>
        <FormMessage message={form.notice?.text ?? null} tone={form.notice?.tone} />
      </FormShell>
    </Page>
  );
}

function HelpField({
  label,
  name,
  value,
  onChange,
  error,
}: {
  label: string;
  name: string;
  value: Help;
  onChange: (h: Help) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation('social');
  return (
    <div className="field help-field">
      <label className="check">
        <input type="checkbox" name={name} checked={value.tick} onChange={(e) => onChange({ ...value, tick: e.target.checked })} />
        {label}
      </label>
      {value.tick ? (
        <Field label={t('log.helpHow')} optional error={error} className="field-inline">
          {(a11y) => (
            <input
              {...a11y}
              className="input"
              maxLength={HELP_MAX}
              value={value.text}
              onChange={(e) => onChange({ tick: true, text: e.target.value })}
            />
          )}
        </Field>
      ) : null}
    </div>
  );
}
