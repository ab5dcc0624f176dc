import { useId, useState } from 'react';
import { UpdateTopicBody, type Topic } from '../../../contracts/topics.js';
import { ApiError } from '../../api/client.js';
import { Button } from '../../components/Button.js';
import { TextAreaField } from '../../components/Field.js';
import { FormMessage } from '../../components/FormMessage.js';
import { validate, type FieldErrors } from '../../lib/validate.js';
import { pairApi } from './api.js';

/**
 * One parked topic in the list. Its author can reword it, make a shared one private again and
 * delete it; the partner only reads a shared one (theirs to change is not ours).
 */
export function TopicItem({ topic, partner, onChanged }: { topic: Topic; partner: string; onChanged: () => void }) {
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(topic.text);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState<'save' | 'private' | 'delete' | null>(null);
  const id = useId();
  const name = <span className="visually-hidden"> “{topic.text}”</span>;

  async function change(body: UpdateTopicBody, done: string, which: 'save' | 'private') {
    const checked = validate(UpdateTopicBody, body);
    if (!checked.ok) {
      setErrors(checked.errors);
      document.getElementById(`${id}-text`)?.focus();
      return;
    }
    setBusy(which);
    setErrors({});
    try {
      await pairApi.updateTopic(topic.id, checked.data);
      setEditing(false);
      setMessage(done);
      onChanged();
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      setErrors(err.fieldErrors);
      setMessage(err.friendly);
    } finally {
      setBusy(null);
    }
  }

  async function remove() {
    setBusy('delete');
    try {
      await pairApi.deleteTopic(topic.id);
      onChanged();
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      setMessage(err.friendly);
      setBusy(null);
    }
  }

  return (
    <li className="pair-topic">
      <span className="pair-topic-text">{topic.text}</span>{' '}
      <span className="tag tag-static">{topic.shared ? (topic.mine ? 'Shared by you' : `Shared by ${partner}`) : 'Only you'}</span>
      {topic.mine && editing ? (
        <form
          className="form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void change({ text }, 'Saved.', 'save');
          }}
        >
          <TextAreaField
            id={`${id}-text`}
            label="Wording"
            name="text"
            rows={2}
            maxLength={1000}
            value={text}
            onChange={(e) => setText(e.target.value)}
            error={errors.text}
          />
          <div className="actions">
            <Button type="submit" variant="primary" busy={busy === 'save'} busyLabel="Saving…">
              Save
            </Button>
            <Button
              variant="quiet"
              onClick={() => {
                setEditing(false);
                setText(topic.text);
                setErrors({});
              }}
            >
              Cancel
            </Button>
          </div>
        </form>
      ) : null}
      {topic.mine && !editing ? (
        <div className="actions">
          <Button
            variant="quiet"
            onClick={() => {
              setMessage(null);
              setText(topic.text);
              setEditing(true);
            }}
          >
            Change the wording{name}
          </Button>
          {topic.shared ? (
            <Button
              variant="quiet"
              busy={busy === 'private'}
              busyLabel="Making it private…"
              onClick={() => void change({ shared: false }, 'Only you can see it now.', 'private')}
            >
              Make it private{name}
            </Button>
          ) : null}
          <Button variant="quiet" busy={busy === 'delete'} busyLabel="Deleting…" onClick={() => void remove()}>
            Delete{name}
          </Button>
        </div>
      ) : null}
      <FormMessage message={message} tone={errors.text ? 'error' : 'success'} />
    </li>
  );
}
