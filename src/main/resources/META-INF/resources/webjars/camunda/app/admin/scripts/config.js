// Acollida's Admin, for administrators: Spanish or English, Acollida branding and dd/MM/yyyy dates.
// The webapp picks the first language of the browser that is listed here; there is no Valencian Admin yet, so a
// Valencian browser gets Spanish rather than English. locales/<language>.json must exist for each one listed.
import { dateFormat, language } from '../../acollida/webapp-config.js';

export default {
  app: {
    vendor: 'Acollida',
    name: 'Admin'
  },
  locales: {
    availableLocales: ['en', 'es'],
    fallbackLocale: language === 'ca' ? 'es' : 'en'
  },
  dateFormat,
  disableWelcomeMessage: true
};
