// Push delivery across kill -9 (docs/internals.md "Delivery": a crash between
// a send and its delete sends it once more, never more): 5,000 subscriptions
// to one channel; in each of 5 runs a selection is published, the server is
// killed with SIGKILL when a random share (10% to 90%) of its pushes has been
// accepted by the push service, and restarted on the same data directory and
// port. Every subscription must receive every selection, none more than twice.
// Set CRIER_PUSH_CRASH_SEED to replay a seed, CRIER_PUSH_CRASH_SUBS to change
// the number of subscriptions.
// e2e: alone (scripts/test.sh runs it by itself): it kills the server at set moments while 5,000 pushes go out.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { PushService } from './lib/pushsvc.mjs';
import { startCrier, subscriber, publish } from './lib/notify.mjs';
import { rng } from './lib/reliability.mjs';

const RUNS = 5;
const SUBS = Number(process.env.CRIER_PUSH_CRASH_SUBS) || 5000;
const SLUG = 'pushk9';
const seed = Number(process.env.CRIER_PUSH_CRASH_SEED) || (Date.now() % 1e9);
const rand = rng(seed);
// Run k is killed at a share in [10% + 16%k, 10% + 16%(k+1)] of its pushes.
const shares = Array.from({ length: RUNS }, (_, k) => 0.1 + 0.16 * (k + rand()));
console.log(`# push_crash: seed ${seed}; kills at ${shares.map(f => (f * 100).toFixed(1) + '%').join(', ')} of ${SUBS} pushes`);

test('every subscription gets each selection across kill -9, at most twice', { timeout: 15 * 60 * 1000 }, async t => {
  const svc = await new PushService().start();
  let s;
  try {
    s = await startCrier({ svc });
    await s.channel(SLUG, { lang: 'fr' });
    const t0 = performance.now();
    let next = 0;
    await Promise.all(Array.from({ length: 32 }, async () => {
      while (next < SUBS) { const i = next++; await subscriber(s, svc, SLUG, `k${i}`, { notify: 'selections' }); }
    }));
    t.diagnostic(`${SUBS} subscriptions in ${Math.round(performance.now() - t0)} ms`);
    // seq -> (subscription -> deliveries), kept as they come.
    const by = new Map();
    svc.onMessage = (id, m) => {
      if (!by.has(m.json.seq)) by.set(m.json.seq, new Map());
      const c = by.get(m.json.seq);
      c.set(id, (c.get(id) || 0) + 1);
    };
    const got = seq => (by.get(seq) ? by.get(seq).size : 0);

    for (let k = 0; k < RUNS; k++) {
      await publish(s, SLUG, { title: `La BCE abaisse son taux (${k + 1})`, body: 'La Banque centrale européenne a abaissé son taux.', importance: 2 });
      await sleep(1100);
      const r = await s.api('POST', `/api/v1/channels/${SLUG}/selections`);
      assert.equal(r.status, 201, r.text);
      const seq = r.json.seq;
      const target = Math.max(1, Math.floor(shares[k] * SUBS));
      const delivered0 = svc.counters.delivered;
      await svc.until(() => svc.counters.delivered - delivered0 >= target, { timeout: 120000, what: `${target} pushes of run ${k + 1}` });
      await s.kill9();
      const atKill = got(seq);
      const t1 = performance.now();
      await s.start();
      await svc.until(() => got(seq) === SUBS, { timeout: 180000, what: `all ${SUBS} got selection ${seq}` })
        .catch(e => { throw new Error(`${e.message}: ${got(seq)} of ${SUBS}`); });
      await sleep(2000);
      const counts = Array.from({ length: SUBS }, (_, i) => by.get(seq).get(`k${i}`) || 0);
      const twice = counts.filter(c => c === 2).length;
      const more = counts.filter(c => c > 2).length;
      t.diagnostic(JSON.stringify({ run: k + 1, seed, seq, killShare: +shares[k].toFixed(3), deliveredAtKill: atKill,
        recoverMs: Math.round(performance.now() - t1), twice, more }));
      assert.ok(atKill < SUBS, 'killed while pushes were going out');
      assert.equal(counts.filter(c => c === 0).length, 0, 'every subscription received it');
      assert.equal(more, 0, 'none more than twice');
    }
    assert.equal(svc.rejectedTotal(), 0, JSON.stringify(svc.errors.slice(0, 3)));
  } finally {
    if (s) await s.cleanup();
    await svc.close();
  }
});
