// A stakeholder answers its invitation in Tasklist and sees nobody else's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applicationAndBrowser, BASE, eventually, login, rest, screenshot, signIn } from '../support.mjs';

const running = applicationAndBrowser();

test('a stakeholder submits its contribution from Tasklist, sees only its own task, and nobody else reads it', async () => {
  const page = await login(running.browser, 'tasklist', 'stakeholder-1');
  await page.click('text=My tasks');
  await page.waitForSelector('li.task >> text=Submit contribution');
  assert.equal(await page.locator('li.task').count(), 1, 'only its own invitation');
  const visible = (await rest('stakeholder-1', '/task')).body;
  assert.equal(visible.length, 1);
  assert.equal(visible[0].assignee, 'stakeholder-1');
  const others = (await rest('facilitator', '/task?taskDefinitionKey=SubmitContribution')).body
    .filter((t) => t.assignee !== 'stakeholder-1');
  assert.equal((await rest('stakeholder-1', `/task/${others[0].id}`)).status, 404, 'another stakeholder’s task is not there');

  await page.click('li.task >> text=Submit contribution');
  await page.waitForSelector('textarea');
  await page.fill('textarea', 'Migrant associations need a stable seat in the municipal councils, not an invitation per round.');
  await screenshot(page, '20-stakeholder-1-contribution');
  await page.click('button:has-text("Complete")');
  await eventually(async () => (await rest('stakeholder-1', '/task/count')).body.count === 0, 'the contribution to be submitted');

  const [round] = (await rest('facilitator', '/process-instance?businessKey=EVM-P4-ASSOCIATIONS-2026')).body;
  const contributions = (await rest('facilitator', `/process-instance/${round.id}/variables/contributions?deserializeValue=false`)).body;
  assert.ok(JSON.parse(contributions.value).some((c) => c.text === null && c.submittedAt), 'the answer is recorded');
  assert.doesNotMatch(contributions.value, /stable seat/, 'its text is sealed until the synthesis');
  const [invitation] = (await rest('stakeholder-2', '/task')).body;
  const seen = await rest('stakeholder-2', `/task/${invitation.id}/variables?deserializeValues=false`);
  assert.equal(seen.status, 200);
  assert.doesNotMatch(JSON.stringify(seen.body), /stable seat/, 'another stakeholder cannot read it');
  await page.close();
});

test('a stakeholder\'s first screen, in Spanish, is its own filter with its invitation, nothing to click', async () => {
  const page = await running.browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'es-ES', timezoneId: 'Europe/Madrid' });
  await signIn(page, 'tasklist', 'stakeholder-3');
  // Tasklist opens the first filter by itself: for a stakeholder, its own tasks
  await page.waitForSelector('li.task >> text=Enviar la aportación', { timeout: 60_000 });
  assert.match(await page.locator('.task-filter.active').first().innerText(), /Mis tareas/);
  assert.equal(await page.locator('li.task').count(), 1, 'its invitation only');
  await screenshot(page, '22-stakeholder-first-screen-spanish');
  await page.close();
});

test('the facilitator picks who answers for a stakeholder by name, not by typing a user id', async () => {
  const page = await login(running.browser, 'tasklist', 'facilitator');
  await page.click('text=Start process');
  await page.click('.modal-body >> text=Consultation round');
  await page.waitForSelector('text=Who answers for it', { timeout: 60_000 });
  const select = page.getByLabel('Who answers for it').first();
  await select.click();
  await page.waitForSelector('text=Stakeholder 1 (stakeholder-1)');
  assert.equal(await page.locator('text=(sponsor-sjm)').count(), 0, 'only the stakeholders group');
  await screenshot(page, '23-facilitator-picks-stakeholder-user');
  await page.close();
});

test('a published round\'s results are a readable page', async () => {
  const response = await fetch(`${BASE}/reports/consultations/EVM-P2-RECEPTION-2025`);
  assert.equal(response.status, 200);
  const page = await running.browser.newPage();
  await page.goto(`${BASE}/reports/consultations/EVM-P2-RECEPTION-2025`);
  await screenshot(page, '21-published-report');
  assert.ok((await page.textContent('body')).length > 200);
  await page.close();
});
