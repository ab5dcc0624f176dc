import { Link } from 'react-router';
import { Page } from '../../../components/Page.js';
import { QuickLinks } from '../../../components/QuickLinks.js';
import { Trans, useTranslation } from '../../../i18n/i18n.js';
import { useUrgeRef, withUrge } from './ToolFlow.js';

const TOOLS = [
  { path: '/tools/breathing', key: 'breathing' },
  { path: '/tools/grounding', key: 'grounding' },
  { path: '/tools/muscles', key: 'muscles' },
  { path: '/tools/thoughts', key: 'thoughts' },
  { path: '/pause-message', key: 'pause' },
  { path: '/tools/journal', key: 'journal' },
] as const;

export function ToolsPage() {
  const { t } = useTranslation('tools');
  const urge = useUrgeRef();
  return (
    <Page title={t('toolkit.title')} heading={t('toolkit.heading')} lead={t('toolkit.lead')}>
      {urge ? (
        <p className="notice">
          {t('toolkit.linked')} <Link to={`/urge/${encodeURIComponent(urge)}`}>{t('toolkit.backToPause')}</Link>
        </p>
      ) : null}
      <QuickLinks
        label={t('toolkit.label')}
        className="tool-links"
        places={TOOLS.map((tool) => ({
          to: tool.path === '/tools/thoughts' || tool.path === '/pause-message' ? tool.path : withUrge(tool.path, urge),
          title: t(`toolkit.tools.${tool.key}.title`),
          text: t(`toolkit.tools.${tool.key}.text`),
        }))}
      />
      <p>
        <Trans t={t} i18nKey="toolkit.safetyPlan" components={{ a: <Link to="/safety-plan" /> }} />
      </p>
      <p className="muted">
        <Trans t={t} i18nKey="toolkit.insights" components={{ a: <Link to="/insights" /> }} />
      </p>
    </Page>
  );
}
