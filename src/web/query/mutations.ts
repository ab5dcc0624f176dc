import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';

/**
 * A change through one of the `features/**\/api.ts` calls that marks what it changed as stale. The
 * caller awaits the change only: the lists refetch behind it (not awaited), as the screens'
 * reloads did, so a form goes on at once. Errors reach the caller as they did before, so the
 * forms' own problem handling stays where it is.
 */
export function useChange<A extends unknown[], R>(
  change: (...args: A) => Promise<R>,
  stale: readonly QueryKey[],
): (...args: A) => Promise<R> {
  const client = useQueryClient();
  const { mutateAsync } = useMutation({
    mutationFn: (args: A) => change(...args),
    onSuccess: () => {
      for (const queryKey of stale) void client.invalidateQueries({ queryKey });
    },
  });
  return (...args: A) => mutateAsync(args);
}
