import type { CrisisResource, CrisisResources } from '../../contracts/support/safety.js';
import { formatLocale, useTranslation } from '../i18n/i18n.js';
import { languageList, smsHref, telHref, whatsappHref } from '../safety/lineDetails.js';

/** The list of lines, each with one-tap call / text / chat / website actions, its hours and languages. */
export function CrisisLines({ data, headingLevel = 3 }: { data: CrisisResources; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation('safety');
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <ul className="crisis-lines" aria-label={t('lines.label')}>
      {data.resources.map((r) => (
        <li key={r.name} className="crisis-line">
          <Heading className="crisis-line-name">{r.name}</Heading>
          {r.description ? <p className="crisis-line-description">{r.description}</p> : null}
          {r.hours || r.languages?.length ? (
            <p className="crisis-line-hours">
              {r.hours ? <span>{r.hours}</span> : null}
              {r.hours && r.languages?.length ? <span aria-hidden="true"> · </span> : null}
              {r.languages?.length ? <span>{t('lines.inLanguages', { languages: languageList(r.languages, formatLocale()) })}</span> : null}
            </p>
          ) : null}
          <LineActions line={r} />
        </li>
      ))}
    </ul>
  );
}

function LineActions({ line: r }: { line: CrisisResource }) {
  const { t } = useTranslation('safety');
  const newTab = (what: 'chatWith' | 'whatsappWith' | 'websiteOf') => (
    <span className="visually-hidden">{t(`lines.${what}`, { name: r.name })}</span>
  );
  return (
    <div className="crisis-line-actions">
      {r.phone ? (
        <a className="button button-primary" href={telHref(r.phone)}>
          {t('lines.call', { number: r.phone })}
        </a>
      ) : null}
      {r.sms ? (
        <a className="button button-secondary" href={smsHref(r.sms, r.smsKeyword)}>
          {r.smsKeyword ? t('lines.textKeyword', { keyword: r.smsKeyword, number: r.sms }) : t('lines.text', { number: r.sms })}
        </a>
      ) : null}
      {r.whatsapp ? (
        <a className="button button-secondary" href={whatsappHref(r.whatsapp)} target="_blank" rel="noopener noreferrer">
          {t('lines.whatsapp', { number: r.whatsapp })}
          {newTab('whatsappWith')}
        </a>
      ) : null}
      {r.chat ? (
        <a className="button button-secondary" href={r.chat} target="_blank" rel="noopener noreferrer">
          {t('lines.chat')}
          {newTab('chatWith')}
        </a>
      ) : null}
      {r.url && r.url !== r.chat ? (
        <a className="button button-quiet" href={r.url} target="_blank" rel="noopener noreferrer">
          {t('lines.website')}
          {newTab('websiteOf')}
        </a>
      ) : null}
    </div>
  );
}
