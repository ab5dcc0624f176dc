import { useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { useUser } from '../../../auth/session.js';
import { Page } from '../../../components/Page.js';
import { useTranslation } from '../../../i18n/i18n.js';
import { useCreateThoughtRecord, useCreateToolSession } from './queries.js';
import { emptyThought, ThoughtForm, type ThoughtBody } from './ThoughtForm.js';

/** Where an unsaved new record waits in memory (an edit waits under its id). */
const NEW_DRAFT = 'new';

export function ThoughtNewPage() {
  const { t } = useTranslation('tools');
  const user = useUser();
  const navigate = useNavigate();
  const createRecord = useCreateThoughtRecord();
  const createSession = useCreateToolSession();
  const [initial] = useState(emptyThought);
  const [openedAt] = useState(() => Date.now());
  // One key per distinct body, as in the journal: a retry never saves twice.
  const attempt = useRef<{ body: string; key: string } | null>(null);

  async function save(body: ThoughtBody) {
    const serialized = JSON.stringify(body);
    if (attempt.current?.body !== serialized) attempt.current = { body: serialized, key: crypto.randomUUID() };
    const { thoughtRecord, safety } = await createRecord.mutateAsync({ body, idempotencyKey: attempt.current.key });
    // A re-rated record is also a reframing session, so it counts in "which tools help me".
    if (typeof body.emotionIntensityAfter === 'number') {
      await createSession({
        tool: 'reframe',
        startedAt: new Date(openedAt).toISOString(),
        durationSeconds: Math.min(24 * 60 * 60, Math.round((Date.now() - openedAt) / 1000)),
        distressBefore: body.emotionIntensity,
        distressAfter: body.emotionIntensityAfter,
      }).catch(() => undefined);
    }
    await navigate(`/tools/thoughts/${thoughtRecord.id}`, { state: { saved: 'created', crisis: safety.crisis } });
  }

  return (
    <Page title={t('thought.newTitle')} lead={t('thought.newLead')}>
      <ThoughtForm
        draftKey={NEW_DRAFT}
        initial={initial}
        region={user.region}
        submitLabel={t('thought.saveNew')}
        cancel={{ to: '/tools/thoughts' }}
        onSave={save}
      />
    </Page>
  );
}
