// Cockpit start page: a box leading to the programme dashboard (same login, same session).
export default {
  id: 'acollida-programme-dashboard',
  pluginPoint: 'cockpit.dashboard',
  priority: 100,
  render: (node) => {
    const box = document.createElement('section');
    box.className = 'acollida-programme-dashboard';
    box.style.cssText = 'margin:1em 0;padding:1em 1.5em;border:1px solid #ccc;border-radius:4px;background:#fff';
    const heading = document.createElement('h3');
    heading.textContent = 'The programme at a glance';
    const text = document.createElement('p');
    text.textContent = 'Agreements on a timeline, families per stage and autonomy level, budget and consultation rounds, '
      + 'as charts with their tables and CSV downloads.';
    const link = document.createElement('a');
    link.href = '/dashboard/';
    link.id = 'acollida-dashboard-link';
    link.className = 'btn btn-primary';
    link.textContent = 'Open the programme dashboard';
    box.append(heading, text, link);
    node.append(box);
  },
};
