import 'i18next';
import type { en } from './resources.js';

// Keys are checked by the compiler against the English catalogs: a typo in t('…') is a type error.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: typeof en;
  }
}
