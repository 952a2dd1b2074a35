// Reliability contract: "a slow subscriber is closed, resumes, and does not
// grow memory or delay the others" (DESIGN.md rule 4: every queue is bounded;
// a subscriber whose unsent bytes pass the limit is closed with reason slow).
//
// The server runs with --sub-max-bytes 65536. Slow subscribers are raw
// sockets (node:net) that read the response head and then stop reading, so
// the kernel buffers fill (about 4 MB on loopback here) and then the
// server's queue. Posts carry 4 KiB bodies (about 8.4 KB per event with its
// HTML), so a few hundred posts overflow a stalled reader.
// e2e: alone (scripts/test.sh runs it by itself): it bounds memory growth and how late a stalled reader is dropped.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { Server, cli } from './lib/server.mjs';
import {
  SseSub, WsSub, RawStream, publish, metrics, until, seqDiff, range1, closeFrame, isSseSlowClose,
} from './lib/reliability.mjs';

const LIMIT = 65536;
const SLUG = 'slow';
const MB = 1 << 20;
// A sanitizer build holds freed memory in quarantine (ASan's default is
// 256 MB), so its RSS grows with churn that a release build reuses.
const RSS_BOUND = 16 * MB * Number(process.env.CRIER_RSS_SCALE || 1);
const help = cli(['serve', '--help']);
const HAS_LIMIT_FLAG = (help.stdout + help.stderr).includes('--sub-max-bytes');
const serverArgs = HAS_LIMIT_FLAG ? ['--sub-max-bytes', String(LIMIT)] : [];
const EFFECTIVE_LIMIT = HAS_LIMIT_FLAG ? LIMIT : 1 << 20;
const EVENT_BYTES = 4400; // about, with a 4 KiB body: its html alone (wire protocol v1.1; checked below)
const LIMIT_EVENTS = Math.ceil(EFFECTIVE_LIMIT / EVENT_BYTES);
const body = i => `${i} ` + 'lorem ipsum '.repeat(341);

function rangeFrom(a, b) {
  return Array.from({ length: Math.max(0, b - a + 1) }, (_, i) => a + i);
}

// Publishes `n` posts as fast as 16 keep-alive publishers go; all must be acknowledged.
let batchNo = 0;
async function pub(s, n, rate = Infinity) {
  const r = await publish({ s, slug: SLUG, total: n, rate, concurrency: 16, prefix: `b${batchNo++}`, body, deadline: Date.now() + 60000 });
  assert.deepEqual(r.failures, [], 'every publish is acknowledged at once');
  return r;
}

async function lastSeq(s) {
  const r = await s.api('GET', `/api/v1/channels/${SLUG}`);
  assert.equal(r.status, 200);
  return r.json.last_seq;
}

// What a stalled reader got once it read again: the server closed it (FIN),
// the last message is the slow close, and before it came a contiguous run of
// events right after its resume point, each whole.
function checkClosedSlow(x, after, label) {
  const seqs = x.seqs();
  assert.equal(x.endedHow, 'fin', `${label}: closed by the server with a FIN (got ${x.endedHow})`);
  assert.deepEqual(x.anomalies, [], `${label}: anomalies`);
  assert.ok(seqs.length >= 1, `${label}: got some events before it stalled`);
  const want = rangeFrom(after + 1, after + seqs.length);
  assert.equal(seqDiff(seqs, want), null, `${label}: events ${seqDiff(seqs, want)}`);
  assert.equal(x.leftover(), 0, `${label}: no partial message at the end`);
  if (x.kind === 'sse') {
    const last = x.lastMsg();
    assert.ok(isSseSlowClose(last), `${label}: last thing is event: close {"reason":"slow"}, got ${JSON.stringify(last)?.slice(0, 200)}`);
    assert.equal(x.msgs.filter(b => b.event === 'close').length, 1, `${label}: one close event`);
  } else {
    assert.ok(x.hello, `${label}: got the hello`);
    assert.deepEqual(closeFrame(x.lastMsg()), { code: 1008, reason: 'slow' }, `${label}: last frame is close 1008 "slow"`);
    assert.equal(x.msgs.filter(f => f.opcode === 8).length, 1, `${label}: one close frame`);
  }
  return seqs.at(-1);
}

async function openStalled(s, kind, after, { header = false } = {}) {
  const path = kind === 'sse'
    ? (header ? `/${SLUG}/events` : `/${SLUG}/events?after=${after}`)
    : `/${SLUG}/ws?after=${after}`;
  const x = new RawStream({ port: s.port, path, kind, headers: header ? { 'Last-Event-ID': String(after) } : {} });
  const status = await x.open();
  assert.equal(status, kind === 'sse' ? 200 : 101, `${kind} stream status`);
  x.pause();
  return x;
}

async function healthyCaughtUp(healthy, n, what) {
  await until(() => healthy.every(h => h.last >= n), { timeout: 30000, step: 50, what: `healthy subscribers at seq ${n} (${what})` })
    .catch(e => { throw new Error(`${e.message}: ${healthy.map(h => `${h.name}@${h.last}`).join(' ')}`); });
  for (const h of healthy) {
    assert.deepEqual(h.anomalies, [], `${h.name} anomalies`);
    assert.equal(h.slowCloses, 0, `${h.name} was never closed as slow`);
    assert.equal(h.connects, 1, `${h.name} never had to reconnect`);
    const d = seqDiff(h.seqs(), range1(n));
    assert.equal(d, null, `${h.name} (${h.mode}) got every event in order (${what}): ${d}`);
  }
}

test('slow subscribers are closed, the others get everything, memory stays flat, and the slow ones resume without loss',
  { timeout: 150000 }, async t => {
    t.diagnostic(HAS_LIMIT_FLAG ? `--sub-max-bytes ${LIMIT}` : 'no --sub-max-bytes flag: default limit');
    const s = new Server({ args: serverArgs });
    const healthy = [];
    const raws = [];
    let stopStalls = false;
    try {
      await s.start();
      await s.channel(SLUG);
      const base = () => s.url;
      healthy.push(new SseSub({ base, slug: SLUG, mode: 'header', name: 'sse-a' }));
      healthy.push(new SseSub({ base, slug: SLUG, mode: 'query', name: 'sse-b' }));
      healthy.push(new SseSub({ base, slug: SLUG, mode: 'header', name: 'sse-c' }));
      healthy.push(new WsSub({ base, slug: SLUG, mode: 'query', name: 'ws-a' }));
      healthy.push(new WsSub({ base, slug: SLUG, mode: 'message', name: 'ws-b' }));
      for (const h of healthy) h.maxAttempts = 20;
      await until(() => healthy.every(h => h.connects === 1), { timeout: 10000, what: 'healthy subscribers connected' });
      const m0 = await metrics(s);

      // ---- A: two readers stop reading; the server closes them as slow ----
      const slowSse = await openStalled(s, 'sse', 0, { header: true });
      const slowWs = await openStalled(s, 'ws', 0);
      raws.push(slowSse, slowWs);
      await until(async () => (await metrics(s)).crier_subscribers === 7, { timeout: 5000, what: '7 subscribers registered' });
      // Small batches, and /metrics after each, so that we know how far the
      // channel was when each reader was dropped.
      let published = 0;
      let dropped = 0;
      const dropSeq = [];
      const tA = performance.now();
      for (let round = 0; round < 400 && dropped < 2; round++) {
        await pub(s, 10);
        published += 10;
        dropped = (await metrics(s)).crier_dropped_slow_total - m0.crier_dropped_slow_total;
        while (dropSeq.length < dropped) dropSeq.push(published);
      }
      const aMs = Math.round(performance.now() - tA);
      // Read again at once (well within the server's 2 s linger), to the end.
      slowSse.resume();
      slowWs.resume();
      const [endSse, endWs] = await Promise.all([slowSse.waitEnded(10000), slowWs.waitEnded(10000)]);
      const nA = await lastSeq(s);
      t.diagnostic(`A: ${published} posts (${(nA * 8.46 / 1024).toFixed(1)} MB) in ${aMs} ms; ` +
        `dropped +${dropped}, seen at seqs ${dropSeq.join(', ')}; stalled SSE read ${slowSse.bytes} B (${slowSse.events.length} events), ended ${endSse}; ` +
        `stalled WS read ${slowWs.bytes} B (${slowWs.events.length} events), ended ${endWs}`);
      assert.equal(nA, published);
      assert.equal(dropped, 2, 'crier_dropped_slow_total went up by exactly 2');
      const kSse = checkClosedSlow(slowSse, 0, 'stalled SSE');
      const kWs = checkClosedSlow(slowWs, 0, 'stalled WS');
      // Dropped as soon as its unsent bytes passed the limit: what it never
      // got when the drop was seen is at most the limit's worth of events,
      // plus one batch of publishing and a little lag.
      // (Which of the two went first is not known: each must fit one of the
      // two drops.)
      for (const [k, label] of [[kSse, 'SSE'], [kWs, 'WS']]) {
        const d = dropSeq.find(x => x > k);
        assert.ok(d !== undefined, `stalled ${label} missed events (it has ${k}, drops seen at ${dropSeq.join(', ')})`);
        assert.ok(d - k <= LIMIT_EVENTS + 10 + 8,
          `stalled ${label} was dropped with ${d - k} events unsent (limit ${EFFECTIVE_LIMIT} B is ${LIMIT_EVENTS} events)`);
      }
      await healthyCaughtUp(healthy, nA, 'after A');

      // ---- B: memory stays flat while a reader keeps stalling ----
      // A stalled reader connects at the head of the channel (after=last
      // seq), stops reading until the server drops it, reads what is left,
      // and comes back. SSE and WS in turn.
      const cycles = [];
      let stallError = null;
      const stallLoop = (async () => {
        for (let i = 0; i < 100 && !stopStalls; i++) {
          const kind = i % 2 ? 'ws' : 'sse';
          const after = await lastSeq(s);
          const before = (await metrics(s)).crier_dropped_slow_total;
          const x = await openStalled(s, kind, after);
          let gone = false;
          for (let j = 0; j < 1200 && !stopStalls; j++) {
            if ((await metrics(s)).crier_dropped_slow_total > before) { gone = true; break; }
            await sleep(25);
          }
          if (!gone) {
            // Publishing has just stopped: the last posts may have pushed
            // this reader over the limit after the previous poll. Fan-out
            // follows the acknowledgements by a few ms; look once more.
            await sleep(300);
            gone = (await metrics(s)).crier_dropped_slow_total > before;
          }
          if (!gone) { x.destroy(); break; }
          const seenAt = await lastSeq(s);
          x.resume();
          await x.waitEnded(5000);
          cycles.push({ x, after, kind, seenAt });
        }
      })().catch(e => { stallError = e; });

      // Warm-up: the hub's ring (1024 events per channel and loop) fills,
      // and the stall path runs a couple of times, before the baseline.
      for (let i = 0; i < 100 && ((await lastSeq(s)) < 1400 || cycles.length < 2); i++) await pub(s, 100);
      assert.ok(cycles.length >= 2, 'warm-up saw two stall cycles');
      await healthyCaughtUp(healthy, await lastSeq(s), 'after warm-up');
      const rss0 = s.rss();
      const cycles0 = cycles.length;
      const tB = performance.now();
      let rssMax = rss0;
      const sampler = setInterval(() => { try { rssMax = Math.max(rssMax, s.rss()); } catch { /* exiting */ } }, 50);
      const evBytes = JSON.stringify((await s.api('GET', `/api/v1/channels/${SLUG}/events?after=${nA}&limit=1`)).json.events[0]).length;
      const nB = Math.ceil((20 * MB) / evBytes);
      // About 4 MB/s, so that the healthy readers (all in this one Node
      // process) are never the slow ones.
      for (let done = 0; done < nB; done += 100) await pub(s, Math.min(100, nB - done), 500);
      stopStalls = true;
      await stallLoop;
      assert.equal(stallError, null, 'the stall loop ran without error');
      const nAfterB = await lastSeq(s);
      await healthyCaughtUp(healthy, nAfterB, 'after B');
      clearInterval(sampler);
      const rss1 = s.rss();
      rssMax = Math.max(rssMax, rss1);
      const bCycles = cycles.length - cycles0;
      t.diagnostic(`B: ${nB} posts of ${evBytes} B (${(nB * evBytes / MB).toFixed(1)} MB) in ${Math.round(performance.now() - tB)} ms; ` +
        `${cycles.length} stall cycles (${bCycles} during measurement); RSS ${(rss0 / MB).toFixed(1)} MB -> max ` +
        `${(rssMax / MB).toFixed(1)} MB, end ${(rss1 / MB).toFixed(1)} MB`);
      cycles.forEach((c, i) => {
        const k = checkClosedSlow(c.x, c.after, `stall cycle ${i + 1} (${c.kind})`);
        // Polling /metrics every 25 ms while 16 publishers run lags by some tens of events;
        // during the warm-up they publish unthrottled, so the poll lags further.
        const lag = i < cycles0 ? 200 : 80;
        assert.ok(c.seenAt - k <= LIMIT_EVENTS + lag,
          `stall cycle ${i + 1} (${c.kind}) was dropped with ${c.seenAt - k} events unsent (limit is ${LIMIT_EVENTS} events)`);
      });
      assert.ok(Math.abs(evBytes - EVENT_BYTES) < 200, `event size ${evBytes} B is about ${EVENT_BYTES} B`);
      assert.ok(bCycles >= 3, `at least 3 stall cycles while measuring (got ${bCycles})`);
      const m1 = await metrics(s);
      assert.equal(m1.crier_dropped_slow_total - m0.crier_dropped_slow_total, 2 + cycles.length,
        'crier_dropped_slow_total counts each stalled reader once, and no healthy one');
      assert.ok(rssMax - rss0 < RSS_BOUND,
        `server RSS grew by ${((rssMax - rss0) / MB).toFixed(1)} MB (bound ${RSS_BOUND / MB} MB)`);

      // ---- C: the first two slow readers resume and get everything they missed ----
      const N = nAfterB;
      const store = await s.allEvents(SLUG);
      assert.equal(seqDiff(store.map(e => e.seq), range1(N)), null, 'store seqs 1..N');
      const rSse = new RawStream({ port: s.port, path: `/${SLUG}/events`, headers: { 'Last-Event-ID': String(kSse) } });
      const rWs = new RawStream({ port: s.port, path: `/${SLUG}/ws?after=${kWs}`, kind: 'ws' });
      raws.push(rSse, rWs);
      assert.equal(await rSse.open(), 200);
      assert.equal(await rWs.open(), 101);
      await until(() => rSse.events.length >= N - kSse && rWs.events.length >= N - kWs,
        { timeout: 30000, step: 50, what: 'the resumed readers to catch up' });
      await sleep(200);
      const titles = store.map(e => e.post.title);
      for (const [first, again, label] of [[slowSse, rSse, 'SSE'], [slowWs, rWs, 'WS']]) {
        const all = [...first.events, ...again.events];
        assert.deepEqual(again.anomalies, [], `${label} resumed anomalies`);
        const d = seqDiff(all.map(e => e.seq), range1(N));
        assert.equal(d, null, `${label}: before the drop plus after the resume equals the store: ${d}`);
        assert.deepEqual(all.map(e => e.title), titles, `${label}: titles equal the store's`);
      }
      t.diagnostic(`C: SSE resumed after ${kSse}, WS after ${kWs}; both now hold 1..${N}`);
      await healthyCaughtUp(healthy, N, 'at the end');
    } finally {
      stopStalls = true;
      for (const h of healthy) h.stop();
      for (const x of raws) x.destroy();
      await s.cleanup();
    }
  });

test('a reader that stops reading while it catches up is closed as slow too', { timeout: 60000 }, async t => {
  const s = new Server({ args: serverArgs });
  const raws = [];
  try {
    await s.start();
    await s.channel(SLUG);
    // 1000 posts, about 8.4 MB: more than the kernel buffers hold, so a
    // reader replaying from 0 that stops reading stalls in the middle.
    await pub(s, 1000);
    const m0 = await metrics(s);
    const rss0 = s.rss();
    for (let i = 0; i < 8; i++) {
      const x = await openStalled(s, i % 2 ? 'ws' : 'sse', 0, { header: i % 4 === 0 });
      raws.push(x);
    }
    // Live traffic on top; then give the server time (its linger is 2 s).
    await pub(s, 300);
    let dropped = 0;
    await until(async () => (dropped = (await metrics(s)).crier_dropped_slow_total - m0.crier_dropped_slow_total) >= 8,
      { timeout: 6000, step: 50, what: 'the stalled readers to be dropped' }).catch(() => {});
    const rss1 = s.rss();
    const subs = (await metrics(s)).crier_subscribers;
    t.diagnostic(`8 readers stalled while catching up: crier_dropped_slow_total +${dropped}, ` +
      `crier_subscribers ${subs}, server RSS +${((rss1 - rss0) / MB).toFixed(1)} MB; bytes read before stalling: ` +
      raws.map(x => x.bytes).join(' '));
    for (const x of raws) x.resume();
    const ends = await Promise.all(raws.map(x => x.waitEnded(5000)));
    const closed = ends.filter(e => e === 'fin').length;
    assert.equal(dropped, 8, `every stalled catching-up reader is dropped as slow (crier_dropped_slow_total +${dropped}, ` +
      `${closed} of 8 connections closed by the server, RSS +${((rss1 - rss0) / MB).toFixed(1)} MB)`);
    raws.forEach((x, i) => checkClosedSlow(x, 0, `stalled catch-up reader ${i} (${x.kind})`));
  } finally {
    for (const x of raws) x.destroy();
    await s.cleanup();
  }
});
