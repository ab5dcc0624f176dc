import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from '../i18n/i18n.js';

// The first page of a visit keeps the browser's own focus (so the skip link comes first);
// after that, every navigation moves focus to the new page's heading so screen readers announce it.
let firstPage = true;

interface PageProps {
  /**
   * Shown in the browser tab (and kept in the browser's history) as "<title> · Steady": the name
   * of the place only, never a person's words, a name from their map or a questionnaire's name,
   * since anyone using the device can read the history (issue 14.8).
   */
  title: string;
  /** The visible main heading; defaults to the title. */
  heading?: ReactNode;
  lead?: ReactNode;
  className?: string;
  children?: ReactNode;
}

export function Page({ title, heading, lead, className, children }: PageProps) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = t('titleSuffix', { title });
  }, [title, t]);

  useEffect(() => {
    if (firstPage) {
      firstPage = false;
      return;
    }
    headingRef.current?.focus();
  }, []);

  return (
    <div className={className ? `page ${className}` : 'page'}>
      <h1 ref={headingRef} tabIndex={-1} className="page-title">
        {heading ?? title}
      </h1>
      {lead ? <p className="page-lead">{lead}</p> : null}
      {children}
    </div>
  );
}
