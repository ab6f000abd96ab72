// A sponsor records an expense with its receipt from Tasklist's start form; only it and the regional government see it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, applicationAndBrowser, eventually, login, rest, screenshot } from '../support.mjs';

const running = applicationAndBrowser();

const RECEIPT = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

async function fillExpense(page, { amount, receipt }) {
  const iso = new Date(Date.now() - 3 * 24 * 3600 * 1000).toISOString().slice(0, 10);
  await page.getByLabel('Sponsorship agreement code').fill('CS-VAL-PILOT');
  await page.getByLabel('Date of the expense').fill(iso);
  await page.getByLabel('Amount (EUR)').fill(amount);
  await page.getByLabel('Category').selectOption('LANGUAGE');
  await page.getByLabel('Family code (optional)').fill('FAM-VALENCIA');
  await page.getByLabel('Receipt (optional)').setInputFiles(receipt);
  return iso;
}

async function openExpenseForm(page) {
  await page.click('text=Start process');
  await page.click('text=Record an expense');
  await page.waitForSelector('text=Sponsorship agreement code');
}

test('a sponsor records an expense with its receipt from Tasklist and another sponsor never sees either', async () => {
  const page = await login(running.browser, 'tasklist', 'sponsor-sjm');
  await openExpenseForm(page);
  await screenshot(page, '20-sponsor-sjm-expense-form');

  // a receipt that is not what it says: the server refuses it naming the field, and the dialog stays open
  await fillExpense(page, { amount: '99.99', receipt: { name: 'ticket.pdf', mimeType: 'application/pdf', buffer: Buffer.from('#!/bin/sh\n') } });
  await page.click('button:has-text("Start")');
  const refusal = page.locator('.alert-danger', { hasText: 'could not be started' });
  await refusal.first().waitFor();
  assert.match(await refusal.first().innerText(), /receipt: is declared application\/pdf but its content is not/,
    'the refusal names the field and the rule');
  assert.ok(await page.getByLabel('Sponsorship agreement code').isVisible(), 'the form stays open with what was typed');
  await screenshot(page, '21-sponsor-sjm-expense-refused');
  await page.keyboard.press('Escape');
  await page.close();

  const again = await login(running.browser, 'tasklist', 'sponsor-sjm');
  await openExpenseForm(again);
  const iso = await fillExpense(again, { amount: '123.45', receipt: { name: 'ticket.pdf', mimeType: 'application/pdf', buffer: RECEIPT } });
  await screenshot(again, '22-sponsor-sjm-expense-filled');
  await again.click('button:has-text("Start")');
  // Tasklist closes the start dialog once the engine has started the instance (a refusal keeps it open)
  await again.waitForSelector('text=Sponsorship agreement code', { state: 'detached' });

  const mine = async () => (await rest('sponsor-sjm',
    '/history/variable-instance?variableName=amountEur&processDefinitionKey=record-expense')).body
    .filter((v) => v.value === 123.45);
  await eventually(async () => (await mine()).length > 0, 'the expense to be recorded');
  const expense = (await mine())[0].processInstanceId;
  const variables = (await rest('sponsor-sjm', `/history/variable-instance?processInstanceId=${expense}`)).body;
  const variable = (name) => variables.find((v) => v.name === name);
  assert.equal(variable('expenseDate').value, iso);
  assert.equal(variable('category').value, 'LANGUAGE');
  assert.equal(variable('familyCode').value, 'FAM-VALENCIA');
  assert.equal(variable('organisation').value, 'sjm', 'a sponsor records for itself');
  assert.equal(variable('recordedBy').value, 'sponsor-sjm');
  assert.equal(variable('receipt').type, 'File');
  assert.equal(variable('receipt').valueInfo.filename, 'ticket.pdf');
  assert.equal((await rest('sponsor-caritas-valencia', '/history/variable-instance?variableName=amountEur&processDefinitionKey=record-expense'))
    .body.filter((v) => v.processInstanceId === expense).length, 0, 'another sponsor sees nothing of it');
  assert.equal((await rest('sponsor-caritas-valencia', `/history/process-instance/${expense}`)).status, 404);
  assert.equal((await rest('coordinator-gva', `/history/process-instance/${expense}`)).status, 200);

  const receipt = async (user) => fetch(`${BASE}/engine-rest/history/variable-instance/${variable('receipt').id}/data`,
    { headers: { Authorization: 'Basic ' + Buffer.from(`${user}:${user}`).toString('base64') } });
  const own = await receipt('sponsor-sjm');
  assert.equal(own.status, 200);
  assert.deepEqual(Buffer.from(await own.arrayBuffer()), RECEIPT, 'the receipt as uploaded');
  assert.equal((await receipt('sponsor-caritas-valencia')).status, 404, "another sponsor cannot read the receipt");
  await screenshot(again, '23-sponsor-sjm-expense-recorded');
  await again.close();
});

test('the expense form speaks Valencian to a Valencian browser', async () => {
  const page = await login(running.browser, 'tasklist', 'sponsor-caritas-valencia', { locale: 'ca-ES', ready: 'Iniciar un procés' });
  await page.click('text=Iniciar un procés');
  await page.click('text=Registrar una despesa');
  await page.waitForSelector('text=Codi del conveni de patrocini');
  assert.ok(await page.getByLabel('Justificant (opcional)').isVisible());
  assert.ok(await page.locator('select#category option', { hasText: 'Habitatge' }).count() === 1);
  await screenshot(page, '24-sponsor-expense-form-valencian');
  await page.close();
});

test("a sponsor reads its own agreement's term and budget line in Tasklist, not another signatory's", async () => {
  const page = await login(running.browser, 'tasklist', 'sponsor-sjm');
  await page.click('a.acollida-our-agreements-toggle:has-text("Our agreements")');
  const line = page.locator('.acollida-our-agreements tr[data-agreement="CS-VAL-PILOT"]');
  await line.waitFor();
  const cells = await line.locator('td').allInnerTexts();
  assert.equal(cells[0], 'CS-VAL-PILOT');
  assert.equal(cells[5], '100000', "SJM's allocation in the pilot");
  assert.ok(Number(cells[6]) > 0, 'the demo expenses are counted as spent');
  assert.equal(Number(cells[7]).toFixed(2), (100000 - Number(cells[6])).toFixed(2), 'remaining = allocated - spent');
  const panel = await page.locator('.acollida-our-agreements').innerText();
  assert.doesNotMatch(panel, /50000/, "no other signatory's allocation (each Cáritas has 50,000)");
  await screenshot(page, '25-sponsor-sjm-our-agreements');
  await page.close();
});
