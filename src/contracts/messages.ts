import { z } from 'zod';

type Issue = Parameters<NonNullable<z.core.$ZodConfig['customError']>>[0];

const count = (n: unknown, one: string, many: string) => `${String(n)} ${n === 1 ? one : many}`;

/**
 * The words a person sees when a field fails a check that has no message of its own. Zod's
 * defaults ("Too big: expected string to have <=40 characters") are written for developers; these
 * reach the forms (which run the same schemas) and the API's problem+json alike.
 */
export function kindIssueMessage(issue: Issue): string | undefined {
  switch (issue.code) {
    case 'too_big':
      if (issue.origin === 'string')
        return `That’s a little long: this field takes up to ${count(issue.maximum, 'character', 'characters')}.`;
      if (issue.origin === 'array' || issue.origin === 'set') return `That’s more than this field takes: up to ${String(issue.maximum)}.`;
      return `That’s higher than this field takes: up to ${String(issue.maximum)}.`;
    case 'too_small':
      if (issue.origin === 'string')
        return issue.minimum === 1 ? 'Please fill this in.' : `This needs at least ${count(issue.minimum, 'character', 'characters')}.`;
      if (issue.origin === 'array' || issue.origin === 'set') return `Please choose at least ${String(issue.minimum)}.`;
      return `That’s lower than this field takes: at least ${String(issue.minimum)}.`;
    case 'invalid_type':
      return issue.input === undefined ? 'Please fill this in.' : 'That doesn’t look like the right kind of answer for this field.';
    case 'invalid_format':
      return issue.format === 'email' ? 'That doesn’t look like an email address.' : 'That doesn’t look quite right for this field.';
    case 'invalid_value':
      return 'Please choose one of the options offered.';
    case 'not_multiple_of':
      return `Please use steps of ${String(issue.divisor)}.`;
    case 'unrecognized_keys':
      return 'This field is not allowed.';
    case 'invalid_union':
    case 'invalid_element':
    case 'invalid_key':
      return 'That doesn’t look quite right for this field.';
    case 'custom':
      return undefined;
  }
}

// Once, wherever the contracts are loaded (server and web both), so no screen shows zod's defaults.
z.config({ customError: kindIssueMessage });
