#!/usr/bin/env node
// bench/webpush_send.mjs: the comparison for bench/push.sh. Sends one
// notification to each of --subs subscriptions with the npm web-push package,
// as a newsroom would script it: 256 at once over a keep-alive agent, VAPID
// and aes128gcm, one payload the size of a crier selection push. The
// subscriptions are those of bench/push_seed.mjs (keys derived from --seed,
// endpoints --origin/push/s<i>).
//
// Prints: RESULT webpush subs=N ok=N failed=N seconds=S cpu_us_per_push=C
// CPU is this process's user + system time (what /proc/PID/stat counts) over
// the sending only, not over making the subscriptions' keys.
import https from 'node:https';
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import { browserKeys } from '../tests/e2e/lib/pushsvc.mjs';

const require = createRequire(import.meta.url);
const webpush = require('web-push');
const { values: o } = parseArgs({ options: {
  origin: { type: 'string' }, seed: { type: 'string', default: 'bench' },
  subs: { type: 'string', default: '100000' }, concurrency: { type: 'string', default: '256' },
} });
const N = Number(o.subs), C = Number(o.concurrency);

const subs = new Array(N);
for (let i = 0; i < N; i++) {
  const k = browserKeys(`s${i}`, o.seed);
  subs[i] = { endpoint: `${o.origin}/push/s${i}`, keys: { p256dh: k.p256dh.toString('base64url'), auth: k.auth.toString('base64url') } };
}
const vapid = webpush.generateVAPIDKeys();
const agent = new https.Agent({ keepAlive: true, maxSockets: C, rejectUnauthorized: false });
const options = {
  vapidDetails: { subject: 'mailto:ops@example.org', publicKey: vapid.publicKey, privateKey: vapid.privateKey },
  contentEncoding: 'aes128gcm', TTL: 86400, urgency: 'normal', agent,
};
const payload = JSON.stringify({
  v: 1, channel: 'bench', name: 'Bench', kind: 'selection', title: 'Sélection du matin — jeudi 26 novembre',
  body: 'La BCE abaisse son taux directeur à 2,25 % · Rugby : le XV de France en stage à Marcoussis · Météo : du brouillard',
  url: 'https://news.example.org/bench/12345', tag: 'bench-selection', icon: 'https://news.example.org/bench/icon.png',
  seq: 12345, importance: 2, count: 1,
});

const cpu0 = process.cpuUsage();
const t0 = performance.now();
let next = 0, ok = 0, failed = 0, firstError = '';
await Promise.all(Array.from({ length: C }, async () => {
  while (next < N) {
    const i = next++;
    try { await webpush.sendNotification(subs[i], payload, options); ok++; } catch (e) { failed++; firstError ||= String(e.statusCode || e.message); }
  }
}));
const secs = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(cpu0);
agent.destroy();
if (firstError) console.error('first error: ' + firstError);
console.log(`RESULT webpush subs=${N} ok=${ok} failed=${failed} seconds=${secs.toFixed(2)} ` +
  `cpu_us_per_push=${((cpu.user + cpu.system) / N).toFixed(1)}`);
