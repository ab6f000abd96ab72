// "Our agreements" in Tasklist's header: the agreements the signed-in person's organisation signed, with their term
// and the organisation's own budget line (allocated, spent, remaining, alert level). The figures come from
// /dashboard/api/our-agreements and the words from /dashboard/api/texts (the dashboard's catalogue, in the browser's
// language), both behind Tasklist's own session. Built with DOM calls and textContent, never HTML from data.

const COLUMNS = ['agreementCode', 'status', 'startDate', 'termEndDate', 'daysLeft', 'allocatedEur', 'spentEur',
  'remainingEur', 'alertLevel'];

async function json(path) {
  const response = await fetch(path, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(path + ': ' + response.status);
  return response.json();
}

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

function word(texts, key, fallback) {
  return texts[key] || fallback;
}

function table(figures, texts) {
  const index = Object.fromEntries(figures.columns.map((column, i) => [column, i]));
  const grid = element('table', 'table table-condensed acollida-our-agreements-table');
  const head = grid.createTHead().insertRow();
  COLUMNS.forEach((column) => head.appendChild(element('th', null, word(texts, 'column.' + column, column))));
  const body = grid.createTBody();
  figures.rows.forEach((row) => {
    const line = body.insertRow();
    line.dataset.agreement = row[index.agreementCode];
    COLUMNS.forEach((column) => {
      const value = row[index[column]];
      const shown = value === null || value === undefined ? '' : word(texts, 'value.' + value, value);
      line.insertCell().textContent = String(shown);
    });
  });
  return grid;
}

async function fill(panel) {
  panel.replaceChildren(element('p', null, '…'));
  try {
    const [{ texts }, figures] = await Promise.all([json('/dashboard/api/texts'), json('/dashboard/api/our-agreements')]);
    const content = [element('h4', null, word(texts, 'table.our-agreements', figures.title))];
    if (figures.rows.length === 0) {
      content.push(element('p', 'acollida-our-agreements-none', word(texts, 'tasklist.noAgreement', '')));
    } else {
      content.push(table(figures, texts));
    }
    content.push(element('p', 'text-muted', word(texts, 'note.our-agreements', figures.note)));
    const dashboard = element('a', null, word(texts, 'tasklist.dashboard', 'Dashboard'));
    dashboard.href = '/dashboard/';
    dashboard.target = '_blank';
    dashboard.rel = 'noopener';
    content.push(dashboard);
    panel.replaceChildren(...content);
  } catch (problem) {
    panel.replaceChildren(element('p', 'text-danger', problem.message));
  }
}

export default {
  id: 'acollida.ourAgreements',
  pluginPoint: 'tasklist.navbar.action',
  priority: 20,
  render(node) {
    const toggle = element('a', 'acollida-our-agreements-toggle', 'Our agreements');
    toggle.href = '';
    toggle.setAttribute('role', 'button');
    const panel = element('div', 'acollida-our-agreements');
    panel.hidden = true;
    toggle.addEventListener('click', (event) => {
      event.preventDefault();
      panel.hidden = !panel.hidden;
      if (!panel.hidden) fill(panel);
    });
    node.appendChild(toggle);
    document.body.appendChild(panel);
    json('/dashboard/api/texts').then(({ texts }) => {
      toggle.textContent = word(texts, 'tasklist.ourAgreements', toggle.textContent);
    }).catch(() => {});
  },
  unmount() {
    document.querySelectorAll('.acollida-our-agreements').forEach((panel) => panel.remove());
  }
};
