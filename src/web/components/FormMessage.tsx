/**
 * A polite live region for a form's general outcome ("Saved", "We could not reach Steady").
 * It is always rendered, empty or not, because screen readers only announce changes to a live
 * region that already existed.
 */
export function FormMessage({ message, tone = 'info', id }: { message: string | null; tone?: 'info' | 'error' | 'success'; id?: string }) {
  return (
    <div
      id={id}
      className={message ? `form-message form-message-${tone}` : 'form-message form-message-empty'}
      aria-live="polite"
      aria-atomic="true"
    >
      {message}
    </div>
  );
}
