import { UpdateReflectionTopicBody, type ReflectionTopic } from '../../../../contracts/pair/topics.js';
import { EditableLine } from '../../../components/EditableLine.js';
import { useTranslation } from '../../../i18n/i18n.js';
import { useReflectionTopics, useRemoveReflectionTopic, useUpdateReflectionTopic } from './queries.js';

/**
 * "For my next reflection": what a person with no partner parked from an urge. Shown only when
 * something is waiting, so the home screen stays quiet otherwise.
 */
export function ReflectionTopicsCard() {
  const { t } = useTranslation('urges');
  const items = useReflectionTopics().data;

  if (!items || items.length === 0) return null;
  return (
    <section className="card" aria-labelledby="reflection-heading">
      <h2 id="reflection-heading">{t('reflection.heading')}</h2>
      <p>{t('reflection.lead')}</p>
      <ul className="pair-topics" aria-label={t('reflection.listLabel')}>
        {items.map((topic) => (
          <ReflectionItem key={topic.id} topic={topic} />
        ))}
      </ul>
    </section>
  );
}

function ReflectionItem({ topic }: { topic: ReflectionTopic }) {
  const { t } = useTranslation('urges');
  const update = useUpdateReflectionTopic();
  const remove = useRemoveReflectionTopic();
  return (
    <EditableLine
      text={topic.text}
      schema={UpdateReflectionTopicBody}
      editLabel={t('reflection.reword')}
      fieldLabel={t('reflection.newWording')}
      save={async (text) => (await update(topic.id, text)).safety}
      remove={async () => {
        await remove(topic.id);
      }}
    />
  );
}
