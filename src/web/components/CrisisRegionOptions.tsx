import { useMemo } from 'react';
import { crisisRegionGroups } from '../lib/regions.js';

/**
 * The options of every region picker that decides which crisis lines show: the places with
 * checked lines first, then everywhere else (served by the international directory).
 */
export function CrisisRegionOptions() {
  const regions = useMemo(() => crisisRegionGroups(), []);
  return (
    <>
      <optgroup label="Places with their own lines">
        {regions.withLines.map((r) => (
          <option key={r.code} value={r.code}>
            {r.name}
          </option>
        ))}
      </optgroup>
      <optgroup label="Other places (international directory)">
        {regions.others.map((r) => (
          <option key={r.code} value={r.code}>
            {r.name}
          </option>
        ))}
      </optgroup>
    </>
  );
}
