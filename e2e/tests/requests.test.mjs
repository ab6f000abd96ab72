// A coordinator's actions from Tasklist alone, in Spanish: refusing an itinerary's closure, and terminating an
// agreement from "Iniciar proceso" (the request processes of issue 25).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applicationAndBrowser, eventually, login, rest, screenshot } from '../support.mjs';

const running = applicationAndBrowser();

async function variable(businessKey, name) {
  const [instance] = (await rest('admin', `/process-instance?businessKey=${businessKey}`)).body;
  return (await rest('admin', `/process-instance/${instance.id}/variables/${name}`)).body.value;
}

test('el coordinador devuelve el cierre de un itinerario con un motivo y el itinerario continúa', async () => {
  // the family's sponsor records through REST that the family left: the closure waits for the coordinator
  const departed = await rest('sponsor-sjm', '/process-definition/key/record-family-departure/start', {
    method: 'POST',
    body: { variables: { familyCode: { value: 'FAM-VALENCIA' }, departureDate: { value: new Date().toISOString().slice(0, 10) },
      reason: { value: 'Se ha mudado con familiares a otra ciudad.' } } },
  });
  assert.equal(departed.status, 200, JSON.stringify(departed.body));
  assert.equal(await variable('FAM-VALENCIA', 'itineraryStatus'), 'CLOSING');

  const page = await spanishTasklist('coordinator-gva');
  await page.click('li.task >> text=Aprobar el cierre del itinerario');
  await page.click('button.claim');
  await page.waitForSelector('text=Resumen del itinerario');
  await page.getByLabel('Resumen del itinerario').fill('La familia solo se fue de vacaciones.');
  await page.check('text=Devolverlo: el itinerario continúa');
  await page.getByLabel('Por qué continúa el itinerario').fill('La familia ha vuelto: sigue en València con su entidad.');
  // the form takes a typed value a moment later (debounced): leave the field and let it settle before submitting
  await page.keyboard.press('Tab');
  await page.waitForTimeout(1000);
  await screenshot(page, '40-coordinator-gva-sends-closure-back');
  await page.locator('button:has-text("Completar")').click();

  await eventually(async () => (await variable('FAM-VALENCIA', 'itineraryStatus')) === 'IN_PROGRESS',
    'the itinerary to go on');
  assert.equal((await rest('admin', '/task/count?taskDefinitionKey=CloseItinerary&processInstanceBusinessKey=FAM-VALENCIA'))
    .body.count, 0, 'no closure is waiting any more');
  await page.close();
});

test('el coordinador termina anticipadamente un convenio desde «Iniciar proceso»', async () => {
  const page = await spanishTasklist('coordinator-gva');
  await page.click('text=Iniciar proceso');
  await page.click('text=Solicitar la terminación anticipada de un convenio');
  await page.waitForSelector('text=Código del convenio de patrocinio');
  await page.getByLabel('Código del convenio de patrocinio').fill('CS-VAL-PILOT');
  await page.getByLabel('Motivo de la terminación').fill('La Generalitat retira la financiación del programa.');
  await screenshot(page, '41-coordinator-gva-terminates-agreement');
  await page.click('.modal-footer button:has-text("Iniciar")');

  await eventually(async () => (await variable('CS-VAL-PILOT', 'agreementStatus')) === 'TERMINATED',
    'the agreement to be terminated');
  const [request] = (await rest('admin', '/history/process-instance?processDefinitionKey=request-agreement-termination')).body;
  assert.equal(request.businessKey, 'CS-VAL-PILOT');
  assert.equal(request.startUserId, 'coordinator-gva', 'the request records who asked');
  await page.close();
});

/** Tasklist as a browser set to Spanish sees it. */
function spanishTasklist(user) {
  return login(running.browser, 'tasklist', user, { locale: 'es-ES', timezoneId: 'Europe/Madrid', ready: 'Iniciar proceso' });
}
