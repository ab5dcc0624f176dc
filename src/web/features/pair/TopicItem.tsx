import { UpdateTopicBody, type Topic } from '../../../contracts/topics.js';
import { EditableLine } from '../../components/EditableLine.js';
import { useDeleteTopic, useUpdateTopic } from './queries.js';

/**
 * One parked topic in the list. Its author can reword it, make a shared one private again and
 * delete it; the partner only reads a shared one (theirs to change is not ours).
 */
export function TopicItem({ topic, partner }: { topic: Topic; partner: string }) {
  const updateTopic = useUpdateTopic();
  const deleteTopic = useDeleteTopic();
  return (
    <EditableLine
      text={topic.text}
      schema={UpdateTopicBody}
      editLabel="Change the wording"
      fieldLabel="Wording"
      editable={topic.mine}
      badge={<span className="tag tag-static">{topic.shared ? (topic.mine ? 'Shared by you' : `Shared by ${partner}`) : 'Only you'}</span>}
      actions={
        topic.shared
          ? [
              {
                label: 'Make it private',
                busyLabel: 'Making it private…',
                run: async () => {
                  await updateTopic(topic.id, { shared: false });
                  return 'Only you can see it now.';
                },
              },
            ]
          : []
      }
      save={async (text) => {
        const res = await updateTopic(topic.id, { text });
        return res.safety;
      }}
      remove={async () => {
        await deleteTopic(topic.id);
      }}
    />
  );
}
