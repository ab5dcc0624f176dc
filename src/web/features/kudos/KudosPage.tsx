import { useState, type FormEvent } from 'react';
import { GiveKudosBody, KUDOS_CATEGORIES, KUDOS_TEXT_MAX, type Kudos } from '../../../contracts/kudos.js';
import { ApiError } from '../../api/client.js';
import { useUser } from '../../auth/session.js';
import { Button } from '../../components/Button.js';
import { CrisisPanel } from '../../components/CrisisPanel.js';
import { SelectField, TextAreaField } from '../../components/Field.js';
import { FormMessage } from '../../components/FormMessage.js';
import { Page } from '../../components/Page.js';
import { formatShortDateTime } from '../../lib/dates.js';
import { loaded } from '../../query/loaded.js';
import { validate, type FieldErrors } from '../../lib/validate.js';
import { PairScreen } from '../together/NotLinked.js';
import type { Pair } from '../../../contracts/pair.js';
import { kudosApi } from './api.js';
import { useGiveKudos, useKudosFeed } from './queries.js';
import { useLiveEvents } from '../../live/useLiveEvents.js';

const TITLE = 'Kudos';

export const CATEGORY_WORDS: Record<(typeof KUDOS_CATEGORIES)[number], string> = {
  paused: 'Paused before asking',
  soothed: 'Soothed themselves',
  parked: 'Parked it for the check-in',
  'used-the-plan': 'Used the plan',
  'kept-the-check-in': 'Kept the check-in',
};

interface Feed {
  pair: Pair;
  items: Kudos[];
  nextCursor: string | null;
}

/** A gentle feed: no counts, no streaks, just what each noticed in the other. */
export function KudosPage() {
  const query = useKudosFeed();
  // The partner's kudos arrive while this is open (live/invalidation.ts refetches).
  useLiveEvents(['kudos.given', 'pair.linked', 'pair.ended']);
  return <PairScreen title={TITLE} load={loaded(query)} retry={() => void query.refetch()} ready={(feed) => <KudosFeed feed={feed} />} />;
}

function KudosFeed({ feed }: { feed: Feed }) {
  const user = useUser();
  const [text, setText] = useState('');
  const [category, setCategory] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [crisis, setCrisis] = useState(false);
  const [older, setOlder] = useState<Kudos[]>([]);
  const [cursor, setCursor] = useState<string | null>(feed.nextCursor);
  const partner = feed.pair.partner.displayName;
  const giveKudos = useGiveKudos();

  async function give(e: FormEvent) {
    e.preventDefault();
    const v = validate(GiveKudosBody, { text, ...(category && { category }) });
    setErrors(v.ok ? {} : v.errors);
    if (!v.ok) return;
    setBusy(true);
    try {
      const res = await giveKudos(v.data);
      setCrisis(res.safety.crisis);
      setText('');
      setCategory('');
      setMessage(`Sent to ${partner}.`);
    } catch (err) {
      setMessage(err instanceof ApiError ? err.friendly : 'Something went wrong.');
    } finally {
      setBusy(false);
    }
  }

  async function more() {
    if (!cursor) return;
    const page = await kudosApi.list({ cursor, limit: 20 });
    setOlder((o) => [...o, ...page.items]);
    setCursor(page.nextCursor);
  }

  const items = [...feed.items, ...older];
  return (
    <Page title={TITLE} lead={`Small, true words for the effort it takes. Say what you noticed ${partner} do.`} className="kudos">
      <section className="card" aria-labelledby="give-heading">
        <h2 id="give-heading">Give kudos</h2>
        <form onSubmit={(e) => void give(e)} noValidate className="form">
          <TextAreaField
            label="What did you notice?"
            hint="For example: “you paused before asking, thank you”."
            name="text"
            rows={2}
            maxLength={KUDOS_TEXT_MAX}
            value={text}
            onChange={(e) => setText(e.target.value)}
            error={errors.text}
          />
          <SelectField label="What kind of effort" optional name="category" value={category} onChange={(e) => setCategory(e.target.value)}>
            <option value="">—</option>
            {KUDOS_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {CATEGORY_WORDS[c]}
              </option>
            ))}
          </SelectField>
          <div className="actions">
            <Button type="submit" variant="primary" busy={busy} busyLabel="Sending…">
              Send kudos
            </Button>
          </div>
          <FormMessage message={message} />
        </form>
        {crisis ? <CrisisPanel region={user.region} /> : null}
      </section>
      <section aria-labelledby="feed-heading">
        <h2 id="feed-heading">Between you</h2>
        {items.length === 0 ? <p className="muted">Nothing here yet. The first kind word can be small.</p> : null}
        <ul className="kudos-list">
          {items.map((k) => (
            <li key={k.id} className="card kudos-item">
              <p className="kudos-text">{k.text}</p>
              <p className="muted">
                {k.giverId === user.id ? `You, to ${partner}` : `${partner}, to you`}
                {k.category ? ` · ${CATEGORY_WORDS[k.category]}` : ''} · {formatShortDateTime(k.createdAt, user.timeZone)}
              </p>
            </li>
          ))}
        </ul>
        {cursor ? <Button onClick={() => void more()}>Show earlier</Button> : null}
      </section>
    </Page>
  );
}
