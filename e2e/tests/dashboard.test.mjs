// The programme dashboard in the browser: reached from Cockpit, behind the webapps' login, its charts
// drawn for the coordinator and, with its own families only, for a sponsor.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { BASE, PAGE_TIMEOUT_MS, SCREENSHOTS, applicationAndBrowser, eventually, login, rest, screenshot, signIn } from '../support.mjs';

const running = applicationAndBrowser({
  ready: async () => {
    await eventually(async () => (await rest('admin', '/history/process-instance/count?processDefinitionKey=integration-itinerary')).body.count >= 5,
      'the demo families');
  },
});

/** Opens the dashboard in a page already signed in to a webapp and waits for its charts. */
async function openDashboard(page) {
  await page.goto(`${BASE}/dashboard/`);
  await page.waitForSelector('body[data-loaded="true"]', { timeout: PAGE_TIMEOUT_MS });
  await page.waitForSelector('section[data-table="stage-by-sponsor"] canvas');
}

async function firstColumn(page, table) {
  return page.locator(`section[data-table="${table}"] tbody tr td:first-child`).allTextContents();
}

test('without signing in, the dashboard sends the person to the login', async () => {
  const page = await running.browser.newPage();
  await page.goto(`${BASE}/dashboard/`);
  await page.waitForURL(/\/camunda\/app\/tasklist\//, { timeout: PAGE_TIMEOUT_MS });
  await page.waitForSelector('input[ng-model="username"]');
  await page.close();
});

test('the coordinator opens the dashboard from Cockpit and sees the whole programme in charts', async () => {
  const page = await login(running.browser, 'cockpit', 'coordinator-gva');
  await page.waitForSelector('#acollida-dashboard-link', { timeout: PAGE_TIMEOUT_MS });
  await screenshot(page, 'dashboard-01-cockpit-link');
  await page.click('#acollida-dashboard-link');
  await page.waitForURL(/\/dashboard\/$/);
  await page.waitForSelector('body[data-loaded="true"]', { timeout: PAGE_TIMEOUT_MS });

  const figures = await page.evaluate(async () => (await fetch('/dashboard/api/figures')).json());
  const withData = Object.values(figures.tables).filter((t) => t.rows.length > 0).length;
  assert.ok(withData >= 8, `the demo programme fills most figures (${withData})`);
  assert.equal(await page.locator('section.figure canvas').count(), withData, 'every figure with data has its chart');
  assert.ok(await page.locator('section[data-table="agreements"] canvas').isVisible(), 'the agreements timeline');
  assert.ok(await page.locator('section[data-table="consultation-rounds"] canvas').isVisible(), 'the consultation rounds');
  assert.deepEqual(await firstColumn(page, 'agreements'), ['CS-VAL-PILOT']);
  assert.deepEqual((await firstColumn(page, 'stage-by-sponsor')).sort(),
    ['caritas-orihuela-alicante', 'caritas-segorbe-castellon', 'caritas-valencia', 'sjm']);
  const csv = await page.evaluate(async () => (await fetch('/dashboard/api/figures/stage-by-sponsor.csv')).text());
  assert.match(csv, /^sponsor,RECEPTION,PLANNING,IN_PROGRESS,BREAKDOWN,CLOSING,CLOSED,total\r\n/);
  await page.screenshot({ path: join(SCREENSHOTS, 'dashboard-02-coordinator.png'), fullPage: true });
  await page.close();
});

test('a sponsor\'s dashboard shows its own families only', async () => {
  const page = await login(running.browser, 'tasklist', 'sponsor-sjm');
  await openDashboard(page);
  assert.deepEqual(await firstColumn(page, 'stage-by-sponsor'), ['sjm']);
  assert.deepEqual(await firstColumn(page, 'stage-by-municipality'), ['València']);
  assert.ok(await page.locator('section[data-table="stage-by-municipality"] canvas').isVisible());
  const figures = await page.evaluate(async () => (await fetch('/dashboard/api/figures')).json());
  assert.equal(figures.viewer.userId, 'sponsor-sjm');
  for (const table of ['stage-by-sponsor', 'autonomy-by-sponsor', 'overdue-follow-ups']) {
    const sponsorColumn = table === 'overdue-follow-ups' ? 1 : 0;
    for (const row of figures.tables[table].rows) assert.equal(row[sponsorColumn], 'sjm', `${table}: ${row}`);
  }
  await page.screenshot({ path: join(SCREENSHOTS, 'dashboard-03-sponsor-sjm.png'), fullPage: true });
  await page.close();
});

test('in a Spanish browser the Cockpit card and the dashboard speak Spanish, and the CSV keeps its keys', async () => {
  const page = await running.browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'es-ES' });
  await signIn(page, 'cockpit', 'coordinator-gva');
  await page.waitForSelector('#acollida-dashboard-link >> text=Abrir el panel del programa', { timeout: PAGE_TIMEOUT_MS });
  assert.ok(await page.locator('text=El programa de un vistazo').isVisible(), 'the card\'s heading');
  await screenshot(page, 'dashboard-04-cockpit-card-spanish');
  await page.click('#acollida-dashboard-link');
  await page.waitForSelector('body[data-loaded="true"]', { timeout: PAGE_TIMEOUT_MS });

  assert.deepEqual(await page.locator('main h2').allTextContents(), ['Convenios', 'Itinerarios', 'Presupuesto', 'Rondas de consulta', 'Rendición de cuentas']);
  assert.match(await page.locator('section[data-table="budget"] h3').innerText(), /^Presupuesto por organización: asignado, gastado, disponible/);
  const stageHeadings = await page.locator('section[data-table="stage-by-sponsor"] thead th').allTextContents();
  assert.ok(stageHeadings.includes('en curso') && stageHeadings.includes('Entidad patrocinadora'), stageHeadings.join(', '));
  assert.match(await page.locator('#who').innerText(), /^Sesión de coordinator-gva/);
  const csv = await page.evaluate(async () => (await fetch('/dashboard/api/figures/budget.csv')).text());
  assert.match(csv, /^organisation,/, 'the CSV keeps the contract\'s column keys');
  await page.screenshot({ path: join(SCREENSHOTS, 'dashboard-05-spanish.png'), fullPage: true });
  await page.close();
});
