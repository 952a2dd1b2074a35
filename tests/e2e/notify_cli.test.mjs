// The operator's side of notifications (docs/cli.md "crier push", "crier
// email test"; docs/operating.md "Push and email"): the key the CLI prints
// is the one the server signs with, rotation needs --yes and then changes
// what the server answers after a restart, stats count what the store holds,
// and `email test` reaches a real SMTP server (or says why not).
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cli, CRIER } from './lib/server.mjs';
import { PushService } from './lib/pushsvc.mjs';
import { SmtpSink } from './lib/smtp.mjs';
import { startCrier, subscriber, metricsAll, sum } from './lib/notify.mjs';

const KEY_RE = /^[A-Za-z0-9_-]{87}$/;

// The CLI, asynchronously: the SMTP server it talks to runs in this process,
// which a synchronous spawn would block.
function cliAsync(args) {
  return new Promise((resolve, reject) => {
    const p = spawn(CRIER, args, { env: { ...process.env, CRIER_DATA: '', CRIER_SMTP_URL: '', CRIER_MAIL_FROM: '' } });
    let stdout = '', stderr = '';
    p.stdout.on('data', d => { stdout += d; });
    p.stderr.on('data', d => { stderr += d; });
    const t = setTimeout(() => p.kill('SIGKILL'), 60000);
    p.on('error', reject);
    p.on('close', status => { clearTimeout(t); resolve({ status, stdout, stderr }); });
  });
}

describe('crier push', () => {
  let s, svc;
  before(async () => {
    svc = await new PushService().start();
    s = await startCrier({ svc });
  });
  after(async () => { if (s) await s.cleanup(); if (svc) await svc.close(); });

  it('key prints the key the server hands to browsers', async () => {
    const r = cli(['push', 'key'], { data: s.data });
    assert.equal(r.status, 0, r.stderr);
    const key = r.stdout.trim();
    assert.match(key, KEY_RE);
    const api = await (await fetch(s.url + '/api/v1/push/key')).json();
    assert.equal(api.key, key);
    assert.equal(api.email, false, 'no --smtp-url: no email');
    assert.equal(Buffer.from(key, 'base64url')[0], 4, 'an uncompressed P-256 point');
  });

  it('stats count subscriptions and the queue', async () => {
    await s.channel('stats');
    await subscriber(s, svc, 'stats', 'st1');
    await subscriber(s, svc, 'stats', 'st2', { notify: 'all' });
    const r = cli(['push', 'stats', '--json'], { data: s.data });
    assert.equal(r.status, 0, r.stderr);
    const j = JSON.parse(r.stdout);
    assert.equal(j.push_subscriptions, 2);
    assert.equal(j.email_confirmed, 0);
    const text = cli(['push', 'stats'], { data: s.data });
    assert.match(text.stdout, /push subscriptions\s+2/);
    const m = await metricsAll(s);
    assert.ok('crier_notify_queue' in m && 'crier_push_sent_total' in m, 'the counters are on /metrics');
    assert.equal(sum(m, 'crier_push_failed_total'), 0);
  });

  it('rotate-key needs --yes, then the restarted server signs with the new key', async () => {
    const before = cli(['push', 'key'], { data: s.data }).stdout.trim();
    const no = cli(['push', 'rotate-key'], { data: s.data });
    assert.notEqual(no.status, 0);
    assert.match(no.stderr, /every browser subscribed so far/);
    assert.equal(cli(['push', 'key'], { data: s.data }).stdout.trim(), before, 'nothing changed');
    const yes = cli(['push', 'rotate-key', '--yes'], { data: s.data });
    assert.equal(yes.status, 0, yes.stderr);
    const after = yes.stdout.trim();
    assert.match(after, KEY_RE);
    assert.notEqual(after, before);
    await s.stop();
    await s.start();
    const api = await (await fetch(s.url + '/api/v1/push/key')).json();
    assert.equal(api.key, after);
  });

  it('bad input: a stray argument, no store', () => {
    const r = cli(['push', 'key', 'extra'], { data: s.data });
    assert.notEqual(r.status, 0);
    const none = cli(['push', 'stats'], { data: s.data + '/nowhere' });
    assert.notEqual(none.status, 0);
    assert.ok(none.stderr.length > 0);
  });
});

describe('crier email test', () => {
  let smtp;
  before(async () => { smtp = await new SmtpSink().start(); });
  after(() => smtp.close());

  it('sends one message through the SMTP server, French intact', async () => {
    const r = await cliAsync(['email', 'test', 'ops@example.net', '--smtp-url', smtp.url, '--mail-from', 'news@example.org']);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /the server answered 250/);
    await smtp.waitTo('ops@example.net', 1);
    const [m] = smtp.to('ops@example.net');
    assert.match(m.subject, /message d’essai/);
    assert.match(m.text, /réglages d’envoi/);
    assert.equal(m.envelope.from, 'news@example.org');
    assert.match(m.from, /news@example.org/);
  });

  it('says why when the server refuses, and refuses bad input', async () => {
    smtp.failNext.push(554);
    const r = await cliAsync(['email', 'test', 'ops@example.net', '--smtp-url', smtp.url, '--mail-from', 'news@example.org']);
    assert.notEqual(r.status, 0);
    assert.match(r.stderr, /not sent: 554/);
    for (const args of [['not-an-address', '--smtp-url', smtp.url, '--mail-from', 'news@example.org'],
      ['ops@example.net', '--smtp-url', 'http://127.0.0.1:1', '--mail-from', 'news@example.org'],
      ['ops@example.net', '--smtp-url', smtp.url]]) {
      const b = await cliAsync(['email', 'test', ...args]);
      assert.notEqual(b.status, 0, args.join(' '));
      assert.ok(b.stderr.trim().length > 0);
    }
    const closed = await cliAsync(['email', 'test', 'ops@example.net', '--smtp-url', 'smtp://127.0.0.1:1', '--mail-from', 'news@example.org']);
    assert.notEqual(closed.status, 0);
    assert.match(closed.stderr, /email test/);
  });
});
