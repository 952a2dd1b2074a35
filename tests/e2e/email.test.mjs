// Email delivery of selections, black-box (docs/readers.md "By email"):
// double opt-in, the edition mail (multipart/alternative, French intact,
// RFC 8058 one-click unsubscribe), the rate limit on confirmation requests
// and address checks, against a local SMTP relay (lib/smtp.mjs).
//
// The first test checks the relay harness with a bare SMTP client.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { SmtpSink } from './lib/smtp.mjs';
import { smtpSend } from './lib/smtpclient.mjs';
import { setTimeout as sleep } from 'node:timers/promises';
import { startCrier, reader, publish, metricsAll, sum, MAIL_FROM } from './lib/notify.mjs';
import { call } from './lib/jar.mjs';
import { uniq } from './lib/proto.mjs';

const MULTIPART = [
  'From: Le Journal <news@example.org>',
  'To: lectrice@example.net',
  'Subject: =?UTF-8?Q?S=C3=A9lection_du_matin?=',
  'MIME-Version: 1.0',
  'List-Unsubscribe: <http://127.0.0.1/u/abc>',
  'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
  'Content-Type: multipart/alternative; boundary="b1"',
  '',
  '--b1',
  'Content-Type: text/plain; charset=utf-8',
  'Content-Transfer-Encoding: 8bit',
  '',
  '« Bonjour », M. Dupont : déjà là.',
  '.a line that starts with a dot',
  '--b1',
  'Content-Type: text/html; charset=utf-8',
  'Content-Transfer-Encoding: 8bit',
  '',
  '<p>&laquo; Bonjour &raquo;, M. Dupont</p>',
  '--b1--',
  '',
].join('\r\n');

describe('SMTP harness (checked with a bare SMTP client)', () => {
  it('keeps the envelope and the parsed parts, without AUTH', async () => {
    const sink = await new SmtpSink().start();
    try {
      await smtpSend({ port: sink.port, from: 'news@example.org', to: ['lectrice@example.net'], raw: MULTIPART });
      assert.equal(sink.count, 1);
      const [m] = sink.to('lectrice@example.net');
      assert.equal(m.envelope.from, 'news@example.org');
      assert.equal(m.subject, 'Sélection du matin');
      assert.match(m.text, /« Bonjour », M\. Dupont : déjà là\./);
      assert.match(m.text, /^\.a line that starts with a dot$/m, 'dot-stuffing undone');
      assert.match(m.html, /&laquo; Bonjour/);
      assert.equal(m.h['list-unsubscribe-post'], 'List-Unsubscribe=One-Click');
      assert.equal(m.h['list-unsubscribe'], '<http://127.0.0.1/u/abc>');
      assert.match(m.headers['content-type'].value, /multipart\/alternative/);
    } finally { await sink.close(); }
  });

  it('with a user and a password, demands AUTH PLAIN with those', async () => {
    const sink = await new SmtpSink({ user: 'crier', pass: 's3cret' }).start();
    try {
      assert.match(sink.url, /^smtp:\/\/crier:s3cret@127\.0\.0\.1:\d+$/);
      await assert.rejects(smtpSend({ port: sink.port, from: 'a@example.org', to: ['b@example.net'], raw: 'Subject: x\r\n\r\nx' }), /smtp: 5\d\d/);
      await assert.rejects(smtpSend({ port: sink.port, from: 'a@example.org', to: ['b@example.net'], raw: 'Subject: x\r\n\r\nx', user: 'crier', pass: 'nope' }), /smtp: 535/);
      assert.equal(sink.authFailures, 1);
      assert.equal(sink.count, 0);
      await smtpSend({ port: sink.port, from: 'a@example.org', to: ['b@example.net'], raw: 'Subject: x\r\n\r\nx', user: 'crier', pass: 's3cret' });
      assert.equal(sink.to('b@example.net')[0].envelope.user, 'crier');
    } finally { await sink.close(); }
  });

  it('gives a programmed temporary failure', async () => {
    const sink = await new SmtpSink().start();
    try {
      sink.failNext.push(451);
      await assert.rejects(smtpSend({ port: sink.port, from: 'a@example.org', to: ['b@example.net'], raw: 'Subject: x\r\n\r\nx' }), /smtp: 451/);
      await smtpSend({ port: sink.port, from: 'a@example.org', to: ['b@example.net'], raw: 'Subject: x\r\n\r\nx' });
      assert.equal(sink.to('b@example.net').length, 1);
    } finally { await sink.close(); }
  });
});

// ---- crier against the relay ----

// The confirmation link of a confirmation mail: the link to this server
// that carries a token (20 or more base64url characters after / or =).
function confirmLink(s, mail) {
  const links = (mail.text || '').match(/https?:\/\/[^\s<>")]+/g) || [];
  const mine = links.filter(l => l.startsWith(s.url.replace('http:', 'https:')) && /[/=][A-Za-z0-9_-]{20,}(?:[/?#&]|$)/.test(l));
  assert.ok(mine.length >= 1, 'a confirmation link in: ' + mail.text);
  return viaProxy(mine[0]);
}

// The text with no-break spaces (which crier's mails put inside « »)
// read as spaces: intact French, typographically spaced.
const plain = t => (t || '').replace(/[\u00a0\u202f]/g, ' ');

// What the TLS proxy does: https://host/... reaches the port over HTTP.
const viaProxy = url => url.replace(/^https:/, 'http:');

function unsubscribeUrl(mail) {
  const m = /^<(https:\/\/[^>]+)>$/.exec(mail.h['list-unsubscribe'] || '');
  assert.ok(m, 'List-Unsubscribe: ' + mail.h['list-unsubscribe']);
  return m[1];
}

describe('email editions', () => {
  let s, sink, slug;
  let runs = 0;
  before(async () => {
    sink = await new SmtpSink().start();
    // The base URL is https, as behind the TLS proxy of docs/operating.md:
    // RFC 8058 one-click goes with an https List-Unsubscribe only. The
    // tests follow the links over plain HTTP to the port (viaProxy).
    s = await startCrier({ smtp: sink, scheme: 'https' });
    slug = uniq('mail');
    await s.channel(slug, { lang: 'fr', tz: 'Europe/Paris' });
  });
  after(async () => { if (s) await s.cleanup(); if (sink) await sink.close(); });

  // A new post and a selection over it; returns the selection's answer.
  async function edition(title = 'M. Dupont « réélu » à Besançon', body = 'M. Dupont a été réélu dimanche à Besançon avec 54 % des voix. Le conseil siégera lundi.') {
    await publish(s, slug, { title: `${title} (${++runs})`, body, importance: 2 });
    await sleep(1100); // two runs in one second are refused (409)
    const r = await s.api('POST', `/api/v1/channels/${slug}/selections`);
    assert.equal(r.status, 201, r.text);
    return r.json;
  }

  async function ask(address, what = 'selections', jar) {
    jar = jar || await reader(s, slug);
    return call(s, jar, 'POST', `/api/v1/channels/${slug}/email`, { body: { address, what } });
  }

  // A confirmed subscriber: asks, gets the mail, follows the link.
  async function confirmed(address) {
    const r = await ask(address);
    assert.equal(r.status, 202, r.text);
    await sink.waitTo(address, 1);
    const c = await fetch(confirmLink(s, sink.to(address)[0]), { redirect: 'manual' });
    assert.ok(c.status < 400, 'confirmation answered ' + c.status);
    await c.text();
  }

  it('says email is on', async () => {
    const r = await s.api('GET', '/api/v1/push/key', undefined, { token: null });
    assert.equal(r.status, 200, r.text);
    assert.equal(r.json.email, true);
  });

  it('double opt-in: only the confirmation before the click, the editions after it', async () => {
    const early = `early-${runs}@example.net`, later = `later-${runs}@example.net`;
    await confirmed(early);
    const r = await ask(later);
    assert.equal(r.status, 202, r.text);
    await sink.waitTo(later, 1);
    const conf = sink.to(later)[0];
    assert.equal(conf.envelope.from, MAIL_FROM);
    const sel1 = await edition();
    await sink.waitTo(early, 2, { timeout: 15000 });
    await sleep(500);
    assert.equal(sink.to(later).length, 1, 'nothing but the confirmation before the click');
    const c = await fetch(confirmLink(s, conf), { redirect: 'manual' });
    assert.ok(c.status < 400, 'confirmation ' + c.status);
    const sel2 = await edition();
    await sink.waitTo(later, 2, { timeout: 15000 });
    await sink.waitTo(early, 3, { timeout: 15000 });
    const ed = sink.to(later)[1];
    assert.match(ed.subject, /Sélection/);
    assert.ok(plain(ed.text).includes(`M. Dupont « réélu » à Besançon (${runs})`), ed.text);
    assert.ok(sel1.seq < sel2.seq);
  });

  it('the edition: multipart/alternative, French intact, RFC 8058 headers, one-click unsubscribe', async () => {
    const a = `oneclick-${runs}@example.net`, b = `stays-${runs}@example.net`;
    await confirmed(a);
    await confirmed(b);
    await edition('Municipales : M. Lefèvre « satisfait » à Besançon', 'M. Lefèvre a salué dimanche « une victoire » à Besançon, où l’équipe sortante l’emporte. Les résultats définitifs sont attendus.');
    await sink.waitTo(a, 2, { timeout: 15000 });
    const ed = sink.to(a)[1];
    assert.match(ed.h['content-type'], /^multipart\/alternative/i, ed.h['content-type']);
    assert.match(ed.raw, /Content-Type: text\/plain; charset="?utf-8"?/i);
    assert.match(ed.raw, /Content-Type: text\/html; charset="?utf-8"?/i);
    assert.equal(ed.envelope.from, MAIL_FROM);
    assert.deepEqual(ed.envelope.to, [a]);
    assert.ok(plain(ed.text).includes('Municipales : M. Lefèvre « satisfait » à Besançon'), ed.text);
    assert.ok(plain(ed.text).includes('M. Lefèvre a salué dimanche « une victoire » à Besançon'), 'the lede is not cut at "M.": ' + ed.text);
    assert.ok(/Lefèvre|Lef&egrave;vre|Lef&#232;vre/.test(ed.html) && /«|&laquo;|&#171;/.test(ed.html), ed.html);
    assert.match(ed.html, /<a [^>]*href="https:\/\/127\.0\.0\.1:\d+\//, 'absolute links in the HTML part');
    assert.equal(ed.h['list-unsubscribe-post'], 'List-Unsubscribe=One-Click', ed.raw.split(/\r?\n\r?\n/)[0]);
    assert.match(ed.text, /https:\/\/127\.0\.0\.1:\d+\/\S*unsubscribe/, 'the unsubscribe link in the text part too');
    const url = viaProxy(unsubscribeUrl(ed));
    assert.ok(url.startsWith(s.url + '/'), url);

    // The one-click POST, as a mail provider sends it: no cookie, no CSRF token.
    const u = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' });
    assert.ok(u.status >= 200 && u.status < 300, 'unsubscribe answered ' + u.status);
    const m0 = await metricsAll(s);
    await edition();
    await sink.waitTo(b, 3, { timeout: 15000 });
    await sleep(1000);
    assert.equal(sink.to(a).length, 2, 'nothing after the one-click unsubscribe');
    const m1 = await metricsAll(s);
    assert.ok(sum(m1, 'crier_email_sent_total') > sum(m0, 'crier_email_sent_total'), 'the last edition counted');
  });

  it('limits confirmation mails to one address: no 4th in a day', async () => {
    const a = `often-${runs}@example.net`;
    const statuses = [];
    for (let i = 0; i < 4; i++) {
      statuses.push((await ask(a)).status);
      await sink.waitTo(a, Math.min(i + 1, 3), { timeout: 10000 });
    }
    await sleep(1500);
    assert.deepEqual(statuses.slice(0, 3), [202, 202, 202]);
    assert.ok(statuses[3] === 202 || statuses[3] === 429, 'the 4th: ' + statuses[3]);
    assert.equal(sink.to(a).length, 3, 'no 4th mail');
  });

  it('refuses invalid addresses and choices with 400, and non-members of a private channel with 403', async () => {
    const bad = ['', 'plainaddress', '@example.org', 'a@', 'a b@example.org', 'a@exa mple.org', '<a@example.org>',
      'a@example.org\r\nBcc: evil@example.org', 'a@example.org, b@example.org', 'x'.repeat(250) + '@example.org', 'a@.org'];
    const jar = await reader(s, slug);
    for (const address of bad) {
      const r = await ask(address, 'selections', jar);
      assert.equal(r.status, 400, JSON.stringify(address) + ': ' + r.status + ' ' + r.text);
    }
    for (const what of ['all', 'none', 'posts']) {
      assert.equal((await ask('fine@example.net', what, jar)).status, 400, what);
    }
    const r = await call(s, jar, 'POST', `/api/v1/channels/${slug}/email`, { body: { what: 'selections' } });
    assert.equal(r.status, 400, 'no address');
    const other = uniq('mailx');
    await s.channel(other, { visibility: 'private' });
    const nm = await call(s, jar, 'POST', `/api/v1/channels/${other}/email`, { body: { address: 'fine@example.net', what: 'selections' } });
    assert.equal(nm.status, 403, nm.text);
    await sleep(500);
    assert.equal(sink.mails.filter(m => m.envelope.to.some(t => /evil|fine/.test(t))).length, 0, 'nothing was mailed');
  });
});
