import { UpdateTopicBody, type Topic } from '../../../contracts/pair/topics.js';
import { EditableLine } from '../../components/EditableLine.js';
import { useTranslation } from '../../i18n/i18n.js';
import { useDeleteTopic, useUpdateTopic } from './queries.js';

/**
 * One parked topic in the list. Its author can reword it, make a shared one private again and
 * delete it; the partner only reads a shared one (theirs to change is not ours).
 */
export function TopicItem({ topic, partner }: { topic: Topic; partner: string }) {
  const { t } = useTranslation('pair');
  const updateTopic = useUpdateTopic();
  const deleteTopic = useDeleteTopic();
  const whose = topic.shared ? (topic.mine ? t('topic.sharedByYou') : t('topic.sharedBy', { partner })) : t('topic.onlyYou');
  return (
    <EditableLine
      text={topic.text}
      schema={UpdateTopicBody}
      editLabel={t('topic.edit')}
      fieldLabel={t('topic.wording')}
      editable={topic.mine}
      badge={<span className="tag tag-static">{whose}</span>}
      actions={
        topic.shared
          ? [
              {
                label: t('topic.makePrivate'),
                busyLabel: t('topic.makingPrivate'),
                run: async () => {
                  await updateTopic(topic.id, { shared: false });
                  return t('topic.private');
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
