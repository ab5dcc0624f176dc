import { useTranslation } from '../i18n/i18n.js';

export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status">
      {label ?? t('oneMoment')}
    </p>
  );
}
