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
import enUrges from './locales/en/urges.json' with { type: 'json' };
import enDrafts from './locales/en/drafts.json' with { type: 'json' };
import enInsights from './locales/en/insights.json' with { type: 'json' };

// en: tools
import enTools from './locales/en/tools.json' with { type: 'json' };
import enJournal from './locales/en/journal.json' with { type: 'json' };
import enCycles from './locales/en/cycles.json' with { type: 'json' };

// en: social
import enSocial from './locales/en/social.json' with { type: 'json' };

// en: pair
import enPair from './locales/en/pair.json' with { type: 'json' };
import enKudos from './locales/en/kudos.json' with { type: 'json' };
import enGoals from './locales/en/goals.json' with { type: 'json' };
import enRequests from './locales/en/requests.json' with { type: 'json' };
import enReviews from './locales/en/reviews.json' with { type: 'json' };

// en: support
import enSafetyPlan from './locales/en/safetyPlan.json' with { type: 'json' };
import enStressPlan from './locales/en/stressPlan.json' with { type: 'json' };
import enQuestionnaires from './locales/en/questionnaires.json' with { type: 'json' };
import enFirstRun from './locales/en/firstRun.json' with { type: 'json' };

// en: settings
import enSettings from './locales/en/settings.json' with { type: 'json' };
import enAppLock from './locales/en/appLock.json' with { type: 'json' };

// en: account
import enAccount from './locales/en/account.json' with { type: 'json' };
import enShared from './locales/en/shared.json' with { type: 'json' };
import enNotifications from './locales/en/notifications.json' with { type: 'json' };

import esCommon from './locales/es/common.json' with { type: 'json' };
import esSafety from './locales/es/safety.json' with { type: 'json' };
import esWelcome from './locales/es/welcome.json' with { type: 'json' };
import esHome from './locales/es/home.json' with { type: 'json' };
import esSupport from './locales/es/support.json' with { type: 'json' };
import esOverTime from './locales/es/overTime.json' with { type: 'json' };
import esTogether from './locales/es/together.json' with { type: 'json' };
import esKept from './locales/es/kept.json' with { type: 'json' };
// es: reassurance
import esUrges from './locales/es/urges.json' with { type: 'json' };
import esDrafts from './locales/es/drafts.json' with { type: 'json' };
import esInsights from './locales/es/insights.json' with { type: 'json' };

// es: tools
import esTools from './locales/es/tools.json' with { type: 'json' };
import esJournal from './locales/es/journal.json' with { type: 'json' };
import esCycles from './locales/es/cycles.json' with { type: 'json' };

// es: social
import esSocial from './locales/es/social.json' with { type: 'json' };

// es: pair
import esPair from './locales/es/pair.json' with { type: 'json' };
import esKudos from './locales/es/kudos.json' with { type: 'json' };
import esGoals from './locales/es/goals.json' with { type: 'json' };
import esRequests from './locales/es/requests.json' with { type: 'json' };
import esReviews from './locales/es/reviews.json' with { type: 'json' };

// es: support
import esSafetyPlan from './locales/es/safetyPlan.json' with { type: 'json' };
import esStressPlan from './locales/es/stressPlan.json' with { type: 'json' };
import esQuestionnaires from './locales/es/questionnaires.json' with { type: 'json' };
import esFirstRun from './locales/es/firstRun.json' with { type: 'json' };

// es: settings
import esSettings from './locales/es/settings.json' with { type: 'json' };
import esAppLock from './locales/es/appLock.json' with { type: 'json' };

// es: account
import esAccount from './locales/es/account.json' with { type: 'json' };
import esShared from './locales/es/shared.json' with { type: 'json' };
import esNotifications from './locales/es/notifications.json' with { type: 'json' };

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
  urges: enUrges,
  drafts: enDrafts,
  insights: enInsights,

  // tools
  tools: enTools,
  journal: enJournal,
  cycles: enCycles,

  // social
  social: enSocial,

  // pair
  pair: enPair,
  kudos: enKudos,
  goals: enGoals,
  requests: enRequests,
  reviews: enReviews,

  // support
  safetyPlan: enSafetyPlan,
  stressPlan: enStressPlan,
  questionnaires: enQuestionnaires,
  firstRun: enFirstRun,

  // settings
  settings: enSettings,
  appLock: enAppLock,

  // account
  account: enAccount,
  shared: enShared,

  // reminders and the inbox
  notifications: enNotifications,
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
    urges: esUrges,
    drafts: esDrafts,
    insights: esInsights,

    // tools
    tools: esTools,
    journal: esJournal,
    cycles: esCycles,

    // social
    social: esSocial,

    // pair
    pair: esPair,
    kudos: esKudos,
    goals: esGoals,
    requests: esRequests,
    reviews: esReviews,

    // support
    safetyPlan: esSafetyPlan,
    stressPlan: esStressPlan,
    questionnaires: esQuestionnaires,
    firstRun: esFirstRun,

    // settings
    settings: esSettings,
    appLock: esAppLock,

    // account
    account: esAccount,
    shared: esShared,

    // reminders and the inbox
    notifications: esNotifications,
  },
};
