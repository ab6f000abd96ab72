// A family's consent in Tasklist's Documents tab: the reception cannot be completed without it, and can once the
// sponsor has uploaded it (docs/documents.md).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, PAGE_TIMEOUT_MS, applicationAndBrowser, eventually, login, rest, screenshot } from '../support.mjs';

const running = applicationAndBrowser();
// the smallest file that passes as a PDF: what a PDF starts and ends with
const PDF = Buffer.from('%PDF-1.4\n%%EOF\n', 'ascii');

function isoDate(daysFromToday) {
  return new Date(Date.now() + daysFromToday * 86_400_000).toISOString().slice(0, 10);
}

/** The reception's form: a select and a date (form-js widgets, driven as a person would), then Complete. */
async function fillReceptionAndComplete(page) {
  await page.locator('.fjs-form-field-select', { hasText: 'Where will the family live?' }).locator('.fjs-input-group')
    .click();
  await page.click('.fjs-dropdownlist-item >> text=Social housing');
  await page.locator('.fjs-form-field-datetime input').first().click();
  const [year, month, day] = isoDate(20).split('-');
  await page.keyboard.type(`${day}/${month}/${year}`); // the browser is en-GB
  await page.keyboard.press('Enter');
  await page.getByLabel('Welcome arrangements').click();
  await page.waitForSelector('button:has-text("Complete"):not([disabled])');
  await page.locator('button:has-text("Complete")').dispatchEvent('click');
}

test('a sponsor cannot complete its family\'s reception without the consent, uploads it in Documents, completes', async () => {
  // the regional government registers a family that arrives in a month, sponsored by sjm
  const familyCode = `FAM-E2E-${Date.now().toString(36).toUpperCase()}`;
  const started = await rest('coordinator-gva', '/process-definition/key/integration-itinerary/start', {
    method: 'POST',
    body: { businessKey: familyCode, variables: {
      familyCode: { value: familyCode }, agreementCode: { value: 'CS-VAL-PILOT' }, sponsorOrganisation: { value: 'sjm' },
      municipality: { value: 'Alaquàs' }, members: { value: 2, type: 'Integer' }, minors: { value: 0, type: 'Integer' },
      arrivalDate: { value: isoDate(30) } } },
  });
  assert.equal(started.status, 200, JSON.stringify(started.body));
  let reception;
  await eventually(async () => {
    [reception] = (await rest('sponsor-sjm',
      `/task?processInstanceId=${started.body.id}&taskDefinitionKey=PrepareReception`)).body;
    return reception !== undefined;
  }, 'the reception task');

  const page = await login(running.browser, 'tasklist', 'sponsor-sjm');
  await page.goto(`${BASE}/camunda/app/tasklist/default/#/?task=${reception.id}`);
  await page.click('button.claim', { timeout: PAGE_TIMEOUT_MS });
  await page.waitForSelector('text=Where will the family live?', { timeout: PAGE_TIMEOUT_MS });
  try {
    await consentGatesTheReception(page, reception);
  } catch (failed) {
    await screenshot(page, '60-documents-failure');
    throw failed;
  }
  await page.close();
});

async function consentGatesTheReception(page, reception) {
  await fillReceptionAndComplete(page);
  await page.waitForSelector('text=familyConsent', { timeout: PAGE_TIMEOUT_MS });
  await screenshot(page, '60-reception-refused-without-consent');
  assert.equal((await rest('sponsor-sjm', `/task/${reception.id}`)).status, 200, 'the task is still open');

  await page.click('.nav-tabs >> text=Documents');
  await page.waitForSelector('text=No documents yet.', { timeout: PAGE_TIMEOUT_MS });
  assert.equal(await page.locator('select[name="kind"] option').count(), 1, 'an itinerary takes the consent only');
  await page.setInputFiles('input[name="file"]', { name: 'consent.pdf', mimeType: 'application/pdf', buffer: PDF });
  await page.click('button:has-text("Upload")');
  await page.waitForSelector('text=Document added.', { timeout: PAGE_TIMEOUT_MS });
  await page.waitForSelector('tr[data-document-kind="familyConsent"] >> text=consent.pdf');
  await screenshot(page, '61-consent-in-documents');

  // a script named like a PDF is refused by the server, and the tab says why
  await page.setInputFiles('input[name="file"]', { name: 'consent.pdf', mimeType: 'application/pdf',
    buffer: Buffer.from('<script>alert(1)</script>') });
  await page.click('button:has-text("Upload")');
  await page.waitForSelector('[role="alert"] >> text=is declared application/pdf but its content is not');
  assert.equal(await page.locator('tr[data-document-kind]').count(), 1);

  // back in the form (Tasklist renders it afresh, so it is filled again) the reception completes
  await page.click('.nav-tabs >> text=Form');
  await page.waitForSelector('text=Where will the family live?', { timeout: PAGE_TIMEOUT_MS });
  await fillReceptionAndComplete(page);
  await eventually(async () => (await rest('sponsor-sjm', `/task/${reception.id}`)).status === 404,
    'the reception to complete');
}
