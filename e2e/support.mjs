// Starts the packaged application (demo profile, fresh H2 file) and drives headless Chromium against it.
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';

const ROOT = resolve(import.meta.dirname, '..');
export const PORT = Number(process.env.ACOLLIDA_E2E_PORT ?? 18080);
export const BASE = `http://127.0.0.1:${PORT}`;
export const SCREENSHOTS = join(ROOT, 'target', 'e2e-screenshots');
/** How long a page may take to show what a test waits for: on a loaded 2-core CI machine a cold Tasklist once took over 30 s. */
export const PAGE_TIMEOUT_MS = 60_000;

/** Starts the jar built by mvn verify and resolves once it logs that it is ready. */
export async function startApplication() {
  const jar = readdirSync(join(ROOT, 'target')).find((f) => /^acollida-.*\.jar$/.test(f) && !f.endsWith('.original'));
  if (!jar) throw new Error('target/acollida-*.jar is missing: run mvn -B verify first');
  const work = mkdtempSync(join(tmpdir(), 'acollida-e2e-'));
  const log = [];
  const app = spawn('java', ['-Xmx512m', '-jar', join(ROOT, 'target', jar),
    '--spring.profiles.active=demo', `--server.port=${PORT}`, '--server.address=127.0.0.1',
    `--acollida.database.file=${join(work, 'acollida')}`], { cwd: work });
  app.stdout.on('data', (chunk) => log.push(chunk.toString()));
  app.stderr.on('data', (chunk) => log.push(chunk.toString()));
  for (let waited = 0; waited < 180_000; waited += 500) {
    if (log.join('').includes('Acollida ready')) return { stop: () => app.kill('SIGKILL'), log };
    if (app.exitCode !== null) throw new Error('application exited:\n' + log.join(''));
    await sleep(500);
  }
  app.kill('SIGKILL');
  throw new Error('application did not start:\n' + log.join(''));
}

/**
 * Registers the test file's hooks: the application and a browser start before its tests (then
 * {@code ready}, if given, waits for what the tests need) and stop after them. Returns the running
 * pair ({ app, browser }), filled in once the hooks have run.
 */
export function applicationAndBrowser({ ready } = {}) {
  const running = {};
  before(async () => {
    running.app = await startApplication();
    running.browser = await openBrowser();
    if (ready) await ready();
  });
  after(async () => {
    await running.browser?.close();
    running.app?.stop();
  });
  return running;
}

export async function openBrowser() {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
}

/**
 * A new page signed in to a webapp (tasklist, cockpit, admin) as a demo user (password = user id); `ready` is a text
 * the signed-in page shows (in the page's language). A first screen that does not come fails with what the page showed.
 */
export async function login(browser, app, user, { locale = 'en-GB', timezoneId, ready } = {}) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale, timezoneId });
  await signIn(page, app, user);
  const shown = ready ?? (app === 'tasklist' ? 'Start process' : 'Processes');
  try {
    await page.waitForSelector(`text=${shown} >> visible=true`, { timeout: PAGE_TIMEOUT_MS });
  } catch (error) {
    throw new Error(`${user} signed in to ${app} and "${shown}" was not shown: ${await whatThePageShows(page, `sign-in-${app}-${user}`)}`,
      { cause: error });
  }
  return page;
}

/**
 * Opens a webapp's sign-in form on the page and signs in as a demo user (password = user id). The form's controller
 * moves the focus to the user name once it has started, and under load that can fall between a fill's focus and its
 * typing: the password then lands after the user name, the browser refuses the form for its empty password, and the
 * test waits for a screen that never comes (docs/reliability.md). So both fields are filled until they hold what was
 * typed, and only then is the form sent.
 */
export async function signIn(page, app, user) {
  await page.goto(`${BASE}/camunda/app/${app}/default/`);
  const username = page.locator('input[ng-model="username"]');
  const password = page.locator('input[type="password"]');
  for (let attempt = 1; ; attempt++) {
    await username.fill(user);
    await password.fill(user);
    const typed = [await username.inputValue(), await password.inputValue()];
    if (typed[0] === user && typed[1] === user) break;
    console.warn(`${user}'s sign-in to ${app}: the form held user name "${typed[0]}" and a password of ${typed[1].length} characters after filling; filled again`);
    if (attempt === 3) throw new Error(`${user}'s sign-in form of ${app} did not keep what was typed: ${await whatThePageShows(page, `sign-in-form-${app}-${user}`)}`);
  }
  await page.click('button[type="submit"]');
}

/**
 * What a page shows when a test's wait failed, for the failure's message (a screenshot is kept too): a failed wait
 * alone says only that the text did not come, not whether the page was still at the sign-in form or stuck after it.
 */
export async function whatThePageShows(page, name) {
  await screenshot(page, name).catch(() => {});
  const loginForm = await page.locator('input[ng-model="username"]').isVisible().catch(() => false);
  const text = await page.locator('body').innerText().catch((e) => `(no text: ${e.message})`);
  return `url ${page.url()}, sign-in form ${loginForm ? 'still shown' : 'gone'}, screenshot ${name}.png, text: `
    + JSON.stringify(text.replace(/\s+/g, ' ').slice(0, 400));
}

export async function screenshot(page, name) {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}

/** The REST API as the given demo user. */
export async function rest(user, path, { method = 'GET', body } = {}) {
  const response = await fetch(`${BASE}/engine-rest${path}`, {
    method,
    headers: { Authorization: 'Basic ' + Buffer.from(`${user}:${user}`).toString('base64'), 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

/** Waits for a condition on data the application changes asynchronously (its job executor). */
export async function eventually(check, what, timeoutMs = 30_000) {
  for (let waited = 0; waited < timeoutMs; waited += 300) {
    if (await check()) return;
    await sleep(300);
  }
  throw new Error('timed out waiting for ' + what);
}
