// Acollida's Tasklist: Spanish and Valencian for the coordinators, English for everyone else.
// The webapp picks the first language of the browser; locales/<language>.json must exist for each one listed.
const language = ((navigator.languages && navigator.languages[0]) || navigator.language || 'en').split('-')[0].toLowerCase();

export default {
  app: {
    vendor: 'Acollida',
    name: { es: 'Tareas', ca: 'Tasques' }[language] || 'Tasklist'
  },
  locales: {
    availableLocales: ['en', 'es', 'ca'],
    fallbackLocale: 'en'
  },
  // dd/MM/yyyy everywhere, in the browser's time zone (Europe/Madrid for the coordinators)
  dateFormat: {
    monthName: 'MMMM',
    day: 'DD',
    abbr: 'DD/MM/YYYY HH:mm',
    normal: 'DD/MM/YYYY HH:mm',
    long: 'dddd, DD/MM/YYYY HH:mm',
    short: 'DD/MM/YYYY'
  },
  disableWelcomeMessage: true,

  // the webapp's default shortcuts, kept because this file replaces the default configuration
  shortcuts: {
    claimTask: { key: 'ctrl+alt+c', description: 'claims the currently selected task' },
    focusFilter: { key: 'ctrl+shift+f', description: 'set the focus to the first filter in the list' },
    focusList: { key: 'ctrl+alt+l', description: 'sets the focus to the first task in the list' },
    focusForm: { key: 'ctrl+alt+f', description: 'sets the focus to the first input field in a task form' },
    startProcess: { key: 'ctrl+alt+p', description: 'opens the start process modal dialog' }
  }
};
