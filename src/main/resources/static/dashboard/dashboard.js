// The programme dashboard: one request for the figures, then for each table a Chart.js chart, the
// table itself and its CSV link. Charts are drawn from the table's own rows, so they always agree.
'use strict';

const LOGIN = '/camunda/app/tasklist/default/';
const COLOURS = ['#2e86c1', '#f39c12', '#27ae60', '#c0392b', '#8e44ad', '#7f8c8d', '#16a085', '#d35400'];
const DAY = 24 * 60 * 60 * 1000;
// the page's texts in the reader's language (i18n/dashboard.json through /dashboard/api/texts); English until they come
let TEXTS = {};

document.addEventListener('DOMContentLoaded', load);

async function load() {
  const response = await fetch('/dashboard/api/figures', { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  if (response.status === 401) {
    // the same login as Tasklist and Cockpit: sign in there, then come back
    window.location.href = LOGIN;
    return;
  }
  if (!response.ok) {
    await loadTexts();
    problem(t('page.problem', { status: response.status }));
    return;
  }
  const programme = await response.json();
  await loadTexts();
  const viewer = programme.viewer;
  document.getElementById('who').textContent = t('page.who',
    { user: viewer.userId, groups: viewer.groupIds.join(', ') || t('page.noGroups'), today: programme.today });
  for (const section of document.querySelectorAll('section.figure')) {
    const table = programme.tables[section.dataset.table];
    if (table) render(section, table, programme.today);
  }
  document.body.dataset.loaded = 'true';
}

/** The texts in the browser's language, then every element of the page that names one (data-text, data-label). */
async function loadTexts() {
  const response = await fetch('/dashboard/api/texts', { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  if (!response.ok) return;
  const body = await response.json();
  TEXTS = body.texts;
  document.documentElement.lang = body.language;
  for (const node of document.querySelectorAll('[data-text]')) node.textContent = t(node.dataset.text);
  for (const node of document.querySelectorAll('[data-label]')) {
    node.setAttribute('aria-label', t(node.dataset.label));
    if (node.placeholder) node.placeholder = t(node.dataset.label);
  }
}

/** The text of that key with its {{placeholders}} filled; the key itself when the catalogue lacks it. */
function t(key, values = {}) {
  const text = TEXTS[key] ?? key;
  return text.replace(/\{\{\s*(\w+)\s*}}/g, (_, name) => String(values[name] ?? ''));
}

/** A table's column heading, or a code's name (a status, a stage, a category); unknown ones as they are. */
const column = (key) => TEXTS[`column.${key}`] ?? TEXTS[`value.${key}`] ?? key;
const value = (v) => (typeof v === 'string' && TEXTS[`value.${v}`]) || v;

function problem(text) {
  const p = document.getElementById('problem');
  p.textContent = text;
  p.hidden = false;
}

function render(section, table, today) {
  const title = TEXTS[`table.${table.id}`] ?? table.title;
  const heading = el('h3', {}, title);
  const csv = el('a', { href: `/dashboard/api/figures/${encodeURIComponent(table.id)}.csv`, download: '' }, t('figure.csv'));
  heading.append(csv);
  section.append(heading);
  if (table.rows.length === 0) {
    section.append(el('p', { class: 'empty' }, t('figure.empty')));
  } else {
    const box = el('div', { class: 'chart' });
    const canvas = el('canvas', { 'aria-label': title, role: 'img' });
    box.append(canvas);
    section.append(box);
    new Chart(canvas, CHARTS[section.dataset.chart](table, today));
  }
  if (table.note) section.append(el('p', { class: 'note' }, TEXTS[`note.${table.id}`] ?? table.note));
  const details = el('details', table.rows.length <= 12 ? { open: '' } : {});
  details.append(el('summary', {}, t('figure.rows', { rows: table.rows.length })));
  const scroll = el('div', { class: 'table-scroll' });
  scroll.append(htmlTable(table));
  details.append(scroll);
  section.append(details);
}

function htmlTable(table) {
  const t = el('table');
  const head = el('tr');
  table.columns.forEach((c) => head.append(el('th', { title: c }, column(c))));
  const thead = el('thead');
  thead.append(head);
  t.append(thead);
  const body = el('tbody');
  for (const row of table.rows) {
    const tr = el('tr');
    row.forEach((v) => tr.append(el('td', typeof v === 'number' ? { class: 'number' } : {}, v === null ? '' : String(value(v)))));
    body.append(tr);
  }
  t.append(body);
  return t;
}

function el(name, attributes = {}, text) {
  const node = document.createElement(name);
  for (const [k, v] of Object.entries(attributes)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

function col(table, name) {
  const i = table.columns.indexOf(name);
  return table.rows.map((row) => row[i]);
}

const iso = (ms) => new Date(ms).toISOString().slice(0, 10);
const ms = (date) => (date ? Date.parse(date + 'T00:00:00Z') : null);
const base = { responsive: true, maintainAspectRatio: false, animation: false };

const CHARTS = {
  // each agreement as a bar from its start to its term end, with its next monitoring meeting and today
  timeline(table, today) {
    const codes = col(table, 'agreementCode');
    const starts = col(table, 'startDate');
    const ends = col(table, 'termEndDate');
    const meetings = col(table, 'nextMonitoringMeeting');
    const status = col(table, 'status');
    const daysLeft = col(table, 'daysLeft');
    const votes = col(table, 'extensionVotes');
    // the axis spans the terms, meetings and today (a linear axis would otherwise start at 1970)
    const dates = [...starts, ...ends, ...meetings, today].map(ms).filter((d) => d !== null);
    const margin = 30 * DAY;
    return {
      type: 'bar',
      data: {
        labels: codes,
        datasets: [
          { label: t('chart.term'), data: codes.map((_, i) => [ms(starts[i]), ms(ends[i])]),
            backgroundColor: status.map((s) => (s === 'IN_FORCE' || s === 'EXTENSION_VOTE' ? COLOURS[0] : COLOURS[5])) },
          { type: 'scatter', label: t('chart.nextMeeting'), data: codes.map((c, i) => ({ x: ms(meetings[i]), y: c })),
            backgroundColor: COLOURS[1], pointRadius: 7, pointStyle: 'rectRot' },
          { type: 'scatter', label: t('chart.today'), data: codes.map((c) => ({ x: ms(today), y: c })),
            backgroundColor: COLOURS[3], pointRadius: 5, pointStyle: 'line', borderColor: COLOURS[3], borderWidth: 3 },
        ],
      },
      options: {
        ...base,
        indexAxis: 'y',
        scales: {
          x: { type: 'linear', min: Math.min(...dates) - margin, max: Math.max(...dates) + margin,
            ticks: { callback: (v) => iso(v), maxTicksLimit: 8 } },
          y: { type: 'category', labels: codes },
        },
        plugins: {
          tooltip: {
            callbacks: {
              label(ctx) {
                const i = ctx.dataIndex;
                if (ctx.datasetIndex === 0) {
                  return [`${starts[i]} → ${ends[i]} (${value(status[i])})`,
                    daysLeft[i] === null ? t('chart.termNotRunning') : t('chart.daysLeft', { days: daysLeft[i] }),
                    votes[i] ? t('chart.extensionVotes', { votes: votes[i] }) : t('chart.noVote')];
                }
                return `${ctx.dataset.label}: ${iso(ctx.raw.x)}`;
              },
            },
          },
        },
      },
    };
  },

  // counts by row (sponsor, municipality) stacked by column (stage, autonomy level)
  stacked(table) {
    const series = table.columns.slice(1, -1);
    return {
      type: 'bar',
      data: {
        labels: col(table, table.columns[0]).map(value),
        datasets: series.map((s, i) => ({ label: value(s), data: col(table, s), backgroundColor: COLOURS[i % COLOURS.length] })),
      },
      options: { ...base, scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } } },
    };
  },

  overdue(table) {
    const shown = table.rows.slice(0, 40);
    return {
      type: 'bar',
      data: {
        labels: shown.map((r) => r[0]),
        datasets: [{ label: t('chart.daysOverdue'), data: shown.map((r) => r[table.columns.indexOf('daysOverdue')]), backgroundColor: COLOURS[3] }],
      },
      options: { ...base, indexAxis: 'y', scales: { x: { beginAtZero: true } } },
    };
  },

  autonomy(table) {
    return {
      type: 'bar',
      data: {
        labels: col(table, 'sponsor'),
        datasets: [
          { label: t('chart.averageDays'), data: col(table, 'averageDays'), backgroundColor: COLOURS[2] },
          { label: t('chart.shortest'), data: col(table, 'shortestDays'), backgroundColor: COLOURS[6] },
          { label: t('chart.longest'), data: col(table, 'longestDays'), backgroundColor: COLOURS[1] },
        ],
      },
      options: { ...base, scales: { y: { beginAtZero: true, title: { display: true, text: t('chart.daysFromArrival') } } } },
    };
  },

  budget(table) {
    return {
      type: 'bar',
      data: {
        labels: col(table, 'organisation'),
        datasets: [
          { label: t('chart.allocated'), data: col(table, 'allocatedEur'), backgroundColor: COLOURS[0] },
          { label: t('chart.spent'), data: col(table, 'spentEur'), backgroundColor: COLOURS[3] },
          { label: t('chart.remaining'), data: col(table, 'remainingEur'), backgroundColor: COLOURS[2] },
        ],
      },
      options: { ...base, scales: { y: { beginAtZero: true } } },
    };
  },

  // one bar group per budget line (agreement / organisation); the alert level is in the table beside it
  budgetLines(table) {
    const labels = table.rows.map((row) => `${row[0]} / ${row[1]}`);
    return {
      type: 'bar',
      data: {
        labels,
        datasets: [
          { label: 'Spent (EUR)', data: col(table, 'spentEur'), backgroundColor: COLOURS[3] },
          { label: 'Remaining (EUR)', data: col(table, 'remainingEur'), backgroundColor: COLOURS[2] },
        ],
      },
      options: { ...base, scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true } } },
    };
  },

  participation(table) {
    return {
      type: 'bar',
      data: {
        labels: col(table, 'category').map(value),
        datasets: [
          { label: t('chart.invited'), data: col(table, 'invited'), backgroundColor: COLOURS[0] },
          { label: t('chart.answered'), data: col(table, 'answered'), backgroundColor: COLOURS[2] },
        ],
      },
      options: { ...base, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } },
    };
  },

  // per round: migrant association share against the threshold (left axis), contributions by answer (right axis)
  rounds(table) {
    const pct = (values) => values.map((v) => (v === null ? null : Math.round(v * 1000) / 10));
    return {
      type: 'bar',
      data: {
        labels: col(table, 'consultationCode'),
        datasets: [
          { label: t('chart.migrantShare'), data: pct(col(table, 'migrantAssociationShare')), backgroundColor: COLOURS[4], yAxisID: 'share' },
          { type: 'line', label: t('chart.threshold'), data: pct(col(table, 'threshold')), borderColor: COLOURS[3], backgroundColor: COLOURS[3], yAxisID: 'share', borderDash: [6, 4] },
          { label: t('chart.accepted'), data: col(table, 'accepted'), backgroundColor: COLOURS[2], stack: 'answers', yAxisID: 'count' },
          { label: t('chart.partiallyAccepted'), data: col(table, 'partiallyAccepted'), backgroundColor: COLOURS[1], stack: 'answers', yAxisID: 'count' },
          { label: t('chart.rejected'), data: col(table, 'rejected'), backgroundColor: COLOURS[5], stack: 'answers', yAxisID: 'count' },
        ],
      },
      options: {
        ...base,
        scales: {
          share: { position: 'left', beginAtZero: true, max: 100, title: { display: true, text: t('chart.percentInvited') } },
          count: { position: 'right', beginAtZero: true, stacked: true, ticks: { precision: 0 }, grid: { drawOnChartArea: false },
            title: { display: true, text: t('chart.byAnswer') } },
        },
      },
    };
  },
};
