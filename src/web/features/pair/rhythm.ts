import { readRule } from '../../../core/pair/rhythm-choices.js';
import { useTranslation } from '../../i18n/i18n.js';

/** "Every day at 20:00" in the person's language, or the rule itself when it is one written by hand. */
export function useDescribeRule(): (rule: string) => string {
  const { t } = useTranslation('pair');
  return (rule) => {
    const read = readRule(rule);
    return read ? t('rhythm.at', { choice: t(`rhythm.${read.choice}`), time: read.time }) : rule;
  };
}
