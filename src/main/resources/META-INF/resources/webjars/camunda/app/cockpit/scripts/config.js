// Acollida's Cockpit: Spanish, English for everyone else. Cockpit and Admin have no Valencian translation,
// so a Valencian browser gets Spanish rather than English.
const language = ((navigator.languages && navigator.languages[0]) || navigator.language || 'en').split('-')[0].toLowerCase();

export default {
  app: {
    vendor: 'Acollida',
    name: (language === 'es' || language === 'ca') ? 'Cockpit' : 'Cockpit'
  },
  locales: {
    availableLocales: ['en'], // TODO-es: Spanish file pending
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
