// Acollida's Admin, for administrators: Acollida branding and dd/MM/yyyy dates. Its Spanish locale file is not
// written yet; when locales/es.json is added (WebappLocalesTest checks it against the shipped English file),
// list 'es' here and give Valencian browsers Spanish: fallbackLocale: language === 'ca' ? 'es' : 'en'.
export default {
  app: {
    vendor: 'Acollida',
    name: 'Admin'
  },
  locales: {
    availableLocales: ['en'],
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
