import { NO_VALUES, NoBody } from '../../forms/noBody.js';
import { useSteadyForm } from '../../forms/useSteadyForm.js';

/**
 * A step with no fields (make a code, accept a version): a button that sends one change, as a
 * form on the form hook, so busy, no double press and the server's sentence come from there, the
 * same as for every form with words in it. What `send` answers is said when it went through.
 */
export function useActionForm<C = void>(send: (ctx: C) => Promise<string | void>) {
  const form = useSteadyForm<typeof NO_VALUES, typeof NoBody, C>({
    schema: NoBody,
    defaultValues: NO_VALUES,
    invalidMessage: null,
    onSubmit: async (_body, ctx) => {
      const said = await send(ctx);
      if (said) form.setNotice({ text: said, tone: 'info' });
    },
  });
  return form;
}
