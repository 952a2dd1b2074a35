// A local SMTP relay for the black-box tests and the benchmark (npm
// smtp-server), keeping every message it accepts parsed by mailparser
// (simpleParser): {envelope, headers (parsed), h (raw values by lower-case
// name), subject, text, html, raw, at}. Plain
// SMTP on 127.0.0.1, as crier allows towards a loopback relay. With a user
// and a password it demands AUTH PLAIN (or LOGIN) with exactly those;
// without, AUTH is optional.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { SMTPServer } = require('smtp-server');
const { simpleParser } = require('mailparser');

const MAX_MESSAGE = 1 << 20;

export class SmtpSink {
  // parse: false keeps only counts and the raw size (the benchmark).
  constructor({ user, pass, parse = true } = {}) {
    this.user = user;
    this.pass = pass;
    this.parse = parse;
    this.mails = [];
    this.count = 0;
    this.bytes = 0;
    this.authFailures = 0;
    this.failNext = [];      // SMTP replies to give to the next DATA commands, e.g. 451
    this.waiters = new Set();
  }

  async start(port = 0) {
    const auth = this.user !== undefined;
    this.server = new SMTPServer({
      secure: false,
      disabledCommands: auth ? ['STARTTLS'] : ['STARTTLS', 'AUTH'],
      authOptional: !auth,
      allowInsecureAuth: true,
      authMethods: ['PLAIN', 'LOGIN'],
      size: MAX_MESSAGE,
      logger: false,
      onAuth: (a, session, cb) => {
        if (a.username === this.user && a.password === this.pass) return cb(null, { user: a.username });
        this.authFailures++;
        return cb(new Error('bad credentials'));
      },
      onData: (stream, session, cb) => this.onData(stream, session, cb),
    });
    this.server.on('error', () => {});
    await new Promise((res, rej) => { this.server.once('error', rej); this.server.listen(port, '127.0.0.1', res); });
    this.port = this.server.server.address().port;
    this.url = auth ? `smtp://${encodeURIComponent(this.user)}:${encodeURIComponent(this.pass)}@127.0.0.1:${this.port}`
      : `smtp://127.0.0.1:${this.port}`;
    return this;
  }

  close() {
    return new Promise(res => this.server.close(() => res()));
  }

  onData(stream, session, cb) {
    const chunks = [];
    stream.on('data', c => chunks.push(c));
    stream.on('end', async () => {
      const fail = this.failNext.shift();
      if (fail) {
        const e = new Error('temporary failure');
        e.responseCode = fail;
        return cb(e);
      }
      const raw = Buffer.concat(chunks);
      const envelope = {
        from: session.envelope.mailFrom && session.envelope.mailFrom.address,
        to: session.envelope.rcptTo.map(r => r.address),
        user: session.user,
      };
      this.count++;
      this.bytes += raw.length;
      if (this.parse) {
        try {
          const p = await simpleParser(raw);
          const headers = {};
          for (const [k, v] of p.headers) headers[k] = v;
          // The raw values, unfolded, as sent (mailparser structures some).
          const h = {};
          for (const { key, line } of p.headerLines) h[key] = line.slice(line.indexOf(':') + 1).replace(/\r?\n[ \t]+/g, ' ').trim();
          this.mails.push({
            envelope, headers, h, subject: p.subject, text: p.text, html: p.html || '',
            from: p.from && p.from.text, to: p.to && p.to.text, raw: raw.toString('utf8'), at: Date.now(),
          });
        } catch (e) {
          this.mails.push({ envelope, error: e.message, raw: raw.toString('utf8'), at: Date.now() });
        }
      }
      cb(null, 'queued');
      this.wake();
    });
  }

  // Mails to one address.
  to(address) {
    return this.mails.filter(m => m.envelope.to.includes(address));
  }

  until(pred, { timeout = 10000, what = 'mail condition' } = {}) {
    if (pred()) return Promise.resolve();
    return new Promise((res, rej) => {
      const w = { pred, res };
      w.t = setTimeout(() => { this.waiters.delete(w); rej(new Error(`smtp: timed out waiting for ${what}`)); }, timeout);
      this.waiters.add(w);
    });
  }

  waitTo(address, n, opts = {}) {
    return this.until(() => this.to(address).length >= n, { what: `${n} mail(s) to ${address}`, ...opts });
  }

  wake() {
    for (const w of this.waiters) if (w.pred()) { clearTimeout(w.t); this.waiters.delete(w); w.res(); }
  }
}
