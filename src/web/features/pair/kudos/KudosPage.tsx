import { useState } from 'react';
import { GiveKudosBody, KUDOS_CATEGORIES, KUDOS_TEXT_MAX, type Kudos } from '../../../../contracts/pair/kudos.js';

type Category = (typeof KUDOS_CATEGORIES)[number];
import type { Pair } from '../../../../contracts/pair/pair.js';
import { useUser } from '../../../auth/session.js';
import { Button } from '../../../components/Button.js';
import { CrisisAwareTextField } from '../../../components/CrisisAwareTextField.js';
import { SelectField } from '../../../components/Field.js';
import { FormMessage } from '../../../components/FormMessage.js';
import { Page } from '../../../components/Page.js';
import { FormShell } from '../../../forms/FormShell.js';
import { useSteadyForm } from '../../../forms/useSteadyForm.js';
import { useTranslation } from '../../../i18n/i18n.js';
import { formatShortDateTime } from '../../../lib/dates.js';
import { loaded } from '../../../query/loaded.js';
import { PairScreen } from '../together/NotLinked.js';
import { useGiveKudos, useKudosFeed } from './queries.js';
import { useLiveEvents } from '../../../live/useLiveEvents.js';

interface Feed {
  pair: Pair;
  items: Kudos[];
}

/** A gentle feed: no counts, no streaks, just what each noticed in the other. */
export function KudosPage() {
  const { t } = useTranslation('kudos');
  const query = useKudosFeed();
  // The partner's kudos arrive while this is open (live/invalidation.ts refetches).
  useLiveEvents(['kudos.given', 'pair.linked', 'pair.ended']);
  return (
    <PairScreen
      title={t('title')}
      load={loaded(query)}
      retry={() => void query.refetch()}
      ready={(feed) => (
        <KudosFeed feed={feed} more={query.hasNextPage ? () => void query.fetchNextPage() : null} loadingMore={query.isFetchingNextPage} />
      )}
    />
  );
}

function KudosFeed({ feed, more, loadingMore }: { feed: Feed; more: (() => void) | null; loadingMore: boolean }) {
  const { t } = useTranslation('kudos');
  const user = useUser();
  // The server's verdict on the words just sent: the support stays for the visit once shown.
  const [flagged, setFlagged] = useState(false);
  const partner = feed.pair.partner.displayName;
  const giveKudos = useGiveKudos();
  const form = useSteadyForm({
    schema: GiveKudosBody,
    defaultValues: { text: '', category: '' },
    toBody: (v: { text: string; category: Category | '' }) => ({ text: v.text, ...(v.category && { category: v.category }) }),
    invalidMessage: null,
    fieldMessages: (v) => (v.text.trim() ? { text: t('tooLong', { max: KUDOS_TEXT_MAX }) } : { text: t('empty') }),
    onSubmit: async (body) => {
      const res = await giveKudos(body);
      if (res.safety.crisis) setFlagged(true);
      form.reset({ text: '', category: '' });
      form.setNotice({ text: t('sent', { partner }), tone: 'info' });
    },
  });

  return (
    <Page title={t('title')} lead={t('lead', { partner })} className="kudos">
      <section className="card" aria-labelledby="give-heading">
        <h2 id="give-heading">{t('give')}</h2>
        <FormShell form={form} className="form">
          <CrisisAwareTextField
            label={t('text')}
            hint={t('hint')}
            name="text"
            rows={2}
            maxLength={KUDOS_TEXT_MAX}
            value={form.values.text}
            onChange={(e) => form.set({ text: e.target.value })}
            error={form.errors.text}
            region={user.region}
            flagged={flagged}
            below={
              <>
                <SelectField
                  label={t('kind')}
                  optional
                  name="category"
                  value={form.values.category}
                  onChange={(e) => form.set({ category: e.target.value as Category | '' })}
                >
                  <option value="">—</option>
                  {KUDOS_CATEGORIES.map((c) => (
                    <option key={c} value={c}>
                      {t(`category.${c}`)}
                    </option>
                  ))}
                </SelectField>
                <div className="actions">
                  <Button type="submit" variant="primary" busy={form.busy} busyLabel={t('sending')}>
                    {t('send')}
                  </Button>
                </div>
                <FormMessage message={form.notice?.text ?? null} tone={form.notice?.tone} />
              </>
            }
          />
        </FormShell>
      </section>
      <section aria-labelledby="feed-heading">
        <h2 id="feed-heading">{t('between')}</h2>
        {feed.items.length === 0 ? <p className="muted">{t('none')}</p> : null}
        <ul className="kudos-list">
          {feed.items.map((k) => (
            <li key={k.id} className="card kudos-item">
              <p className="kudos-text">{k.text}</p>
              <p className="muted">
                {k.giverId === user.id ? t('fromYou', { partner }) : t('toYou', { partner })}
                {k.category ? ` · ${t(`category.${k.category}`)}` : ''} · {formatShortDateTime(k.createdAt, user.timeZone)}
              </p>
            </li>
          ))}
        </ul>
        {more ? (
          <Button busy={loadingMore} onClick={more}>
            {t('earlier')}
          </Button>
        ) : null}
      </section>
    </Page>
  );
}
