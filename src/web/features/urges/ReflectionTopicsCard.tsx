import { useEffect, useState } from 'react';
import { UpdateReflectionTopicBody, type ReflectionTopic } from '../../../contracts/topics.js';
import { EditableLine } from '../../components/EditableLine.js';
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
  return (
    <EditableLine
      text={topic.text}
      schema={UpdateReflectionTopicBody}
      editLabel="Reword"
      fieldLabel="New wording"
      save={async (text) => {
        const res = await reflectionApi.update(topic.id, text);
        onSaved(res.topic);
        return res.safety;
      }}
      remove={async () => {
        await reflectionApi.remove(topic.id);
        onDeleted();
      }}
    />
  );
}
