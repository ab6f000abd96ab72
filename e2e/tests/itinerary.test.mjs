// A sponsor's families in Tasklist: only its own, and a form that will not complete with a required field empty.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applicationAndBrowser, eventually, login, rest, screenshot } from '../support.mjs';

const running = applicationAndBrowser();

test('a sponsor works on its own family\'s itinerary, and an empty required field blocks completion', async () => {
  const page = await login(running.browser, 'tasklist', 'sponsor-sjm');
  await page.click('text=My organisation');
  await page.waitForSelector('li.task >> text=Work on area: Language');
  await screenshot(page, '10-sponsor-sjm-families');
  assert.equal(await page.locator('li.task >> text=Mediate the sponsorship breakdown').count(), 0,
    'Cáritas Valencia’s family (in breakdown) is not shown to sjm');
  const theirs = (await rest('sponsor-caritas-valencia', '/task?taskDefinitionKey=WorkOnArea')).body;
  assert.ok(theirs.length > 0);
  assert.equal((await rest('sponsor-sjm', `/task/${theirs[0].id}`)).status, 404, 'nor through REST');

  await page.click('li.task >> text=Work on area: Language');
  await page.click('button.claim');
  await page.waitForSelector('text=Goals in this area');
  const [task] = (await rest('sponsor-sjm', '/task?taskDefinitionKey=WorkOnArea&nameLike=%25Language%25')).body;

  await page.getByLabel('Goals in this area').fill('Adults reach A2 in Spanish by June.');
  await page.check('text=Goals partly reached');
  await page.click('button:has-text("Complete")');
  await page.waitForSelector('text=Field is required.');
  await screenshot(page, '11-sponsor-sjm-required-field');
  assert.equal((await rest('sponsor-sjm', `/task/${task.id}`)).status, 200, 'the task is still open');

  await page.getByLabel('What was done').click();
  // typed like a person: after a refused submit the form re-renders, and a programmatic fill is lost
  await page.keyboard.type('Weekly classes at the parish centre; a volunteer tutor on Saturdays.');
  // Tasklist enables Complete once the form is valid; the refusal's notice still covers the button's
  // corner, so the click goes to the button itself
  await page.waitForSelector('button:has-text("Complete"):not([disabled])');
  await page.locator('button:has-text("Complete")').dispatchEvent('click');
  await eventually(async () => (await rest('sponsor-sjm', `/task/${task.id}`)).status === 404, 'the task to complete');
  const outcomes = (await rest('sponsor-sjm', `/process-instance/${task.processInstanceId}/variables/areaOutcomes?deserializeValue=false`)).body;
  assert.match(outcomes.value, /"LANGUAGE"\s*:\s*"PARTLY_REACHED"/, 'the area’s outcome is recorded on the itinerary');
  await screenshot(page, '12-sponsor-sjm-area-done');
  await page.close();
});
