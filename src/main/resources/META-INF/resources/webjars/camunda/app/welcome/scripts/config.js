// Acollida's Welcome page: Spanish and Valencian, English for everyone else (first browser language).
import { dateFormat, language } from '../../acollida/webapp-config.js';

export default {
  app: {
    vendor: 'Acollida',
    name: { es: 'Bienvenida', ca: 'Benvinguda' }[language] || 'Welcome'
  },
  locales: {
    availableLocales: ['en', 'es', 'ca'],
    fallbackLocale: 'en'
  },
  dateFormat,
  disableWelcomeMessage: true
};
