/**
 * The app's one i18next instance, with ICU messages (plurals as `{count, plural, one {…} other {…}}`).
 *
 * i18next rather than Lingui: Lingui's `t`/`<Trans>` macros are compiled away by a Babel or SWC
 * plugin, and @vitejs/plugin-react 6 (vite 8) no longer runs Babel — it transforms JSX with Oxc —
 * so Lingui would add @rolldown/plugin-babel and @babel/core as a second transform step over every
 * file. i18next is plain run-time calls over JSON catalogs and needs no build step at all.
 */
import i18next from 'i18next';
import ICU from 'i18next-icu';
import { initReactI18next } from 'react-i18next';

// Components take the hook from here, so importing it loads the catalogs too: a component renders
// its words wherever it is drawn, in a unit test as in the app.
export { Trans, useTranslation } from 'react-i18next';
import { intlTag, isLocale, LOCALES, pickLocale, SOURCE_LOCALE, type Locale } from './locales.js';
import { resources } from './resources.js';

/**
 * The language is a choice of the device, kept here: it must be known before anyone signs in (the
 * welcome, log-in and SOS pages), with no network, and on the shared screens too.
 */
const STORAGE_KEY = 'steady-locale';

function browserLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages?.length ? navigator.languages : navigator.language ? [navigator.language] : [];
}

/** The language the person chose on this device, if any. */
export function chosenLocale(): Locale | null {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return isLocale(stored) ? stored : null;
  } catch {
    return null;
  }
}

function startingLocale(): Locale {
  return chosenLocale() ?? pickLocale(browserLanguages());
}

export const i18n = i18next.createInstance();

void i18n
  .use(ICU)
  .use(initReactI18next)
  .init({
    resources,
    lng: startingLocale(),
    fallbackLng: SOURCE_LOCALE,
    supportedLngs: [...LOCALES],
    ns: Object.keys(resources.en),
    defaultNS: 'common',
    // Catalogs are bundled, so everything is ready at once: the first paint is already in the right language.
    initAsync: false,
    // React escapes what it renders.
    interpolation: { escapeValue: false },
    returnNull: false,
  });

function followDocument(locale: string) {
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}
followDocument(i18n.language);
i18n.on('languageChanged', followDocument);

export function currentLocale(): Locale {
  return isLocale(i18n.language) ? i18n.language : SOURCE_LOCALE;
}

/** Remembers the choice on this device (null: follow the browser again) and switches the app to it. */
export async function setLocale(locale: Locale | null): Promise<void> {
  try {
    if (locale) localStorage.setItem(STORAGE_KEY, locale);
    else localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Storage may be off (a private window): the choice still holds until the page is closed.
  }
  await i18n.changeLanguage(locale ?? pickLocale(browserLanguages()));
}

/** The tag every Intl formatter uses: the person's language, in their browser's regional variant when it has one. */
export function formatLocale(): string {
  return intlTag(currentLocale(), browserLanguages());
}
