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
