#!/usr/bin/env node
// bench/push_seed.mjs: registers bench/push.sh's subscribers through crier's
// API, as browsers would: --subs push subscriptions to --slug (32 per reader,
// the most one reader may hold; endpoints --origin/push/s<i>, keys derived
// from --seed, as bench/push_sink.mjs and bench/webpush_send.mjs derive
// them), and --emails email subscribers to --mail-slug, each confirmed by
// following the link the sink wrote to --links. crier must run with
// --limit-joins 0. Prints the time each part took.
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { setTimeout as sleep } from 'node:timers/promises';
import { browserKeys } from '../tests/e2e/lib/pushsvc.mjs';
import { Jar, call } from '../tests/e2e/lib/jar.mjs';

const { values: o } = parseArgs({ options: {
  url: { type: 'string' }, slug: { type: 'string', default: 'bench' }, 'mail-slug': { type: 'string', default: 'mail' },
  origin: { type: 'string' }, seed: { type: 'string', default: 'bench' }, subs: { type: 'string', default: '0' },
  emails: { type: 'string', default: '0' }, links: { type: 'string' }, concurrency: { type: 'string', default: '32' },
} });
const s = { url: o.url };
const N = Number(o.subs), M = Number(o.emails), C = Number(o.concurrency);
const PER_READER = 32;

async function member(slug) {
  const jar = new Jar();
  let r = await call(s, jar, 'GET', '/api/v1/me');
  r = await call(s, jar, 'POST', `/api/v1/channels/${slug}/join`);
  if (r.status !== 200) throw new Error(`join: ${r.status} ${r.text}`);
  return jar;
}

async function pool(n, fn) {
  let next = 0;
  await Promise.all(Array.from({ length: C }, async () => { while (next < n) await fn(next++); }));
}

let t = performance.now();
await pool(Math.ceil(N / PER_READER), async g => {
  const jar = await member(o.slug);
  for (let i = g * PER_READER; i < Math.min(N, (g + 1) * PER_READER); i++) {
    const k = browserKeys(`s${i}`, o.seed);
    const r = await call(s, jar, 'POST', '/api/v1/push/subscriptions', { body: {
      channel: o.slug, endpoint: `${o.origin}/push/s${i}`, notify: 'selections',
      keys: { p256dh: k.p256dh.toString('base64url'), auth: k.auth.toString('base64url') } } });
    if (r.status !== 201) throw new Error(`subscribe s${i}: ${r.status} ${r.text}`);
  }
});
console.log(`seed: ${N} push subscriptions in ${((performance.now() - t) / 1000).toFixed(1)} s`);

t = performance.now();
await pool(M, async i => {
  const jar = await member(o['mail-slug']);
  const r = await call(s, jar, 'POST', `/api/v1/channels/${o['mail-slug']}/email`, { body: { address: `reader${i}@example.net`, what: 'selections' } });
  if (r.status !== 202) throw new Error(`email ${i}: ${r.status} ${r.text}`);
});
// Follow each confirmation link once, as it arrives.
const done = new Set();
for (let tries = 0; M && done.size < M && tries < 600; tries++) {
  const lines = o.links && existsSync(o.links) ? readFileSync(o.links, 'utf8').split('\n').filter(Boolean) : [];
  const todo = lines.filter(l => !done.has(l));
  await pool(todo.length, async i => {
    const url = todo[i].split(' ')[1];
    const r = await fetch(url, { redirect: 'manual' });
    await r.text();
    if (r.status >= 400) throw new Error(`confirm ${url}: ${r.status}`);
    done.add(todo[i]);
  });
  if (done.size < M) await sleep(200);
}
if (done.size < M) throw new Error(`only ${done.size} of ${M} confirmation links arrived`);
console.log(`seed: ${M} email subscribers confirmed in ${((performance.now() - t) / 1000).toFixed(1)} s`);
