import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { useSession } from '../../auth/session.js';
import { Button } from '../../components/Button.js';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { Loading } from '../../components/Loading.js';
import { Page } from '../../components/Page.js';
import { useTranslation } from '../../i18n/i18n.js';
import { formatShortDateTime } from '../../lib/dates.js';
import { copyText, labelsOf, wordsOf } from '../../offline/keptWords.js';
import { forgetKept, keptItems, type KeptItem } from '../../offline/outbox.js';

/** `waiting` as the second segment: every outbox change refreshes it (query/outboxInvalidation.ts). */
export const keptKeys = { list: () => ['kept', 'waiting'] as const };

type Kind = 'journal' | 'urge' | 'urgeChange' | 'followUp' | 'tool' | 'other';

const KINDS: Partial<Record<string, Kind>> = {
  createJournalEntry: 'journal',
  createUrge: 'urge',
  updateUrge: 'urgeChange',
  addUrgeFollowUp: 'followUp',
  createToolSession: 'tool',
};

function kindOf(item: KeptItem): Kind {
  return (item.op && KINDS[item.op]) || 'other';
}

/** The fields whose words have a name of their own; any other free text is "your words". */
const FIELD_LABELS = { text: 'text', wantedTo: 'wantedTo', note: 'note', 'park.text': 'parkText' } as const;

function fieldLabel(field: string): (typeof FIELD_LABELS)[keyof typeof FIELD_LABELS] | 'other' {
  return field in FIELD_LABELS ? FIELD_LABELS[field as keyof typeof FIELD_LABELS] : 'other';
}

/**
 * What the server refused after it was saved offline, kept on this device with the person's words,
 * so nothing they wrote is lost: they read it, copy it, and let it go when they are ready.
 */
export function KeptPage() {
  const { t } = useTranslation('kept');
  const { state } = useSession();
  const timeZone = state.status === 'signedIn' ? state.user.timeZone : 'UTC';
  const client = useQueryClient();
  const kept = useQuery({ queryKey: keptKeys.list(), queryFn: keptItems });
  const [letting, setLetting] = useState<KeptItem | null>(null);
  const [copied, setCopied] = useState<{ seq: number; ok: boolean } | null>(null);
  const forget = useMutation({
    mutationFn: (seq: number) => forgetKept(seq),
    onSettled: () => {
      setLetting(null);
      return client.invalidateQueries({ queryKey: keptKeys.list() });
    },
  });

  async function copy(item: KeptItem) {
    try {
      await navigator.clipboard.writeText(copyText(wordsOf(item), labelsOf(item)));
      setCopied({ seq: item.seq, ok: true });
    } catch {
      setCopied({ seq: item.seq, ok: false });
    }
  }

  return (
    <Page title={t('title')} lead={t('lead')} className="kept-page">
      {kept.isPending ? (
        <Loading />
      ) : !kept.data?.length ? (
        <div className="empty-state">
          <p>{t('empty')}</p>
          <Link to="/home" className="button button-secondary">
            {t('home')}
          </Link>
        </div>
      ) : (
        <ul className="kept-list">
          {kept.data.map((item) => {
            const words = wordsOf(item);
            const labels = labelsOf(item);
            const body = (item.body ?? {}) as { intensity?: unknown; mood?: unknown; anxiety?: unknown };
            const rating = [body.intensity, body.mood, body.anxiety].find((v): v is number => typeof v === 'number');
            return (
              <li key={item.seq} className="card kept-item">
                <h2 className="kept-kind">{t(`kind.${kindOf(item)}`)}</h2>
                <p className="kept-when">{t('savedAt', { when: formatShortDateTime(item.queuedAt, timeZone) })}</p>
                {words.map((w) => (
                  <figure key={w.field} className="kept-words">
                    <figcaption>{t(`field.${fieldLabel(w.field)}`)}</figcaption>
                    <blockquote className="entry-card-text">{w.text}</blockquote>
                  </figure>
                ))}
                {labels.length ? (
                  <p className="kept-labels">
                    {t('labels')}{' '}
                    {labels.map((l) => (
                      <span key={l} className="tag">
                        {l}
                      </span>
                    ))}
                  </p>
                ) : null}
                {rating !== undefined ? <p>{t('rating', { value: rating })}</p> : null}
                <p className="kept-why">{item.refusal.status === 0 ? t('why.dependent') : t('why.refused')}</p>
                <div className="actions">
                  {words.length || labels.length ? (
                    <Button variant="primary" onClick={() => void copy(item)}>
                      {t('copy')}
                    </Button>
                  ) : null}
                  <Button variant="quiet" onClick={() => setLetting(item)}>
                    {t('letGo')}
                  </Button>
                </div>
                <p role="status" className="kept-copied">
                  {copied?.seq === item.seq ? (copied.ok ? t('copied') : t('copyFailed')) : null}
                </p>
              </li>
            );
          })}
        </ul>
      )}
      <ConfirmDialog
        open={letting !== null}
        title={t('confirm.title')}
        confirmLabel={t('confirm.yes')}
        cancelLabel={t('confirm.no')}
        busy={forget.isPending}
        onConfirm={() => letting && forget.mutate(letting.seq)}
        onCancel={() => setLetting(null)}
      >
        <p>{t('confirm.body')}</p>
      </ConfirmDialog>
    </Page>
  );
}
