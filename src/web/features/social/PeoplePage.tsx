import { Link } from 'react-router';
import { Button } from '../../components/Button.js';
import { Loading } from '../../components/Loading.js';
import { Page } from '../../components/Page.js';
import { useTranslation } from '../../i18n/i18n.js';
import { loaded } from '../../query/loaded.js';
import { usePeople, useReachOut } from './queries.js';
import { PeopleLinks } from './PeopleLinks.js';
import { ReachOutList } from './ReachOutList.js';
import { SocialMap } from './SocialMap.js';

/** The social map: who is in your life, where, and how close, with a gentle nudge towards contact. */
export function PeoplePage() {
  const { t } = useTranslation('social');
  const peopleQuery = usePeople();
  const people = loaded(peopleQuery);
  const reachOut = loaded(useReachOut());

  return (
    <Page title={t('people.title')} heading={t('people.heading')} lead={t('people.lead')} className="people">
      <PeopleLinks />
      <div className="actions">
        <Link to="/people/new" className="button button-primary">
          {t('people.add')}
        </Link>
        <Link to="/people/import" className="button button-secondary">
          {t('people.import')}
        </Link>
        <Link to="/people/log" className="button button-secondary">
          {t('people.log')}
        </Link>
      </div>
      <ReachOutList state={reachOut} />
      {people.status === 'loading' ? <Loading /> : null}
      {people.status === 'error' ? (
        <>
          <p className="notice notice-error">{people.message}</p>
          <Button onClick={() => void peopleQuery.refetch()}>{t('tryAgain')}</Button>
        </>
      ) : null}
      {people.status === 'ready' ? <SocialMap people={people.data} /> : null}
    </Page>
  );
}
