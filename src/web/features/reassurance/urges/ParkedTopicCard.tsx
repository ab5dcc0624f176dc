import { useState } from 'react';
import { ParkTopicBody, TOPIC_TEXT_MAX, type ParkedTopic } from '../../../../contracts/pair/topics.js';
import { useUser } from '../../../auth/session.js';
import { Button } from '../../../components/Button.js';
import { CrisisAwareTextField } from '../../../components/CrisisAwareTextField.js';
import { FormMessage } from '../../../components/FormMessage.js';
import { FormShell } from '../../../forms/FormShell.js';
import { useSteadyForm } from '../../../forms/useSteadyForm.js';
import { useTranslation } from '../../../i18n/i18n.js';
import { useUpdateTopic } from '../../pair/queries.js';
import { useUpdateReflectionTopic } from './queries.js';

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
  const { t } = useTranslation(['urges', 'common']);
  const user = useUser();
  const updatePairTopic = useUpdateTopic();
  const updateReflection = useUpdateReflectionTopic();
  // The server's verdict on the words saved, beside the browser's own check as they are written.
  const [flagged, setFlagged] = useState(false);
  const inPair = topic.place === 'check-in';
  const who = partner ?? t('parked.yourPartner');
  const form = useSteadyForm({
    // The parking contract's wording and sharing; on a reflection list sharing stays false.
    schema: ParkTopicBody,
    defaultValues: { text: topic.text, shared: topic.shared },
    onSubmit: async (body) => {
      const res = inPair ? await updatePairTopic(topic.id, body) : await updateReflection(topic.id, body.text);
      setFlagged(res.safety.crisis);
      onChange({ ...topic, text: body.text, shared: inPair && body.shared });
      form.reset(body);
      form.setNotice({
        text: inPair ? (body.shared ? t('parked.sharedSaved') : t('parked.privateSaved')) : t('parked.saved'),
        tone: 'success',
      });
    },
  });
  const { values, errors } = form;

  return (
    <section className="card" aria-labelledby="parked-topic-heading">
      <h2 id="parked-topic-heading">{inPair ? t('parked.agendaHeading') : t('parked.reflectionHeading')}</h2>
      <p>{inPair ? (topic.shared ? t('parked.shared', { name: who }) : t('parked.private', { name: who })) : t('parked.reflection')}</p>
      <FormShell form={form} className="form">
        <CrisisAwareTextField
          id="parked-topic-text"
          label={inPair ? t('parked.agendaLabel') : t('parked.listLabel')}
          name="text"
          rows={2}
          maxLength={TOPIC_TEXT_MAX}
          value={values.text}
          onChange={(e) => form.set({ text: e.target.value })}
          error={errors.text}
          region={user.region}
          flagged={flagged}
        />
        {inPair ? (
          <label className="choice">
            <input type="checkbox" name="shared" checked={values.shared} onChange={(e) => form.set({ shared: e.target.checked })} />
            <span>{t('parked.share', { name: who })}</span>
          </label>
        ) : null}
        <FormMessage message={form.notice?.text ?? null} tone={form.notice?.tone} />
        <div className="actions">
          <Button type="submit" variant="secondary" busy={form.busy} busyLabel={t('common:saving')}>
            {inPair ? t('parked.saveTopic') : t('parked.saveWording')}
          </Button>
        </div>
      </FormShell>
    </section>
  );
}
