import { useState, type FormEvent } from 'react';
import { Button } from '../../../components/Button.js';
import { SelectField } from '../../../components/Field.js';
import { FormMessage } from '../../../components/FormMessage.js';
import { chosenLocale, setLocale, useTranslation } from '../../../i18n/i18n.js';
import { isLocale, LOCALE_NAMES, LOCALES, pickLocale } from '../../../i18n/locales.js';

/**
 * The language Steady speaks on this device. Applied with a button rather than on selection, so
 * moving through the list never rewrites the page under someone's focus.
 */
export function LanguageSection() {
  const { t } = useTranslation();
  const [choice, setChoice] = useState<string>(() => chosenLocale() ?? '');
  // A flag, not the words: the note is written in the language just chosen.
  const [applied, setApplied] = useState(false);
  const browser = LOCALE_NAMES[pickLocale(navigator.languages ?? [])];

  async function apply(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    await setLocale(isLocale(choice) ? choice : null);
    setApplied(true);
  }

  return (
    <section className="card" aria-labelledby="language-heading">
      <h2 id="language-heading">{t('language.heading')}</h2>
      <form className="form" onSubmit={(e) => void apply(e)}>
        <SelectField
          label={t('language.label')}
          name="locale"
          value={choice}
          onChange={(e) => setChoice(e.target.value)}
          hint={t('language.hint')}
        >
          <option value="">{t('language.browser', { name: browser })}</option>
          {LOCALES.map((l) => (
            // Each language is named in itself, and marked so a screen reader says it in that language.
            <option key={l} value={l} lang={l}>
              {LOCALE_NAMES[l]}
            </option>
          ))}
        </SelectField>
        <div className="actions">
          <Button type="submit" variant="secondary">
            {t('language.apply')}
          </Button>
        </div>
        <FormMessage message={applied ? t('language.applied') : null} />
      </form>
    </section>
  );
}
