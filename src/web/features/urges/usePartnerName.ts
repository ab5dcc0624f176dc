import { useEffect, useState } from 'react';
import { api } from '../../api/client.js';
import type { Pair } from '../../../contracts/pair.js';

/**
 * Whom parking would reach: the partner's name, null with nobody linked, undefined while unknown
 * (loading, or offline, where nothing is promised either way).
 */
export function usePartnerName(): string | null | undefined {
  const [name, setName] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    if (!navigator.onLine) return;
    const controller = new AbortController();
    api
      .get<{ pair: Pair | null }>('/api/v1/pair', controller.signal)
      .then(({ pair }) => setName(pair ? pair.partner.displayName : null))
      .catch(() => undefined);
    return () => controller.abort();
  }, []);
  return name;
}
