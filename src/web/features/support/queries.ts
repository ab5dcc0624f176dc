import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useChange } from '../../query/mutations.js';
import { supportApi } from './api.js';

export const supportKeys = {
  signals: () => ['support-signals'] as const,
  resources: () => ['support-resources'] as const,
  instruments: () => ['instruments'] as const,
  assessments: () => ['assessments'] as const,
};

export const useSupportSignals = () => useQuery({ queryKey: supportKeys.signals(), queryFn: ({ signal }) => supportApi.signals(signal) });
export const useSupportResources = () =>
  useQuery({ queryKey: supportKeys.resources(), queryFn: ({ signal }) => supportApi.resources(signal) });
export const useInstruments = () =>
  useQuery({ queryKey: supportKeys.instruments(), queryFn: ({ signal }) => supportApi.instruments(signal).then((r) => r.items) });
export const useAssessments = () =>
  useQuery({ queryKey: supportKeys.assessments(), queryFn: ({ signal }) => supportApi.assessments(signal).then((r) => r.items) });

export const useCreateResource = () => useChange(supportApi.createResource, [supportKeys.resources()]);
export const useUpdateResource = () => useChange(supportApi.updateResource, [supportKeys.resources()]);
/** A removal as a mutation, not a bare call: the confirm dialog shows it pending, and its failure, with no state of its own. */
export function useRemoveResource() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: supportApi.deleteResource,
    onSuccess: () => client.invalidateQueries({ queryKey: supportKeys.resources() }),
  });
}
/** A questionnaire answered changes the history, and may change whether support is suggested. */
export const useSubmitAssessment = () => useChange(supportApi.submit, [supportKeys.assessments(), supportKeys.signals()]);
