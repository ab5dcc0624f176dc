import { useEffect, useId, useState } from 'react';
import { UpdateReflectionTopicBody, type ReflectionTopic } from '../../../contracts/topics.js';
import { ApiError } from '../../api/client.js';
import { useUser } from '../../auth/session.js';
import { Button } from '../../components/Button.js';
import { CrisisPanel } from '../../components/CrisisPanel.js';
import { TextAreaField } from '../../components/Field.js';
import { FormMessage } from '../../components/FormMessage.js';
import { validate, type FieldErrors } from '../../lib/validate.js';
import { reflectionApi } from './reflection-api.js';

/**
 * "For my next reflection": what a person with no partner parked from an urge. Shown only when
 * something is waiting, so the home screen stays quiet otherwise.
 */
export function ReflectionTopicsCard() {
  const [items, setItems] = useState<ReflectionTopic[] | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    reflectionApi
      .list(controller.signal)
      .then((res) => setItems(res.items))
      .catch(() => undefined);
    return () => controller.abort();
  }, []);

  if (!items || items.length === 0) return null;
  return (
    <section className="card" aria-labelledby="reflection-heading">
      <h2 id="reflection-heading">For my next reflection</h2>
      <p>Things you set down after an urge, waiting for a calm moment. Only you see them.</p>
      <ul className="pair-topics" aria-label="Waiting for your reflection">
        {items.map((t) => (
          <ReflectionItem
            key={t.id}
            topic={t}
            onSaved={(next) => setItems((all) => all?.map((x) => (x.id === next.id ? next : x)) ?? null)}
            onDeleted={() => setItems((all) => all?.filter((x) => x.id !== t.id) ?? null)}
          />
        ))}
      </ul>
    </section>
  );
}

function ReflectionItem({
  topic,
  onSaved,
  onDeleted,
}: {
  topic: ReflectionTopic;
  onSaved: (t: ReflectionTopic) => void;
  onDeleted: () => void;
}) {
  const user = useUser();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(topic.text);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [crisis, setCrisis] = useState(false);
  const [busy, setBusy] = useState(false);
  const id = useId();
  const name = <span className="visually-hidden"> “{topic.text}”</span>;

  async function save() {
    const checked = validate(UpdateReflectionTopicBody, { text });
    if (!checked.ok) {
      setErrors(checked.errors);
      document.getElementById(`${id}-text`)?.focus();
      return;
    }
    setBusy(true);
    try {
      const res = await reflectionApi.update(topic.id, checked.data.text);
      setCrisis(res.safety.crisis);
      setErrors({});
      setEditing(false);
      onSaved(res.topic);
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      setErrors(err.fieldErrors);
      setMessage(err.friendly);
    } finally {
      setBusy(false);
    }
  }

  async function remove() {
    setBusy(true);
    try {
      await reflectionApi.remove(topic.id);
      onDeleted();
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      setMessage(err.friendly);
      setBusy(false);
    }
  }

  return (
    <li className="pair-topic">
      <span className="pair-topic-text">{topic.text}</span>
      {editing ? (
        <form
          className="form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <TextAreaField
            id={`${id}-text`}
            label="New wording"
            name="text"
            rows={2}
            maxLength={1000}
            value={text}
            onChange={(e) => setText(e.target.value)}
            error={errors.text}
          />
          <div className="actions">
            <Button type="submit" variant="primary" busy={busy} busyLabel="Saving…">
              Save
            </Button>
            <Button variant="quiet" onClick={() => setEditing(false)}>
              Cancel
            </Button>
          </div>
        </form>
      ) : (
        <div className="actions">
          <Button variant="quiet" onClick={() => setEditing(true)}>
            Reword{name}
          </Button>
          <Button variant="quiet" busy={busy} busyLabel="Deleting…" onClick={() => void remove()}>
            Delete{name}
          </Button>
        </div>
      )}
      <FormMessage message={message} tone="error" />
      {crisis ? <CrisisPanel region={user.region} /> : null}
    </li>
  );
}
