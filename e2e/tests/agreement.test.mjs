// The sponsorship agreement as coordinators and administrators see it in Tasklist and Cockpit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PAGE_TIMEOUT_MS, applicationAndBrowser, eventually, login, rest, screenshot } from '../support.mjs';

const running = applicationAndBrowser({
  ready: async () => {
    // the demo pilot's extension vote opens through the job executor right after start-up
    await eventually(async () => (await rest('admin', '/task/count?taskDefinitionKey=VoteOnExtension')).body.count === 5,
      'the pilot agreement\'s five votes');
  },
});

async function pilotVariable(name) {
  const [pilot] = (await rest('admin', '/process-instance?businessKey=CS-VAL-PILOT')).body;
  return (await rest('admin', `/process-instance/${pilot.id}/variables/${name}`)).body.value;
}

test('a sponsor sees only its organisation\'s work and votes from Tasklist', async () => {
  const page = await login(running.browser, 'tasklist', 'sponsor-sjm');
  await page.click('text=My organisation');
  await page.waitForSelector('text=Vote on extending the agreement');
  await screenshot(page, '01-sponsor-sjm-my-organisation');

  const listed = await page.locator('.tasks-list li.task').count();
  const visible = (await rest('sponsor-sjm', '/task')).body;
  assert.ok(visible.every((t) => t.tenantId === null || t.tenantId === 'sjm'), 'only sjm\'s families and shared agreements');
  assert.equal(visible.filter((t) => t.taskDefinitionKey === 'VoteOnExtension').length, 1, 'sjm has exactly its own vote');
  assert.equal(listed, visible.length, 'Tasklist lists exactly what sjm may see');

  await page.click('li.task >> text=Vote on extending the agreement');
  await page.waitForSelector('text=You vote for');
  await page.click('button.claim');
  await page.waitForSelector('text=Does your organisation agree');
  assert.ok(await page.locator('text=You vote for Servicio Jesuita a Migrantes de España').isVisible(),
    'the form names the organisation that votes');
  await screenshot(page, '02-sponsor-sjm-vote-form');

  const before = await pilotVariable('votesInFavour');
  await page.check('text=Yes, extend the agreement by two years');
  // a yes carries the organisation's budget for the next two years
  await page.getByLabel("Your organisation's budget for the next two years (EUR)").fill('120000');
  await page.click('button:has-text("Complete")');
  await eventually(async () => (await pilotVariable('votesInFavour')) === before + 1, 'the vote to be counted');
  assert.equal((await rest('sponsor-sjm', '/task/count?taskDefinitionKey=VoteOnExtension')).body.count, 0);
  await screenshot(page, '03-sponsor-sjm-voted');
  await page.close();
});

test('the regional coordinator votes on the extension from Tasklist', async () => {
  const page = await login(running.browser, 'tasklist', 'coordinator-gva');
  await page.click('text=Extension votes');
  await page.click('li.task >> text=Vote on extending the agreement');
  await page.click('button.claim');
  await page.waitForSelector('text=You vote for Generalitat Valenciana');
  const before = await pilotVariable('votesInFavour');
  await page.check('text=Yes, extend the agreement by two years');
  await page.getByLabel("Your organisation's budget for the next two years (EUR)").fill('0');
  await screenshot(page, '04-coordinator-gva-vote');
  await page.click('button:has-text("Complete")');
  await eventually(async () => (await pilotVariable('votesInFavour')) === before + 1, 'the vote to be counted');
  await page.close();
});

test('the administrator sees the processes, their diagrams and an incident in Cockpit', async () => {
  // a deliberately failing job: the pilot's monitoring timer with no retries left becomes an incident
  const [pilot] = (await rest('admin', '/process-instance?businessKey=CS-VAL-PILOT')).body;
  const [timer] = (await rest('admin', `/job?processInstanceId=${pilot.id}&activityId=MonitoringMeetingDue`)).body;
  assert.equal((await rest('admin', `/job/${timer.id}/retries`, { method: 'PUT', body: { retries: 0 } })).status, 204);

  const page = await login(running.browser, 'cockpit', 'admin');
  await page.goto(page.url().replace(/#.*$/, '#/processes'));
  await page.waitForSelector('text=Sponsorship agreement');
  await screenshot(page, '05-cockpit-processes');

  await page.click('text=Sponsorship agreement');
  // the svg appears before bpmn-js has drawn the elements: wait for the element itself
  await page.waitForSelector('.djs-element[data-element-id="VoteOnExtension"]', { timeout: PAGE_TIMEOUT_MS });
  await page.click('text=Incidents');
  await page.waitForSelector('text=Failed Job', { timeout: PAGE_TIMEOUT_MS });
  await screenshot(page, '06-cockpit-agreement-incident');
  const incidents = (await rest('admin', `/incident?processInstanceId=${pilot.id}`)).body;
  assert.equal(incidents.length, 1);
  assert.ok(await page.locator('.incidents-list, table').first().isVisible());
  await page.close();
});
