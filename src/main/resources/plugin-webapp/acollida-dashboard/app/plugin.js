// Cockpit start page: a box leading to the programme dashboard (same login, same session), in the browser's
// language: its texts come from the dashboard's catalogue (i18n/dashboard.json), English until they arrive.
const ENGLISH = {
  'cockpit.heading': 'The programme at a glance',
  'cockpit.text': 'Agreements on a timeline, families per stage and autonomy level, budget and consultation rounds, '
    + 'as charts with their tables and CSV downloads.',
  'cockpit.link': 'Open the programme dashboard',
};

export default {
  id: 'acollida-programme-dashboard',
  pluginPoint: 'cockpit.dashboard',
  priority: 100,
  render: (node) => {
    const box = document.createElement('section');
    box.className = 'acollida-programme-dashboard';
    box.style.cssText = 'margin:1em 0;padding:1em 1.5em;border:1px solid #ccc;border-radius:4px;background:#fff';
    const heading = document.createElement('h3');
    const text = document.createElement('p');
    const link = document.createElement('a');
    link.href = '/dashboard/';
    link.id = 'acollida-dashboard-link';
    link.className = 'btn btn-primary';
    const show = (texts) => {
      heading.textContent = texts['cockpit.heading'];
      text.textContent = texts['cockpit.text'];
      link.textContent = texts['cockpit.link'];
    };
    show(ENGLISH);
    box.append(heading, text, link);
    node.append(box);
    fetch('/dashboard/api/texts', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then((response) => (response.ok ? response.json() : null))
      .then((body) => body && show({ ...ENGLISH, ...body.texts }))
      .catch(() => {});
  },
};
