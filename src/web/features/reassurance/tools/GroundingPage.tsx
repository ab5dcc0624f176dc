import { Link } from 'react-router';
import { Grounding } from '../../../components/Grounding.js';
import { Page } from '../../../components/Page.js';
import { useTranslation } from '../../../i18n/i18n.js';
import { ToolFlow, useUrgeRef, withUrge } from './ToolFlow.js';

export function GroundingPage() {
  const { t } = useTranslation('tools');
  const urge = useUrgeRef();
  return (
    <Page title={t('grounding.title')} lead={t('grounding.lead')} className="tool">
      <p className="back-link">
        <Link to={withUrge('/tools', urge)}>{t('allTools')}</Link>
      </p>
      <ToolFlow
        tool="grounding"
        variant="5-4-3-2-1"
        startLabel={t('grounding.start')}
        run={(finish) => <Grounding autoStart onFinish={finish} />}
      />
    </Page>
  );
}
