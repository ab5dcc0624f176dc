import { useQuery } from '@tanstack/react-query';
import { useChange } from '../../../query/mutations.js';
import { pairKeys } from '../queries.js';
import { requestsApi, withPair } from './api.js';

export const requestKeys = {
  all: [...pairKeys.all, 'requests'] as const,
  list: () => [...requestKeys.all, 'list'] as const,
};

export function useRequests() {
  return useQuery({ queryKey: requestKeys.list(), queryFn: ({ signal }) => withPair(signal, () => requestsApi.list(signal)) });
}

export const useCreateRequest = () => useChange(requestsApi.create, [requestKeys.all]);
export const useRespondToRequest = () => useChange(requestsApi.respond, [requestKeys.all]);
export const useCompleteRequest = () => useChange(requestsApi.complete, [requestKeys.all]);
/** Parking from a request puts the topic on the check-in agenda. */
export const useParkRequestTopic = () => useChange(requestsApi.parkTopic, [pairKeys.overview(), pairKeys.checkIn()]);
