import { useEffect, useState } from 'react';
import type { CrisisResources } from '../../contracts/support/safety.js';
import { crisisResourcesFor } from '../../core/safety/resources.js';
import { api, query } from '../api/client.js';

export { dialable } from './lineDetails.js';

// Crisis lines are public and not personal, so keeping them for the visit is fine, and it means
// they appear instantly the second time.
const fromServer = new Map<string, CrisisResources>();

export interface CrisisResourcesState {
  data: CrisisResources;
  /** 'local' while the server has not answered (or cannot be reached): the built-in copy is shown meanwhile. */
  source: 'server' | 'local';
}

/**
 * Crisis lines for a region. The server is the source of truth, but in a crisis nobody should wait
 * for a network: the built-in list shows at once and is replaced when the server answers.
 */
export function useCrisisResources(region: string): CrisisResourcesState {
  const [state, setState] = useState<CrisisResourcesState>(() => initial(region));

  useEffect(() => {
    const known = fromServer.get(region);
    if (known) {
      setState({ data: known, source: 'server' });
      return;
    }
    setState({ data: crisisResourcesFor(region), source: 'local' });
    const controller = new AbortController();
    api
      .get<CrisisResources>(`/api/v1/crisis-resources${query({ region })}`, controller.signal)
      .then((data) => {
        fromServer.set(region, data);
        setState({ data, source: 'server' });
      })
      .catch(() => {
        // Offline or unreachable: the built-in list is already showing.
      });
    return () => controller.abort();
  }, [region]);

  return state;
}

function initial(region: string): CrisisResourcesState {
  const known = fromServer.get(region);
  return known ? { data: known, source: 'server' } : { data: crisisResourcesFor(region), source: 'local' };
}

/** Emergency numbers come as text ("112 or 999", "your local emergency number"); link what can be dialled. */
export function emergencyNumbers(text: string | undefined): string[] {
  return text ? (text.match(/\+?\d[\d ]*\d|\d/g) ?? []).map((n) => n.trim()) : [];
}
