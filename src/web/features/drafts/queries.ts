import { useQuery } from '@tanstack/react-query';
import { useChange } from '../../query/mutations.js';
import { draftsApi } from './api.js';

export const draftKeys = {
  all: ['drafts'] as const,
  list: () => [...draftKeys.all, 'list'] as const,
  insights: () => ['insights', 'drafts'] as const,
};

export const useDrafts = () => useQuery({ queryKey: draftKeys.list(), queryFn: ({ signal }) => draftsApi.list(signal) });
export const useDraftInsights = () => useQuery({ queryKey: draftKeys.insights(), queryFn: ({ signal }) => draftsApi.insights(signal) });

export const useCreateDraft = () => useChange(draftsApi.create, [draftKeys.all]);
/** A decided or removed pause also changes what the pauses add up to. */
export const useResolveDraft = () => useChange(draftsApi.resolve, [draftKeys.all, draftKeys.insights()]);
export const useRemoveDraft = () => useChange(draftsApi.remove, [draftKeys.all, draftKeys.insights()]);
