import { useMemo } from 'react';
import { formatLocale, useTranslation } from '../i18n/i18n.js';
import { crisisRegionGroups } from '../lib/regions.js';

/**
 * The options of every region picker that decides which crisis lines show: the places with
 * checked lines first, then everywhere else (served by the international directory).
 */
export function CrisisRegionOptions() {
  const { t } = useTranslation('safety');
  // Names and their order follow the language (this re-renders when it changes), so the list is rebuilt then.
  const locale = formatLocale();
  const regions = useMemo(() => crisisRegionGroups(locale), [locale]);
  return (
    <>
      <optgroup label={t('regions.withLines')}>
        {regions.withLines.map((r) => (
          <option key={r.code} value={r.code}>
            {r.name}
          </option>
        ))}
      </optgroup>
      <optgroup label={t('regions.others')}>
        {regions.others.map((r) => (
          <option key={r.code} value={r.code}>
            {r.name}
          </option>
        ))}
      </optgroup>
    </>
  );
}
