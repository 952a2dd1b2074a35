#!/usr/bin/env node
// bench/push_sink.mjs: the receiving end of bench/push.sh. A Web Push service
// (tests/e2e/lib/pushsvc.mjs over TLS, HTTP/2 with HTTP/1.1 allowed) that
// accepts every push to /push/<id>, checks every request's headers, and
// checks VAPID and decrypts one in --sample (the keys of subscription <id>
// derive from --seed, as bench/push_seed.mjs made them); and an SMTP relay
// (tests/e2e/lib/smtp.mjs, no parsing) that counts mails and writes the
// confirmation links it sees to --links.
//
// It prints "READY push=<port> smtp=<port>" once listening, then a STAT line
// whenever its counts change (at most every 200 ms):
//   STAT pushes=<accepted> requests=<all> first=<ms> last=<ms> verified=<n> rejected=<n> h2=<n> mails=<n> lastmail=<ms>
// Times are ms since the epoch. It runs until killed.
import { appendFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { PushService } from '../tests/e2e/lib/pushsvc.mjs';
import { SmtpSink } from '../tests/e2e/lib/smtp.mjs';

const { values: o } = parseArgs({ options: {
  seed: { type: 'string', default: 'bench' }, port: { type: 'string', default: '0' },
  'smtp-port': { type: 'string', default: '0' }, sample: { type: 'string', default: '1000' },
  links: { type: 'string' },
} });

const svc = new PushService({ transport: 'tls', verify: Number(o.sample), keep: false, seed: o.seed });
await svc.start(Number(o.port));
let first = 0, last = 0;
const onReq = svc.handle.bind(svc);
svc.handle = async (...a) => {
  const before = svc.counters.delivered;
  await onReq(...a);
  if (svc.counters.delivered > before) { last = Date.now(); if (!first) first = last; }
};

const smtp = new SmtpSink({ parse: false });
let lastmail = 0;
const onData = smtp.onData.bind(smtp);
smtp.onData = (stream, session, cb) => {
  const chunks = [];
  stream.on('data', c => chunks.push(c));
  onData(stream, session, (...r) => {
    lastmail = Date.now();
    if (o.links) {
      // Undo quoted-printable soft breaks and =3D before looking for links.
      const text = Buffer.concat(chunks).toString('utf8').replace(/=\r?\n/g, '').replace(/=3D/gi, '=');
      if (!/^List-Unsubscribe:/mi.test(text)) {
        for (const l of text.match(/https?:\/\/127\.0\.0\.1:\d+\/[^\s<>"')]*[A-Za-z0-9_-]{20,}[^\s<>"')]*/g) || []) {
          appendFileSync(o.links, `${session.envelope.rcptTo.map(x => x.address).join(',')} ${l}\n`);
          break;
        }
      }
    }
    cb(...r);
  });
};
await smtp.start(Number(o['smtp-port']));

console.log(`READY push=${svc.port} smtp=${smtp.port}`);
let prev = '';
setInterval(() => {
  const c = svc.counters;
  const rej = svc.rejectedTotal();
  const line = `STAT pushes=${c.delivered} requests=${c.requests} first=${first} last=${last} verified=${c.verified} rejected=${rej} ` +
    `h2=${svc.versions['2.0'] || 0} mails=${smtp.count} lastmail=${lastmail}`;
  if (line !== prev) { console.log(line); prev = line; }
  if (rej && svc.errors.length) { console.error('rejected: ' + JSON.stringify(svc.errors.slice(0, 3))); svc.errors.length = 0; }
}, 200);
process.on('SIGTERM', () => process.exit(0));
