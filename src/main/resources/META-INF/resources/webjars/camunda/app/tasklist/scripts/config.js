// Acollida's Tasklist: Spanish and Valencian for the coordinators, English for everyone else.
// The webapp picks the first language of the browser; locales/<language>.json must exist for each one listed.
import { dateFormat, language } from '../../acollida/webapp-config.js';

export default {
  app: {
    vendor: 'Acollida',
    name: { es: 'Tareas', ca: 'Tasques' }[language] || 'Tasklist'
  },
  locales: {
    availableLocales: ['en', 'es', 'ca'],
    fallbackLocale: 'en'
  },
  dateFormat,
  disableWelcomeMessage: true,

  // Acollida's additions, ES modules relative to app/tasklist/: a task's Documents tab (docs/documents.md) and the
  // header's "Our agreements" (docs/spending.md)
  customScripts: ['scripts/documents.js', 'scripts/our-agreements.js'],

  // the webapp's default shortcuts, kept because this file replaces the default configuration
  shortcuts: {
    claimTask: { key: 'ctrl+alt+c', description: 'claims the currently selected task' },
    focusFilter: { key: 'ctrl+shift+f', description: 'set the focus to the first filter in the list' },
    focusList: { key: 'ctrl+alt+l', description: 'sets the focus to the first task in the list' },
    focusForm: { key: 'ctrl+alt+f', description: 'sets the focus to the first input field in a task form' },
    startProcess: { key: 'ctrl+alt+p', description: 'opens the start process modal dialog' }
  }
};
