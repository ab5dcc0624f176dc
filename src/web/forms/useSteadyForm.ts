import { zodResolver } from '@hookform/resolvers/zod';
import { useCallback, useLayoutEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import {
  useForm,
  useWatch,
  type DefaultValues,
  type FieldValues,
  type Path,
  type PathValue,
  type Resolver,
  type UseFormReturn,
} from 'react-hook-form';
import type { z } from 'zod';
import { ApiError } from '../api/client.js';
import { i18n } from '../i18n/i18n.js';
import { localFieldMessage } from '../lib/fieldWords.js';
import type { FieldErrors } from '../lib/validate.js';
import { focusFirstInvalid } from './focus.js';
import { useLeaveGuard, type LeaveGuard } from './useLeaveGuard.js';

/*
 * Why react-hook-form rather than a hook of our own: its resolver runs the contract's zod schema
 * (the one the server parses with), it keeps the values, the dirty state against the starting
 * values and the errors in one store, and `setError` takes the server's field errors into the
 * same place as the browser's. What it does not know about Steady — the problem+json mapping,
 * focus that follows the markup (radio groups included), busy with no double submit, the
 * form-level sentence and the leave guard — is written once here, around it.
 *
 * Screens hold controlled inputs (sliders, radio groups and chips are components of ours), so
 * values are read with `values` and written with `set`, rather than through `register`.
 */

export type FormNotice = { text: string; tone: 'error' | 'success' | 'info' } | null;

/**
 * The form's sentence when the browser's check finds something, in English. Kept for screens that
 * pass it on; the hook says it in the person's language (`checkAgain()`), whoever passes it.
 */
export const CHECK_AGAIN = 'Something needs another look before saving.';

/** "Something needs another look before saving.", in the person's language. */
export function checkAgain(): string {
  return i18n.t('shared:form.checkAgain');
}

/** The hook's own words for what a person is told: CHECK_AGAIN becomes the person's language. */
function spoken(text: string | null): string | null {
  return text === CHECK_AGAIN ? checkAgain() : text;
}

export interface SteadyFormOptions<V extends FieldValues, S extends z.ZodType, C> {
  /** The contract's body schema, or a `.pick`/`.extend` of it: never a second copy of its rules. */
  schema: S;
  defaultValues: V;
  /** The body to check and send, when the form holds something else (a date input, tags typed with commas). */
  toBody?: (values: V, ctx: C) => unknown;
  /** Sends the checked body; an ApiError it throws maps onto the fields and the form's sentence. */
  onSubmit: (body: z.output<S>, ctx: C) => Promise<void>;
  /** Said when the browser's own check finds something. */
  invalidMessage?: string | null | ((errors: FieldErrors) => string);
  /** Follows the server's sentence, so the person knows nothing was lost ("Your words are still here."). */
  keptMessage?: string;
  /** The form's own words for a field the browser finds wrong, where the schema's would not fit the control. */
  fieldMessages?: Partial<Record<string, string>> | ((values: V) => Partial<Record<string, string>>);
  /**
   * Told of a problem before the form shows it; true when the screen answered it another way (a
   * used link shown instead of the form, a login to start again), so the form says nothing.
   */
  onProblem?: (err: ApiError) => boolean;
  /** Ask before leaving with unsaved changes (useBlocker and beforeunload). */
  guard?: boolean;
  /** When "unsaved" means something other than "differs from defaultValues" (a restored draft). */
  isDirty?: (values: V) => boolean;
}

export interface SteadyForm<V extends FieldValues, C> {
  values: V;
  /** Changes some values, as typing would. */
  set: (patch: Partial<V>) => void;
  /** One message per field, the first path segment's ("tags" for "tags.2"). */
  errors: FieldErrors;
  clearErrors: (...names: string[]) => void;
  notice: FormNotice;
  setNotice: (notice: FormNotice) => void;
  /** True while a submission is on its way; a second one is ignored meanwhile. */
  busy: boolean;
  /** What the pending submission was for, when a form has more than one way to send. */
  busyWith: C | null;
  dirty: boolean;
  /** For `<form ref>`: where the first error is looked for. */
  attach: (form: HTMLFormElement | null) => void;
  /** The form on screen, for a handler that moves focus into it. */
  element: () => HTMLFormElement | null;
  /** For `<form onSubmit>`. */
  onSubmit: (e?: FormEvent) => void;
  /** Checks and sends, with what the submission is for (which button was pressed). */
  submitWith: (ctx: C) => Promise<void>;
  /** Shows errors found outside the schema (a reply that is not a problem), focusing the first. */
  showErrors: (errors: FieldErrors, message: string) => void;
  /** New starting values, after a save that keeps the form open. */
  reset: (values?: V) => void;
  leave: LeaveGuard;
  form: UseFormReturn<V, unknown, FieldValues>;
}

export function useSteadyForm<V extends FieldValues, S extends z.ZodType, C = void>(options: SteadyFormOptions<V, S, C>): SteadyForm<V, C> {
  const { schema, invalidMessage = CHECK_AGAIN, keptMessage, guard = false, isDirty } = options;
  const kept = keptMessage === undefined ? undefined : spoken(keptMessage);
  const ctxRef = useRef<C | null>(null);
  const busyRef = useRef(false);
  const formRef = useRef<HTMLFormElement>(null);
  const [notice, setNotice] = useState<FormNotice>(null);
  const [busyWith, setBusyWith] = useState<{ ctx: C } | null>(null);
  const optionsRef = useRef(options);
  useLayoutEffect(() => {
    optionsRef.current = options;
  });
  const attach = useCallback((el: HTMLFormElement | null) => {
    formRef.current = el;
  }, []);

  // The schema is fixed for a form's life; the mapping is read from the latest render.
  const [resolver] = useState(() => {
    const check = zodResolver(schema as never) as unknown as Resolver<FieldValues, unknown, FieldValues>;
    const run: Resolver<V, unknown, FieldValues> = (values, context, opts) => {
      const map = optionsRef.current.toBody;
      const body = map ? map(values, ctxRef.current as C) : values;
      const result = check(body as FieldValues, context, opts as never) as ReturnType<Resolver<V, unknown, FieldValues>>;
      const given = optionsRef.current.fieldMessages;
      const words = typeof given === 'function' ? given(values) : given;
      return Promise.resolve(result).then((checked) => {
        // The contract's own messages are English words; the person reads them in their language.
        translate(checked.errors);
        if (!words) return checked;
        for (const [name, message] of Object.entries(words)) {
          const error = (checked.errors as Record<string, { message?: string } | undefined>)[name];
          if (error && message) (checked.errors as Record<string, unknown>)[name] = { type: 'custom', message };
        }
        return checked;
      });
    };
    return run;
  });

  const form = useForm<V, unknown, FieldValues>({
    defaultValues: options.defaultValues as DefaultValues<V>,
    resolver,
    shouldFocusError: false,
    mode: 'onSubmit',
    // Errors stay until the next save, as they always have: no message appears or goes mid-word.
    reValidateMode: 'onSubmit',
  });
  const values = useWatch({ control: form.control }) as V;
  const rhfErrors = form.formState.errors;
  const errors = useMemo(() => flatten(rhfErrors), [rhfErrors]);
  const dirty = isDirty ? isDirty(values) : form.formState.isDirty;
  const leave = useLeaveGuard(dirty, guard);

  const show = useCallback(
    (found: FieldErrors, message: string) => {
      form.clearErrors();
      for (const [name, text] of Object.entries(found)) if (text) form.setError(name as Path<V>, { type: 'server', message: text });
      setNotice({ text: message, tone: 'error' });
      // After React has drawn the errors, so aria-invalid and the messages are there when focus lands.
      queueMicrotask(() => focusFirstInvalid(formRef.current, found));
    },
    [form],
  );

  const submitWith = useCallback(
    async (ctx: C) => {
      if (busyRef.current) return;
      busyRef.current = true;
      ctxRef.current = ctx;
      try {
        await form.handleSubmit(
          async (body) => {
            setNotice(null);
            setBusyWith({ ctx });
            leave.allowNextNavigation();
            try {
              await optionsRef.current.onSubmit(body as z.output<S>, ctx);
            } catch (err) {
              leave.guardAgain();
              if (!(err instanceof ApiError)) throw err;
              if (optionsRef.current.onProblem?.(err)) return;
              show(err.fieldErrors, kept ? `${err.friendly} ${kept}` : err.friendly);
            }
          },
          (invalid) => {
            const found = flatten(invalid);
            const text = spoken(typeof invalidMessage === 'function' ? invalidMessage(found) : invalidMessage);
            setNotice(text ? { text, tone: 'error' } : null);
            queueMicrotask(() => focusFirstInvalid(formRef.current, found));
          },
        )();
      } finally {
        busyRef.current = false;
        setBusyWith(null);
      }
    },
    [form, invalidMessage, kept, leave, show],
  );

  return {
    values,
    set: (patch) => {
      for (const [name, value] of Object.entries(patch))
        form.setValue(name as Path<V>, value as PathValue<V, Path<V>>, { shouldDirty: true });
    },
    errors,
    clearErrors: (...names) => form.clearErrors(names as Path<V>[]),
    notice,
    setNotice,
    busy: busyWith !== null,
    busyWith: busyWith?.ctx ?? null,
    dirty,
    attach,
    element: () => formRef.current,
    onSubmit: (e) => {
      e?.preventDefault();
      void submitWith(undefined as C);
    },
    submitWith,
    showErrors: show,
    reset: (next) => form.reset(next),
    leave,
    form,
  };
}

/** Puts every message in a (nested) resolver result into the person's language, in place. */
function translate(errors: unknown): void {
  if (!errors || typeof errors !== 'object') return;
  for (const [key, inner] of Object.entries(errors as Record<string, unknown>)) {
    if (key === 'ref') continue;
    if (key === 'message' && typeof inner === 'string') (errors as Record<string, unknown>).message = localFieldMessage(inner);
    else translate(inner);
  }
}

/** react-hook-form nests errors by path ("tags.2"); a field shows the first message under its name. */
function flatten(errors: Record<string, unknown>): FieldErrors {
  const out: FieldErrors = {};
  for (const [name, value] of Object.entries(errors)) {
    const message = firstMessage(value);
    if (message) out[name === '' || name === 'root' ? 'form' : name] = message;
  }
  return out;
}

function firstMessage(value: unknown): string | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const { message } = value as { message?: unknown };
  if (typeof message === 'string' && message) return message;
  for (const [key, inner] of Object.entries(value)) {
    if (key === 'ref' || key === 'type' || key === 'types') continue;
    const found = firstMessage(inner);
    if (found) return found;
  }
  return undefined;
}
