import type { FormEvent, FormHTMLAttributes } from 'react';

interface FormShellProps extends Omit<FormHTMLAttributes<HTMLFormElement>, 'onSubmit'> {
  /** What `useSteadyForm` gives: where to look for the first error, and what a submission does. */
  form: { attach: (el: HTMLFormElement | null) => void; onSubmit: (e?: FormEvent) => void };
}

/** The `<form>` of a form on `useSteadyForm`: the browser's own bubbles off, since the contract's schema checks. */
export function FormShell({ form, children, ...rest }: FormShellProps) {
  const { attach, onSubmit } = form;
  return (
    <form {...rest} ref={attach} noValidate onSubmit={onSubmit}>
      {children}
    </form>
  );
}
