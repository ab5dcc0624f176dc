import { useState } from 'react';
import { TopicText, type ParkedTopic } from '../../../contracts/topics.js';
import { ApiError } from '../../api/client.js';
import { useUser } from '../../auth/session.js';
import { Button } from '../../components/Button.js';
import { CrisisPanel } from '../../components/CrisisPanel.js';
import { TextAreaField } from '../../components/Field.js';
import { FormMessage } from '../../components/FormMessage.js';
import { pairApi } from '../pair/api.js';
import { reflectionApi } from './reflection-api.js';

/**
 * After parking an urge: where its topic went, said plainly, with its wording to change. In a pair
 * it starts private; the person decides here whether their partner sees it.
 */
export function ParkedTopicCard({
  topic,
  partner,
  onChange,
}: {
  topic: ParkedTopic;
  partner: string | null | undefined;
  onChange: (t: ParkedTopic) => void;
}) {
  const user = useUser();
  const [text, setText] = useState(topic.text);
  const [shared, setShared] = useState(topic.shared);
  const [error, setError] = useState<string | undefined>();
  const [message, setMessage] = useState<string | null>(null);
  const [crisis, setCrisis] = useState(false);
  const [busy, setBusy] = useState(false);
  const inPair = topic.place === 'check-in';
  const who = partner ?? 'your partner';

  async function save() {
    const checked = TopicText.safeParse(text);
    if (!checked.success) {
      setError(checked.error.issues[0]?.message);
      document.getElementById('parked-topic-text')?.focus();
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      const res = inPair ? await pairApi.updateTopic(topic.id, { text, shared }) : await reflectionApi.update(topic.id, text);
      setCrisis(res.safety.crisis);
      onChange({ ...topic, text, shared: inPair && shared });
      setMessage(inPair ? (shared ? 'Shared. It’s on both your agendas now.' : 'Saved. Only you can see it.') : 'Saved.');
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      setError(err.fieldErrors.text);
      setMessage(err.friendly);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card" aria-labelledby="parked-topic-heading">
      <h2 id="parked-topic-heading">{inPair ? 'On your check-in agenda' : 'For your next reflection'}</h2>
      <p>
        {inPair
          ? topic.shared
            ? `It’s on both your agendas, so you and ${who} can talk it through together.`
            : `It’s on your check-in agenda, and only you can see it. Put it in words you’re comfortable with; share it with ${who} only if you’d like to.`
          : 'It’s on your list for your next reflection, on your home screen. Only you see it.'}
      </p>
      <form
        className="form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <TextAreaField
          id="parked-topic-text"
          label={inPair ? 'How it reads on the agenda' : 'How it reads on your list'}
          name="text"
          rows={2}
          maxLength={1000}
          value={text}
          onChange={(e) => setText(e.target.value)}
          error={error}
        />
        {inPair ? (
          <label className="choice">
            <input type="checkbox" name="shared" checked={shared} onChange={(e) => setShared(e.target.checked)} />
            <span>Share it with {who}</span>
          </label>
        ) : null}
        <FormMessage message={message} tone={error ? 'error' : 'success'} />
        <div className="actions">
          <Button type="submit" variant="secondary" busy={busy} busyLabel="Saving…">
            {inPair ? 'Save the topic' : 'Save the wording'}
          </Button>
        </div>
      </form>
      {crisis ? <CrisisPanel region={user.region} /> : null}
    </section>
  );
}
