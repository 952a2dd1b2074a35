// Reliability contract: "kill -9 at any moment: every acknowledged publish is
// in the store exactly once, and seqs have no holes" and "resume after any
// disconnect: the client's set of events equals the store's set, in order".
//
// Each run: a fresh data dir; 20 SSE subscribers (eventsource) and 20
// WebSocket subscribers (ws); 1000 posts published at 250/s by 8 keep-alive
// publishers; SIGKILL at a random moment between 10% and 90% of the
// publishing time (stratified so that the five runs spread over it), restart
// on the same data dir (same port when it can be bound again), publishers and
// subscribers carry on. Set CRIER_KILL9_SEED to replay a seed.
// e2e: alone (scripts/test.sh runs it by itself): it publishes at a set rate and kills the server at set moments.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Server } from './lib/server.mjs';
import { SseSub, WsSub, publish, restart, rng, until, seqDiff, range1 } from './lib/reliability.mjs';
import { setTimeout as sleep } from 'node:timers/promises';

const RUNS = 5;
const POSTS = 1000;
const RATE = 250;       // posts per second (>= 200)
const PUBLISHERS = 8;
const SSE_SUBS = 20;
const WS_SUBS = 20;
const SLUG = 'k9';
const EXPECTED_MS = (POSTS / RATE) * 1000;

const seed = Number(process.env.CRIER_KILL9_SEED) || (Date.now() % 1e9);
const rand = rng(seed);
// Run k is killed at a uniform point of [10% + 16%k, 10% + 16%(k+1)].
const killFractions = Array.from({ length: RUNS }, (_, k) => 0.1 + 0.16 * (k + rand()));
console.log(`# kill9: seed ${seed}; kill points ${killFractions.map(f => (f * 100).toFixed(1) + '%').join(', ')}` +
  ` of ${EXPECTED_MS} ms`);

async function run(k, t) {
  const frac = killFractions[k];
  const killMs = Math.round(frac * EXPECTED_MS);
  const s = new Server();
  const subs = [];
  const info = { run: k + 1, seed, killAtMs: killMs, killFraction: +frac.toFixed(3) };
  try {
    await s.start();
    await s.channel(SLUG);
    const base = () => s.url;
    for (let i = 0; i < SSE_SUBS; i++) {
      subs.push(new SseSub({ base, slug: SLUG, mode: i % 2 ? 'query' : 'header', name: `sse${i}` }));
    }
    for (let i = 0; i < WS_SUBS; i++) {
      subs.push(new WsSub({ base, slug: SLUG, mode: i % 2 ? 'message' : 'query', name: `ws${i}` }));
    }
    await until(() => subs.every(x => x.connects >= 1), { timeout: 10000, what: 'all 40 subscribers connected' });

    const deadline = Date.now() + 60000;
    let ackedAtKill = -1;
    let restartInfo = null;
    let killedAt = 0;
    const acks = [];
    const pub = publish({
      s, slug: SLUG, total: POSTS, rate: RATE, concurrency: PUBLISHERS, prefix: `k9r${k + 1}`, deadline,
      onAck: r => acks.push(r),
    });
    const killer = (async () => {
      await sleep(killMs);
      ackedAtKill = acks.length;
      const t0 = performance.now();
      await s.kill9();
      killedAt = performance.now();
      restartInfo = await restart(s);
      restartInfo.downMs = Math.round(performance.now() - t0);
    })();
    const [res] = await Promise.all([pub, killer]);
    Object.assign(info, {
      ackedAtKill, ...restartInfo, publishMs: Math.round(res.ms),
      failedAttempts: res.failures.length,
      httpFailures: res.failures.filter(f => f.kind === 'http').map(f => `${f.status} ${f.text}`).slice(0, 5),
    });
    t.diagnostic(JSON.stringify(info));

    // The kill happened while posts were being published and acknowledged.
    assert.ok(ackedAtKill > 0 && ackedAtKill < POSTS, `kill at ${killMs} ms fell outside publishing (acked ${ackedAtKill})`);
    assert.ok(killedAt > 0);
    assert.equal(res.acked.length, POSTS, 'every post was eventually acknowledged');
    // Bad requests would mean the test, not the server, is broken.
    assert.deepEqual(res.failures.filter(f => f.kind === 'http' && f.status < 500), [], 'no 4xx answers');

    // The store: seqs 1..N, no hole, no duplicate, all posts.
    const events = await s.allEvents(SLUG);
    const N = events.length;
    const storeSeqs = events.map(e => e.seq);
    assert.equal(seqDiff(storeSeqs, range1(N)), null, 'store seqs run 1..N');
    assert.deepEqual(events.filter(e => e.type !== 'post').map(e => e.seq), [], 'only post events');
    for (const e of events) {
      assert.equal(e.post.seq, e.seq, `post.seq of seq ${e.seq}`);
      assert.equal(e.post.id, e.id, `post.id of seq ${e.seq}`);
    }
    const ids = new Set(events.map(e => e.id));
    assert.equal(ids.size, N, 'post ids are unique');

    // Every title in the store is one we sent, and appears once.
    const byTitle = new Map();
    for (const e of events) {
      assert.ok(!byTitle.has(e.post.title), `title ${e.post.title} stored twice (seqs ${byTitle.get(e.post.title)?.seq} and ${e.seq})`);
      byTitle.set(e.post.title, e);
    }
    const attempted = new Set(res.attempts);
    assert.deepEqual([...byTitle.keys()].filter(x => !attempted.has(x)), [], 'no unknown titles in the store');

    // Every acknowledged post is there, with the seq and id it was acknowledged with.
    for (const a of res.acked) {
      const e = byTitle.get(a.title);
      assert.ok(e, `acknowledged post ${a.title} (seq ${a.seq}, id ${a.id}) is missing from the store`);
      assert.equal(e.seq, a.seq, `seq of acknowledged ${a.title}`);
      assert.equal(e.id, a.id, `id of acknowledged ${a.title}`);
    }
    // The rest are attempts whose answer was lost in the kill.
    const ackedTitles = new Set(res.acked.map(a => a.title));
    const failedTitles = new Set(res.failures.map(f => f.title));
    const unacked = [...byTitle.keys()].filter(x => !ackedTitles.has(x));
    assert.deepEqual(unacked.filter(x => !failedTitles.has(x)), [], 'stored but neither acknowledged nor failed');
    assert.equal(N, POSTS + unacked.length);
    const ackSeqs = res.acked.map(a => a.seq);
    assert.equal(new Set(ackSeqs).size, POSTS, 'acknowledged seqs are distinct');
    t.diagnostic(`store: ${N} events; ${unacked.length} stored without an answer: ${unacked.slice(0, 8).join(' ')}`);

    // Every subscriber ends with exactly the store's list, in order.
    await until(() => subs.every(x => x.last >= N), {
      timeout: 20000, step: 50,
      what: 'subscribers to reach seq ' + N,
    }).catch(e => {
      const behind = subs.filter(x => x.last < N).map(x => `${x.name}@${x.last}`);
      throw new Error(`${e.message}: behind ${behind.join(' ')}`);
    });
    await sleep(300); // late duplicates would show up here
    const want = range1(N);
    const titles = events.map(e => e.post.title);
    for (const x of subs) {
      x.stop();
      assert.deepEqual(x.anomalies, [], `${x.name} anomalies`);
      assert.ok(x.connects >= 2, `${x.name} reconnected after the kill (connects ${x.connects})`);
      const got = x.seqs();
      assert.equal(seqDiff(got, want), null, `${x.name} (${x.mode}): ${seqDiff(got, want)}`);
      assert.deepEqual(x.events.map(e => e.title), titles, `${x.name} titles`);
      assert.deepEqual(x.events.map(e => e.id), events.map(e => e.id), `${x.name} ids`);
    }
    const rec = subs.map(x => x.connects);
    t.diagnostic(`subscribers: connections per subscriber ${Math.min(...rec)}..${Math.max(...rec)}; ` +
      `resume-message subscribers set aside ${subs.reduce((n, x) => n + (x.setAside || 0), 0)} pre-resume live events`);
  } finally {
    for (const x of subs) x.stop();
    await s.cleanup();
  }
}

for (let k = 0; k < RUNS; k++) {
  test(`kill -9 at ${(killFractions[k] * 100).toFixed(1)}% of publishing (run ${k + 1}/${RUNS})`, { timeout: 90000 }, t => run(k, t));
}
