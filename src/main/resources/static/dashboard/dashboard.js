// The programme dashboard: one request for the figures, then for each table a Chart.js chart, the
// table itself and its CSV link. Charts are drawn from the table's own rows, so they always agree.
'use strict';

const LOGIN = '/camunda/app/tasklist/default/';
const COLOURS = ['#2e86c1', '#f39c12', '#27ae60', '#c0392b', '#8e44ad', '#7f8c8d', '#16a085', '#d35400'];
const DAY = 24 * 60 * 60 * 1000;

document.addEventListener('DOMContentLoaded', load);

async function load() {
  const response = await fetch('/dashboard/api/figures', { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  if (response.status === 401) {
    // the same login as Tasklist and Cockpit: sign in there, then come back
    window.location.href = LOGIN;
    return;
  }
  if (!response.ok) {
    problem(`The figures could not be loaded (HTTP ${response.status}).`);
    return;
  }
  const programme = await response.json();
  const viewer = programme.viewer;
  document.getElementById('who').textContent =
    `Signed in as ${viewer.userId} (${viewer.groupIds.join(', ') || 'no groups'}) · figures on ${programme.today} · you see what your organisation may see`;
  for (const section of document.querySelectorAll('section.figure')) {
    const table = programme.tables[section.dataset.table];
    if (table) render(section, table, programme.today);
  }
  document.body.dataset.loaded = 'true';
}

function problem(text) {
  const p = document.getElementById('problem');
  p.textContent = text;
  p.hidden = false;
}

function render(section, table, today) {
  const heading = el('h3', {}, table.title);
  const csv = el('a', { href: `/dashboard/api/figures/${encodeURIComponent(table.id)}.csv`, download: '' }, 'Download CSV');
  heading.append(csv);
  section.append(heading);
  if (table.rows.length === 0) {
    section.append(el('p', { class: 'empty' }, 'Nothing to show for what you may see.'));
  } else {
    const box = el('div', { class: 'chart' });
    const canvas = el('canvas', { 'aria-label': table.title, role: 'img' });
    box.append(canvas);
    section.append(box);
    new Chart(canvas, CHARTS[section.dataset.chart](table, today));
  }
  if (table.note) section.append(el('p', { class: 'note' }, table.note));
  const details = el('details', table.rows.length <= 12 ? { open: '' } : {});
  details.append(el('summary', {}, `Table (${table.rows.length} rows)`));
  const scroll = el('div', { class: 'table-scroll' });
  scroll.append(htmlTable(table));
  details.append(scroll);
  section.append(details);
}

function htmlTable(table) {
  const t = el('table');
  const head = el('tr');
  table.columns.forEach((c) => head.append(el('th', {}, c)));
  const thead = el('thead');
  thead.append(head);
  t.append(thead);
  const body = el('tbody');
  for (const row of table.rows) {
    const tr = el('tr');
    row.forEach((v) => tr.append(el('td', typeof v === 'number' ? { class: 'number' } : {}, v === null ? '' : String(v))));
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
          { label: 'Term (start to term end)', data: codes.map((_, i) => [ms(starts[i]), ms(ends[i])]),
            backgroundColor: status.map((s) => (s === 'IN_FORCE' || s === 'EXTENSION_VOTE' ? COLOURS[0] : COLOURS[5])) },
          { type: 'scatter', label: 'Next monitoring meeting', data: codes.map((c, i) => ({ x: ms(meetings[i]), y: c })),
            backgroundColor: COLOURS[1], pointRadius: 7, pointStyle: 'rectRot' },
          { type: 'scatter', label: 'Today', data: codes.map((c) => ({ x: ms(today), y: c })),
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
                  return [`${starts[i]} → ${ends[i]} (${status[i]})`,
                    daysLeft[i] === null ? 'term not running' : `${daysLeft[i]} days left`,
                    votes[i] ? `extension votes: ${votes[i]}` : 'no extension vote yet'];
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
        labels: col(table, table.columns[0]),
        datasets: series.map((s, i) => ({ label: s, data: col(table, s), backgroundColor: COLOURS[i % COLOURS.length] })),
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
        datasets: [{ label: 'Days overdue', data: shown.map((r) => r[table.columns.indexOf('daysOverdue')]), backgroundColor: COLOURS[3] }],
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
          { label: 'Average days', data: col(table, 'averageDays'), backgroundColor: COLOURS[2] },
          { label: 'Shortest', data: col(table, 'shortestDays'), backgroundColor: COLOURS[6] },
          { label: 'Longest', data: col(table, 'longestDays'), backgroundColor: COLOURS[1] },
        ],
      },
      options: { ...base, scales: { y: { beginAtZero: true, title: { display: true, text: 'days from arrival' } } } },
    };
  },

  budget(table) {
    return {
      type: 'bar',
      data: {
        labels: col(table, 'organisation'),
        datasets: [
          { label: 'Allocated (EUR)', data: col(table, 'allocatedEur'), backgroundColor: COLOURS[0] },
          { label: 'Spent (EUR)', data: col(table, 'spentEur'), backgroundColor: COLOURS[3] },
          { label: 'Remaining (EUR)', data: col(table, 'remainingEur'), backgroundColor: COLOURS[2] },
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
        labels: col(table, 'category'),
        datasets: [
          { label: 'Invited', data: col(table, 'invited'), backgroundColor: COLOURS[0] },
          { label: 'Answered', data: col(table, 'answered'), backgroundColor: COLOURS[2] },
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
          { label: 'Migrant associations among invited (%)', data: pct(col(table, 'migrantAssociationShare')), backgroundColor: COLOURS[4], yAxisID: 'share' },
          { type: 'line', label: 'Threshold (%)', data: pct(col(table, 'threshold')), borderColor: COLOURS[3], backgroundColor: COLOURS[3], yAxisID: 'share', borderDash: [6, 4] },
          { label: 'Accepted', data: col(table, 'accepted'), backgroundColor: COLOURS[2], stack: 'answers', yAxisID: 'count' },
          { label: 'Partially accepted', data: col(table, 'partiallyAccepted'), backgroundColor: COLOURS[1], stack: 'answers', yAxisID: 'count' },
          { label: 'Rejected', data: col(table, 'rejected'), backgroundColor: COLOURS[5], stack: 'answers', yAxisID: 'count' },
        ],
      },
      options: {
        ...base,
        scales: {
          share: { position: 'left', beginAtZero: true, max: 100, title: { display: true, text: '% of invited' } },
          count: { position: 'right', beginAtZero: true, stacked: true, ticks: { precision: 0 }, grid: { drawOnChartArea: false },
            title: { display: true, text: 'contributions by answer' } },
        },
      },
    };
  },
};
