// The public accountability page in Valencian: the demo round's measures, their states, and the way back to the round.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applicationAndBrowser, BASE, screenshot } from '../support.mjs';

const running = applicationAndBrowser();
const ROUND = 'EVM-P2-RECEPTION-2025';

test('a Valencian browser reads the accountability page without logging in, with each measure linked to its round', async () => {
  const page = await running.browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'ca-ES', timezoneId: 'Europe/Madrid' });
  const refused = [];
  // (the browser's own request for /favicon.ico answers 404; only the policy's refusals count)
  page.on('console', (message) => { if (/Refused|Content Security Policy/.test(message.text())) refused.push(message.text()); });
  const response = await page.goto(`${BASE}/reports/accountability`);
  assert.equal(response.status(), 200);
  assert.match(response.headers()['content-security-policy'], /default-src 'self'/);
  assert.equal(await page.getAttribute('html', 'lang'), 'ca');
  assert.match(await page.textContent('h1'), /Rendició de comptes/);
  assert.match(await page.textContent('body'), /Objectiu 2\.1\. Garantir l'accés normalitzat als serveis públics/);

  const status = async (n) => (await page.textContent(`tr[data-measure="${ROUND}-${n}"] .status`)).trim();
  assert.equal(await status(1), 'En curs');
  assert.equal(await status(3), 'Tancada');
  assert.equal(await status(4), 'Prevista');
  assert.match(await status(5), /Complida/);
  await screenshot(page, '40-accountability-valencian');
  assert.deepEqual(refused, [], 'nothing refused by the page\'s policy');

  await page.click(`tr[data-measure="${ROUND}-1"] a[href="/reports/consultations/${ROUND}"]`);
  await page.waitForURL(`**/reports/consultations/${ROUND}`);
  assert.match(await page.textContent('h1'), new RegExp(ROUND));
  await page.close();
});

test('the same data as JSON and CSV under the contract\'s names', async () => {
  const json = await (await fetch(`${BASE}/reports/accountability.json`)).json();
  const measures = json.priorities.flatMap((p) => p.objectives.flatMap((o) => o.measures));
  const first = measures.find((m) => m.measureCode === `${ROUND}-1`);
  assert.equal(first.objective, '2.1');
  assert.equal(first.measureStatus, 'IN_PROGRESS');
  assert.equal(first.progress, 40);
  assert.equal(first.originConsultationCode, ROUND);
  const csv = await (await fetch(`${BASE}/reports/accountability.csv`)).text();
  assert.match(csv, /^measureCode,title,priority,objective,measureStatus,progress,responsibleOrganisation,dueDate,/);
  assert.match(csv, new RegExp(`${ROUND}-3,.*,CLOSED,100,gva,`));
});
