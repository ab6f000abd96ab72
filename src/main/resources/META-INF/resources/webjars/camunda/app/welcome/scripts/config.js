// Acollida's Welcome page: Spanish and Valencian, English for everyone else (first browser language).
const language = ((navigator.languages && navigator.languages[0]) || navigator.language || 'en').split('-')[0].toLowerCase();

export default {
  app: {
    vendor: 'Acollida',
    name: { es: 'Bienvenida', ca: 'Benvinguda' }[language] || 'Welcome'
  },
  locales: {
    availableLocales: ['en', 'es', 'ca'],
    fallbackLocale: 'en'
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
