/**
 * Every catalog, bundled into the app by vite: no catalog is fetched at run time, so Steady speaks
 * every language offline, as an installed PWA does. One namespace per domain; English is the source.
 * A link inside a message is written <a>…</a> and given its target by <Trans components>: <Trans>
 * reads tags as HTML, where <link> is a void element and would drop the words inside it.
 */
import enCommon from './locales/en/common.json' with { type: 'json' };
import enSafety from './locales/en/safety.json' with { type: 'json' };
import enWelcome from './locales/en/welcome.json' with { type: 'json' };
import enHome from './locales/en/home.json' with { type: 'json' };
import enSupport from './locales/en/support.json' with { type: 'json' };
import enOverTime from './locales/en/overTime.json' with { type: 'json' };
import enTogether from './locales/en/together.json' with { type: 'json' };
import enKept from './locales/en/kept.json' with { type: 'json' };
// en: reassurance

// en: tools
import enTools from './locales/en/tools.json' with { type: 'json' };
import enJournal from './locales/en/journal.json' with { type: 'json' };

// en: social

// en: pair

// en: support

// en: settings

// en: account

import esCommon from './locales/es/common.json' with { type: 'json' };
import esSafety from './locales/es/safety.json' with { type: 'json' };
import esWelcome from './locales/es/welcome.json' with { type: 'json' };
import esHome from './locales/es/home.json' with { type: 'json' };
import esSupport from './locales/es/support.json' with { type: 'json' };
import esOverTime from './locales/es/overTime.json' with { type: 'json' };
import esTogether from './locales/es/together.json' with { type: 'json' };
import esKept from './locales/es/kept.json' with { type: 'json' };
// es: reassurance

// es: tools
import esTools from './locales/es/tools.json' with { type: 'json' };
import esJournal from './locales/es/journal.json' with { type: 'json' };

// es: social

// es: pair

// es: support

// es: settings

// es: account

import type { Locale } from './locales.js';

export const en = {
  common: enCommon,
  safety: enSafety,
  welcome: enWelcome,
  home: enHome,
  support: enSupport,
  overTime: enOverTime,
  together: enTogether,
  kept: enKept,
  // reassurance

  // tools
  tools: enTools,
  journal: enJournal,

  // social

  // pair

  // support

  // settings

  // account
};

export type Namespace = keyof typeof en;
export type Catalog = { [N in Namespace]: object };

export const resources: Record<Locale, Catalog> = {
  en,
  es: {
    common: esCommon,
    safety: esSafety,
    welcome: esWelcome,
    home: esHome,
    support: esSupport,
    overTime: esOverTime,
    together: esTogether,
    kept: esKept,
    // reassurance

    // tools
    tools: esTools,
    journal: esJournal,

    // social

    // pair

    // support

    // settings

    // account
  },
};
