import { useMemo } from 'react';
import { useTranslation } from '../i18n/i18n.js';
import { crisisRegionGroups } from '../lib/regions.js';

/**
 * The options of every region picker that decides which crisis lines show: the places with
 * checked lines first, then everywhere else (served by the international directory).
 */
export function CrisisRegionOptions() {
  const { t, i18n } = useTranslation('safety');
  // Names and their order follow the language, so the list is rebuilt when it changes.
  const regions = useMemo(() => crisisRegionGroups(), [i18n.language]);
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
