import { useMemo, useState } from 'react';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import {
  CHANNELS,
  CreateInteractionBody,
  HELP_MAX,
  INITIATORS,
  REFLECTION_MAX,
  type Interaction,
} from '../../../contracts/interactions.js';
import type { Person } from '../../../contracts/people.js';
import { useUser } from '../../auth/session.js';
import { Button } from '../../components/Button.js';
import { CrisisAwareTextField } from '../../components/CrisisAwareTextField.js';
import { Field } from '../../components/Field.js';
import { FormMessage } from '../../components/FormMessage.js';
import { Loading } from '../../components/Loading.js';
import { Page } from '../../components/Page.js';
import { FormShell } from '../../forms/FormShell.js';
import { useSteadyForm } from '../../forms/useSteadyForm.js';
import { localInputValue } from '../../lib/dates.js';
import { loaded } from '../../query/loaded.js';
import { useCreateInteraction, useInteraction, usePeople, useUpdateInteraction } from './queries.js';
import { FiveScale } from './FiveScale.js';
import { CHANNEL_WORDS, INITIATOR_WORDS } from './words.js';

const TOPIC_IDEAS = ['catching up', 'plans', 'work', 'family news', 'a shared interest', 'something hard', 'a laugh'];

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
  const [params] = useSearchParams();
  const location = useLocation();
  const editId = params.get('edit');
  const passed = (location.state as { interaction?: Interaction } | null)?.interaction ?? null;
  const people = loaded(usePeople());
  const editing = loaded(useInteraction(editId, passed));

  const title = editId ? 'Change time together' : 'Log time together';
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
        <p>We couldn’t find that time together. It may have been deleted.</p>
        <Link to="/people">Back to your map</Link>
      </Page>
    );
  if (people.status !== 'ready' || editing.status !== 'ready')
    return (
      <Page title={title}>
        <Loading />
      </Page>
    );
  return <LogForm title={title} people={people.data} editing={editing.data} preselected={params.getAll('person')} />;
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
    fieldMessages: { occurredAt: 'Choose when it was', minutes: 'Minutes are a whole number up to a day' },
    keptMessage: 'Everything you chose is still here.',
    onSubmit: async (body) => {
      const res = editing ? await updateInteraction(editing.id, body) : await createInteraction(body, key);
      if (res.safety.crisis) {
        setServerCrisis(true);
        form.setNotice({ text: 'Saved. Take all the time you need here.', tone: 'success' });
        return;
      }
      await navigate(back);
    },
  });
  const { values, errors, set: update } = form;
  const sorted = useMemo(() => [...people].sort((a, b) => a.name.localeCompare(b.name)), [people]);
  const shown = filter.trim()
    ? sorted.filter((p) => p.name.toLowerCase().includes(filter.trim().toLowerCase()) || values.personIds.includes(p.id))
    : sorted;
  const back = values.personIds.length === 1 ? `/people/${values.personIds[0]}` : '/people';

  return (
    <Page
      title={title}
      lead="As much or as little as you like: only who, how and two quick ratings are needed."
      className="log-interaction"
    >
      <p>
        <Link to={back}>Back</Link>
      </p>
      <FormShell form={form} className="form card">
        <fieldset className="field">
          <legend className="field-label">Who were you with?</legend>
          {people.length === 0 ? (
            <p>
              Your map is empty so far. <Link to="/people/new">Add someone first</Link>.
            </p>
          ) : null}
          {people.length > 12 ? (
            <div className="field-inline">
              <label htmlFor="people-filter" className="field-label-small">
                Find someone
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
        <Field label="When was it?" error={errors.occurredAt}>
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
          <legend className="field-label">How were you in touch?</legend>
          <div className="choice-row">
            {CHANNELS.map((c) => (
              <label key={c} className="choice">
                <input type="radio" name="channel" checked={values.channel === c} onChange={() => update({ channel: c })} />
                {CHANNEL_WORDS[c]}
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset className="field">
          <legend className="field-label">Who reached out?</legend>
          <div className="choice-row">
            {INITIATORS.map((w) => (
              <label key={w} className="choice">
                <input type="radio" name="initiatedBy" checked={values.initiatedBy === w} onChange={() => update({ initiatedBy: w })} />
                {INITIATOR_WORDS[w]}
              </label>
            ))}
          </div>
        </fieldset>
        <Field label="How long, in minutes?" optional error={errors.minutes}>
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
          label="How warm did it feel?"
          name="warmth"
          value={values.warmth}
          onChange={(warmth) => update({ warmth })}
          low="a bit cool"
          high="very warm"
          error={errors.warmth}
        />
        <FiveScale
          label="How supported did you feel?"
          name="support"
          value={values.support}
          onChange={(support) => update({ support })}
          low="not much"
          high="deeply supported"
          error={errors.support}
        />
        <HelpField label="I helped them" name="gave" value={values.gave} onChange={(gave) => update({ gave })} error={errors.gave} />
        <HelpField
          label="They helped me"
          name="received"
          value={values.received}
          onChange={(received) => update({ received })}
          error={errors.received}
        />
        <fieldset className="field">
          <legend className="field-label">
            What did you talk about? <span className="field-optional">(optional)</span>
          </legend>
          <ul className="toggle-chips">
            {[...new Set([...TOPIC_IDEAS, ...values.topics])].map((t) => (
              <li key={t}>
                <button
                  type="button"
                  className="toggle-chip"
                  aria-pressed={values.topics.includes(t)}
                  onClick={() =>
                    update({ topics: values.topics.includes(t) ? values.topics.filter((x) => x !== t) : [...values.topics, t] })
                  }
                >
                  {t}
                </button>
              </li>
            ))}
          </ul>
          <div className="field-inline">
            <label htmlFor="topics-own" className="field-label-small">
              Other topics, separated by commas
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
          label="A short reflection"
          optional
          error={errors.reflection}
          hint="What stayed with you? Just for you."
          name="reflection"
          controlClassName="input textarea textarea-short"
          rows={3}
          maxLength={REFLECTION_MAX}
          value={values.reflection}
          onChange={(e) => update({ reflection: e.target.value })}
          region={user.region}
          flagged={serverCrisis}
        />
        <div className="actions">
          <Button type="submit" variant="primary" busy={form.busy} busyLabel="Saving…">
            {editing ? 'Save changes' : 'Save'}
          </Button>
          {serverCrisis ? (
            <Link to={back} className="button button-secondary">
              Done
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
  return (
    <div className="field help-field">
      <label className="check">
        <input type="checkbox" name={name} checked={value.tick} onChange={(e) => onChange({ ...value, tick: e.target.checked })} />
        {label}
      </label>
      {value.tick ? (
        <Field label="How, in a few words" optional error={error} className="field-inline">
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
