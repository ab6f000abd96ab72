// A stakeholder follows the link in its invitation mail, read from the demo's own mail server over POP3, and lands on its task.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { applicationAndBrowser, BASE, PAGE_TIMEOUT_MS, eventually, login, rest, screenshot } from '../support.mjs';

const running = applicationAndBrowser();

/** The demo mail server's POP3 port, as its start-up line says (a free one if 3110 was taken). */
function pop3Port() {
  const line = running.app.log.join('').match(/Demo mail server: SMTP on [\d.]+:\d+, POP3 on [\d.]+:(\d+)/);
  assert.ok(line, 'the demo mail server started');
  return Number(line[1]);
}

/** Every message of a mailbox (user and password = its address), as raw text. */
async function mailbox(address) {
  const socket = connect(pop3Port(), '127.0.0.1');
  socket.setEncoding('latin1');
  let buffer = '';
  const waiters = [];
  socket.on('data', (chunk) => {
    buffer += chunk;
    while (waiters.length && waiters[0].done(buffer)) {
      const waiter = waiters.shift();
      const reply = buffer.slice(0, waiter.end(buffer));
      buffer = buffer.slice(reply.length);
      waiter.resolve(reply);
    }
  });
  const reply = (multiline) => new Promise((resolve) => {
    const end = (b) => multiline ? b.indexOf('\r\n.\r\n') + 5 : b.indexOf('\r\n') + 2;
    waiters.push({ resolve, end, done: (b) => (multiline ? b.indexOf('\r\n.\r\n') : b.indexOf('\r\n')) >= 0 });
  });
  const send = async (command, multiline = false) => {
    const answer = reply(multiline);
    socket.write(command + '\r\n');
    const text = await answer;
    assert.ok(text.startsWith('+OK'), `${command.split(' ')[0]}: ${text}`);
    return text;
  };
  await reply(false);
  await send(`USER ${address}`);
  await send(`PASS ${address}`);
  const count = Number((await send('STAT')).split(' ')[1]);
  const messages = [];
  for (let i = 1; i <= count; i++) messages.push(await send(`RETR ${i}`, true));
  await send('QUIT');
  socket.end();
  return messages;
}

/** The plain-text body, quoted-printable decoded. */
function decoded(raw) {
  const bytes = raw.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

test('a stakeholder follows its invitation mail\'s link and lands on its own task', async () => {
  const [invitation] = (await rest('stakeholder-1', '/task?taskDefinitionKey=SubmitContribution')).body;
  assert.ok(invitation, 'the demo round invited stakeholder-1');
  let mails = [];
  await eventually(async () => {
    mails = (await mailbox('stakeholder-1@demo.acollida.org')).map(decoded);
    return mails.some((m) => m.includes(`?task=${invitation.id}`));
  }, 'the invitation mail to arrive', 60_000);
  const mail = mails.find((m) => m.includes(`?task=${invitation.id}`));
  assert.match(mail, /Subject: .*Consulta/, 'in Spanish, the default');
  assert.match(mail, /To: stakeholder-1@demo\.acollida\.org/);
  const link = mail.match(/https?:\/\/[^\s"<]+\/camunda\/app\/tasklist\/default\/#\/\?task=[0-9a-f-]+/)[0];

  const page = await login(running.browser, 'tasklist', 'stakeholder-1');
  // the demo's links name its default address; the test's server listens on another port
  await page.goto(BASE + new URL(link).pathname + new URL(link).hash);
  await page.waitForSelector('textarea', { timeout: PAGE_TIMEOUT_MS });
  assert.ok(page.url().includes(`task=${invitation.id}`));
  assert.ok(await page.locator('h2:has-text("Submit contribution"), .task-details :text("Submit contribution")').first().isVisible(),
    'the invitation task is open');
  await screenshot(page, '40-stakeholder-1-from-invitation-mail');
  await page.close();
});

test('an administrator reads the demo mailbox; a sponsor may not', async () => {
  const page = await login(running.browser, 'tasklist', 'admin');
  await page.goto(`${BASE}/dashboard/api/demo-mailbox`);
  await page.waitForSelector('h1:has-text("Demo mailbox")');
  assert.match(await page.textContent('body'), /stakeholder-1@demo\.acollida\.org/);
  await screenshot(page, '41-admin-demo-mailbox');
  await page.close();
  const sponsor = await fetch(`${BASE}/dashboard/api/demo-mailbox`, {
    headers: { Authorization: 'Basic ' + Buffer.from('sponsor-sjm:sponsor-sjm').toString('base64') },
  });
  assert.equal(sponsor.status, 403);
});
