import { useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { useUser } from '../../auth/session.js';
import { Page } from '../../components/Page.js';
import { thoughtsApi, toolSessionsApi } from './api.js';
import { emptyThought, ThoughtForm, type ThoughtBody } from './ThoughtForm.js';

export function ThoughtNewPage() {
  const user = useUser();
  const navigate = useNavigate();
  const [initial] = useState(emptyThought);
  const [openedAt] = useState(() => Date.now());
  // One key per distinct body, as in the journal: a retry never saves twice.
  const attempt = useRef<{ body: string; key: string } | null>(null);

  async function save(body: ThoughtBody) {
    const serialized = JSON.stringify(body);
    if (attempt.current?.body !== serialized) attempt.current = { body: serialized, key: crypto.randomUUID() };
    const { thoughtRecord, safety } = await thoughtsApi.create(body, attempt.current.key);
    // A re-rated record is also a reframing session, so it counts in "which tools help me".
    if (typeof body.emotionIntensityAfter === 'number') {
      await toolSessionsApi
        .create({
          tool: 'reframe',
          startedAt: new Date(openedAt).toISOString(),
          durationSeconds: Math.min(24 * 60 * 60, Math.round((Date.now() - openedAt) / 1000)),
          distressBefore: body.emotionIntensity,
          distressAfter: body.emotionIntensityAfter,
        })
        .catch(() => undefined);
    }
    await navigate(`/tools/thoughts/${thoughtRecord.id}`, { state: { saved: 'created', crisis: safety.crisis } });
  }

  return (
    <Page
      title="New thought record"
      lead="Go at your own pace. Only the situation, the thought and the feeling are needed; everything else is there if it helps."
    >
      <ThoughtForm
        draftKey="new"
        initial={initial}
        region={user.region}
        submitLabel="Save thought record"
        cancel={{ to: '/tools/thoughts' }}
        onSave={save}
      />
    </Page>
  );
}
