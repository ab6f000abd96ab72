// What Acollida's four webapps configure alike, imported by each one's scripts/config.js.

// The webapps look only at the browser's first language, cut at '-' (ca-ES-valencia → ca).
export const language =
  ((navigator.languages && navigator.languages[0]) || navigator.language || 'en').split('-')[0].toLowerCase();

// dd/MM/yyyy everywhere, in the browser's time zone (Europe/Madrid for the coordinators)
export const dateFormat = {
  monthName: 'MMMM',
  day: 'DD',
  abbr: 'DD/MM/YYYY HH:mm',
  normal: 'DD/MM/YYYY HH:mm',
  long: 'dddd, DD/MM/YYYY HH:mm',
  short: 'DD/MM/YYYY'
};
