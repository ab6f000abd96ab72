// Acollida's Cockpit, for administrators: Spanish or English, Acollida branding and dd/MM/yyyy dates.
// The webapp picks the first language of the browser that is listed here; there is no Valencian Cockpit yet, so a
// Valencian browser gets Spanish rather than English. locales/<language>.json must exist for each one listed.
const language = ((navigator.languages && navigator.languages[0]) || navigator.language || 'en').split('-')[0].toLowerCase();

export default {
  app: {
    vendor: 'Acollida',
    name: 'Cockpit'
  },
  locales: {
    availableLocales: ['en', 'es'],
    fallbackLocale: language === 'ca' ? 'es' : 'en'
  },
  dateFormat: {
    monthName: 'MMMM',
    day: 'DD',
    abbr: 'DD/MM/YYYY HH:mm',
    normal: 'DD/MM/YYYY HH:mm',
    long: 'dddd, DD/MM/YYYY HH:mm',
    short: 'DD/MM/YYYY'
  },
  disableWelcomeMessage: true
};
