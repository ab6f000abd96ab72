// Coordinators work in their own languages: Tasklist, its filters, task names and forms follow the browser's
// language (Spanish, Valencian), English for any other; Acollida branding, no end-of-life banner.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, PAGE_TIMEOUT_MS, applicationAndBrowser, eventually, login, rest, screenshot } from '../support.mjs';

const running = applicationAndBrowser({
  ready: async () => {
    await eventually(async () => (await rest('admin', '/task/count?taskDefinitionKey=VoteOnExtension')).body.count === 5,
      'the pilot agreement\'s five votes');
  },
});

/** Logs in to Tasklist with the browser set to that language, in Valencia's time zone. */
function tasklist(user, locale, startProcessLabel) {
  return login(running.browser, 'tasklist', user, { locale, timezoneId: 'Europe/Madrid', ready: startProcessLabel });
}

const LANGUAGES = [
  { locale: 'es-ES', name: 'spanish', startProcess: 'Iniciar proceso', filter: 'Mi organización',
    task: 'Votar la prórroga del convenio', process: 'Convenio de patrocinio comunitario', claim: 'Reclamar',
    question: '¿Está de acuerdo su organización en prorrogar el convenio dos años?', title: 'Acollida Tareas' },
  { locale: 'ca-ES', name: 'valencian', startProcess: 'Iniciar un procés', filter: 'La meua organització',
    task: 'Votar la pròrroga del conveni', process: 'Conveni de patrocini comunitari', claim: 'Reclamar',
    question: 'Està d\'acord la seua organització a prorrogar el conveni dos anys?', title: 'Acollida Tasques' },
  { locale: 'fr-FR', name: 'french-gets-english', startProcess: 'Start process', filter: 'My organisation',
    task: 'Vote on extending the agreement', process: 'Sponsorship agreement', claim: 'Claim',
    question: 'Does your organisation agree to extend the agreement by two years?', title: 'Acollida Tasklist' },
];

for (const language of LANGUAGES) {
  test(`a browser in ${language.locale} shows Tasklist, the task and its form in ${language.name}`, async () => {
    const page = await tasklist('coordinator-gva', language.locale, language.startProcess);
    assert.equal(await page.title(), language.title, 'the application is called Acollida');
    assert.equal(await page.locator('.ce-eol-banner').isVisible(), false, 'no end-of-life banner');
    assert.ok(await page.locator('.navbar-brand .brand-logo').isVisible(), 'the Acollida logo');

    await page.click(`text=${language.filter}`);
    await page.waitForSelector(`li.task >> text=${language.task}`);
    assert.ok(await page.locator(`li.task >> text=${language.process}`).first().isVisible(), 'the process name');
    await page.click(`li.task >> text=${language.task}`);
    // the task's own claim button: a task in the list may be named "Reclamar …" too (a chase task, in Spanish)
    assert.equal((await page.locator('button.claim').innerText()).trim(), language.claim);
    await page.click('button.claim');
    await page.waitForSelector(`text=${language.question}`, { timeout: PAGE_TIMEOUT_MS });
    await screenshot(page, `i18n-${language.name}-vote-form`);

    // the webapps show times in the browser's zone; the coordinators' is Europe/Madrid
    assert.match(await page.locator('#footer-timezone').innerText(), /Europe\/Madrid/);

    // leave the vote to the other tests: hand the task back
    const [vote] = (await rest('admin', '/task?taskDefinitionKey=VoteOnExtension&candidateGroup=gva&includeAssignedTasks=true')).body;
    await rest('admin', `/task/${vote.id}/unclaim`, { method: 'POST' });
    await page.close();
  });
}

test('the welcome page speaks Valencian and carries the Acollida name', async () => {
  const page = await login(running.browser, 'welcome', 'coordinator-gva',
    { locale: 'ca-ES', timezoneId: 'Europe/Madrid', ready: 'Aplicacions' });
  assert.match(await page.title(), /^Acollida/);
  assert.equal(await page.locator('.ce-eol-banner').isVisible(), false);
  await screenshot(page, 'i18n-valencian-welcome');
  await page.close();
});

/** Logs in to Cockpit or Admin with the browser set to that language and waits for a label only that language has. */
function administration(app, locale, landmark) {
  return login(running.browser, app, 'admin', { locale, timezoneId: 'Europe/Madrid', ready: landmark });
}

test('a browser in es-ES shows Cockpit in Spanish', async () => {
  const page = await administration('cockpit', 'es-ES', 'Procesos');
  await screenshot(page, 'i18n-spanish-cockpit');
  for (const label of ['Decisiones', 'Despliegues', 'Instancias de proceso en curso']) {
    assert.equal(await page.locator(`text=${label} >> visible=true`).count() > 0, true, `Cockpit shows "${label}"`);
  }
  assert.equal(await page.locator('text=Deployments').count(), 0, 'no English menu left');

  await page.click('a[href="#/processes"] >> visible=true');
  await page.waitForSelector('text=definiciones de proceso desplegadas', { timeout: PAGE_TIMEOUT_MS });
  await screenshot(page, 'i18n-spanish-cockpit-processes');
  await page.close();
});

test('a Valencian browser gets Admin in Spanish, there being no Valencian Admin', async () => {
  const page = await administration('admin', 'ca-ES', 'Autorizaciones');
  await screenshot(page, 'i18n-valencian-admin-in-spanish');
  for (const label of ['Usuarios', 'Grupos', 'Tenants', 'Sistema']) {
    assert.equal(await page.locator(`text=${label} >> visible=true`).count() > 0, true, `Admin shows "${label}"`);
  }
  await page.close();
});

test('a browser in en-GB still gets Cockpit in English', async () => {
  const page = await administration('cockpit', 'en-GB', 'Deployments');
  assert.equal(await page.locator('text=Despliegues').count(), 0);
  await page.close();
});

test('a form names the family\'s itinerary area and status in the browser\'s language, not their codes', async () => {
  const [area] = (await rest('admin', '/task?taskDefinitionKey=WorkOnArea&processInstanceBusinessKey=FAM-VALENCIA')).body;
  assert.ok(area, 'the demo family FAM-VALENCIA works on its areas');
  const page = await tasklist('sponsor-sjm', 'es-ES', 'Iniciar proceso');
  await page.goto(`${BASE}/camunda/app/tasklist/default/#/?task=${area.id}`);
  await page.waitForSelector('text=Área del itinerario:', { timeout: PAGE_TIMEOUT_MS });
  const heading = await page.locator('h2:has-text("Área del itinerario:")').first().innerText();
  assert.doesNotMatch(heading, /LANGUAGE|HOUSING|EMPLOYMENT|MONEY|HEALTH|EDUCATION|COMMUNITY/, heading);
  assert.match(heading, /Idioma|Vivienda|Empleo y formación|Gestión económica|Salud|Educación|Red comunitaria/, heading);
  await screenshot(page, 'i18n-spanish-area-in-words');
  await page.close();
});
