// Selections end to end (issue 4): the scheduler in `crier serve` publishes a
// channel's morning/evening selection at the channel's local hour, exactly
// once, live over SSE and WebSocket, in its Atom feed and in the API.
//
// The server's clock is faked with CRIER_FAKE_NOW (it starts at that instant
// and runs at real speed); the scheduler looks for due slots every second
// (--selection-every-ms 1000, where a node's default is 5 s).
// Every test here would fail without the feature: each waits (bounded) for a
// selection, or proves none came while a control channel got one.
//
// Set CRIER_SEL_SEED to replay the kill -9 moments of a run.
// e2e: long (scripts/test.sh starts it first): its fake-clock slots keep it waiting for most of a minute.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { waitFor } from './lib/server.mjs';
import { wsOpen, wsClose } from './lib/proto.mjs';
import { rng } from './lib/reliability.mjs';
import {
  FakeClockServer, catchUp, fetchFeed, esOpen, listeningAt, tickAt, nextStepAt, iso, STORY, FILLER, EN_POSTS,
} from './lib/selection.mjs';

const DATE = '2026-11-26';
const PARIS_MORNING = Date.parse('2026-11-26T06:00:00Z');   // 07:00 Europe/Paris
const KOLKATA_EVENING = Date.parse('2026-11-26T13:30:00Z'); // 19:00 Asia/Kolkata
const TITLE_FR = 'Sélection du matin — jeudi 26 novembre';
const TITLE_EN = 'Evening selection — Thursday 26 November';
const STEP_MS = 1000;       // the scheduler's period (--selection-every-ms)
const SLACK_MS = 2500;      // a step that runs late on a busy machine
// The two-node race keeps a node's default period: with 1 s steps the node
// that starts first publishes every slot before the other catches up (seen
// 3 runs in 3), so the steps no longer interleave and the race is not run.
const RACE_STEP_MS = 5000;
const KILL_RUNS = 10;

const seed = Number(process.env.CRIER_SEL_SEED) || (Date.now() % 1e9);

function assertGapless(events, what) {
  const seqs = events.map(e => e.seq);
  const want = Array.from({ length: seqs.length }, (_, i) => i + 1);
  assert.deepEqual(seqs, want, `${what}: seqs must be 1..${seqs.length} without gaps or repeats`);
}

const selectionEvents = events => events.filter(e => e.type === 'selection');

// Waits on a queue for the first message that matches, dropping the others
// (returned in .skipped); bounded by timeout overall.
async function nextMatching(q, pred, timeout) {
  const end = Date.now() + timeout;
  const skipped = [];
  for (let i = 0; i < 1000; i++) {
    const m = await q.next(Math.max(1, end - Date.now()));
    if (pred(m)) return { m, skipped };
    skipped.push(m);
  }
  throw new Error('no matching message among 1000');
}

// Cleanup stack for a test: servers and clients, best effort, in reverse.
function cleanups() {
  const list = [];
  return {
    add(fn) { list.push(fn); },
    async run() { for (const fn of list.reverse()) { try { await fn(); } catch { /* best effort */ } } },
  };
}

// Publishes the fixtures, checks they all landed before slotMs.
async function publishAll(s, slug, posts, slotMs) {
  const out = [];
  for (const p of posts) out.push(await s.publish(slug, p));
  const last = out.at(-1).post.published_at;
  assert.ok(last < slotMs, `setup too slow: the last post was published at ${iso(last)}, after the slot ${iso(slotMs)}`);
  return out;
}

describe('selections', { concurrency: true }, () => {
  it('fr / Europe/Paris: the morning selection goes out live (SSE + WebSocket), in Atom and in the API', async () => {
    const c = cleanups();
    const s = new FakeClockServer({ stepMs: STEP_MS, fakeNow: '2026-11-26T05:59:50Z' });
    c.add(() => s.cleanup());
    try {
      await s.start();
      const ch = await s.createChannel('monde', { lang: 'fr', tz: 'Europe/Paris' });
      assert.ok(ch.createdMs < PARIS_MORNING, `channel created at ${iso(ch.createdMs)}, before the slot`);
      const story = await publishAll(s, 'monde', STORY, PARIS_MORNING);
      const filler = await publishAll(s, 'monde', FILLER, PARIS_MORNING);
      const bySeq = new Map([...story, ...filler].map(r => [r.seq, r]));
      const storySeqs = story.map(r => r.seq).sort((a, b) => a - b);
      const fillerSeqs = filler.map(r => r.seq).sort((a, b) => a - b);
      const lastSeq = filler.at(-1).seq;

      const es = await esOpen(`${s.url}/monde/events`);
      c.add(() => es.close());
      const ws = await wsOpen(`ws://127.0.0.1:${s.port}/monde/ws`);
      c.add(() => wsClose(ws));
      const hello = (await ws.msgs.next(3000)).json;
      assert.deepEqual(hello, { type: 'hello', channel: 'monde', last_seq: lastSeq, protocol: '1.1' });

      // The slot is ~10 s ahead; the scheduler looks every second.
      const sse = await nextMatching(es.q, e => e.type === 'selection', 30000);
      const wsm = await nextMatching(ws.msgs, m => m.json?.type === 'selection', 30000);
      assert.deepEqual(sse.skipped, [], 'no other SSE event before the selection');
      assert.deepEqual(wsm.skipped, [], 'no other WebSocket message before the selection');
      const ev = sse.m.json;
      assert.equal(sse.m.lastEventId, String(lastSeq + 1));
      assert.deepEqual(wsm.m.json, ev, 'SSE and WebSocket carry the same event');
      assert.equal(ev.type, 'selection');
      assert.equal(ev.channel, 'monde');
      assert.equal(ev.seq, lastSeq + 1);

      const p = ev.post;
      assert.equal(p.kind, 'selection');
      assert.equal(p.title, TITLE_FR);
      assert.equal(p.silent, false, 'a selection is non-silent');
      assert.equal(p.lang, 'fr');
      assert.equal(p.slot, 'morning');
      assert.equal(p.local_date, DATE);
      assert.equal(p.window_end, PARIS_MORNING, 'the window ends at 07:00 Paris');
      assert.equal(p.window_start, PARIS_MORNING - 12 * 3600 * 1000, 'first selection: the last 12 hours');
      assert.ok(p.published_at >= PARIS_MORNING && p.published_at < PARIS_MORNING + STEP_MS + SLACK_MS,
        `published at ${iso(p.published_at)}: at the slot, within a scheduler step or two`);

      // Wire protocol v1.1: the event carries the html; the Markdown comes
      // from catch-up with include=source.
      assert.ok(!('body' in p), 'no Markdown in the event');
      const src = await s.api('GET', `/api/v1/channels/monde/events?after=${ev.seq - 1}&limit=1&include=source`);
      assert.equal(src.status, 200, src.text);
      const md = src.json.events[0].post.body;

      // Items: the story told by three sources is merged and comes first;
      // each filler post is an item; every item links to its source post.
      assert.equal(p.items.length, 1 + FILLER.length, JSON.stringify(p.items));
      const first = p.items[0];
      assert.ok(storySeqs.includes(first.seq), `first item is the merged story, got seq ${first.seq}`);
      assert.deepEqual([first.seq, ...first.merged].sort((a, b) => a - b), storySeqs, 'the 3 sources are merged');
      assert.deepEqual(p.items.slice(1).map(i => i.seq).sort((a, b) => a - b), fillerSeqs);
      for (const [k, item] of p.items.entries()) {
        assert.equal(item.rank, k + 1);
        assert.equal(item.url, `/monde/${item.seq}`);
        assert.equal(item.title, bySeq.get(item.seq).post.title);
        // One sentence: the source's first sentence, whole.
        assert.match(item.lede, /^\S.*\.$/, `item ${item.seq} lede`);
        assert.ok(bySeq.get(item.seq).post.body.startsWith(item.lede + ' '), `item ${item.seq}: lede ${JSON.stringify(item.lede)}`);
        assert.ok(md.includes(`](/monde/${item.seq})`), `Markdown body links /monde/${item.seq}`);
      }
      const hrefs = [...p.html.matchAll(/<a href="([^"]*)"/g)].map(m => m[1]);
      assert.deepEqual(hrefs, p.items.map(i => `/monde/${i.seq}`), 'HTML links the items in order');
      // Each link's seq is its source post: the API serves that post by id.
      for (const item of p.items) {
        const r = await s.api('GET', `/api/v1/channels/monde/posts/${item.post_id}`);
        assert.equal(r.status, 200, r.text);
        assert.equal(r.json.seq, item.seq);
        assert.equal(r.json.title, item.title);
      }

      // The selections Atom feed, read by feedparser.
      const feed = await fetchFeed(`${s.url}/monde/selections/atom.xml`);
      assert.equal(feed.status, 200);
      assert.match(feed.type, /xml/);
      assert.equal(feed.parsed.bozo, 0, 'feed parses cleanly: ' + feed.parsed.bozo_exception);
      assert.equal(feed.parsed.entries.length, 1);
      const entry = feed.parsed.entries[0];
      assert.equal(entry.title, TITLE_FR);
      assert.match(entry.link, new RegExp(`/monde/${ev.seq}$`));
      for (const item of p.items) assert.ok(entry.content.includes(`/monde/${item.seq}`), `entry links /monde/${item.seq}`);

      // The API.
      const sels = await s.selections('monde');
      assert.equal(sels.length, 1, JSON.stringify(sels));
      assert.equal(sels[0].slot, 'morning');
      assert.equal(sels[0].local_date, DATE);
      assert.equal(sels[0].seq, ev.seq);
      assert.equal(sels[0].title, TITLE_FR);
      const events = await catchUp(s, 'monde');
      assertGapless(events, 'catch-up');
      assert.equal(selectionEvents(events).length, 1);
      assert.deepEqual(selectionEvents(events)[0], ev, 'catch-up returns the event the subscribers got');

      // Two more scheduler steps: nothing else comes.
      await s.sleepUntilServer(PARIS_MORNING + 2 * STEP_MS + SLACK_MS);
      assert.deepEqual(await es.q.drain(200), [], 'no second SSE event');
      assert.deepEqual(await ws.msgs.drain(0), [], 'no second WebSocket message');
      assert.equal((await s.selections('monde')).length, 1);
    } finally {
      await c.run();
    }
  });

  it('en / Asia/Kolkata (+05:30): the evening selection at 19:00 local', async () => {
    const c = cleanups();
    const s = new FakeClockServer({ stepMs: STEP_MS, fakeNow: '2026-11-26T13:29:50Z' }); // 18:59:50 in Kolkata
    c.add(() => s.cleanup());
    try {
      await s.start();
      await s.createChannel('india', { lang: 'en', tz: 'Asia/Kolkata' });
      const posts = await publishAll(s, 'india', EN_POSTS, KOLKATA_EVENING);
      const ws = await wsOpen(`ws://127.0.0.1:${s.port}/india/ws`);
      c.add(() => wsClose(ws));
      const { m, skipped } = await nextMatching(ws.msgs, x => x.json?.type === 'selection', 30000);
      assert.deepEqual(skipped.map(x => x.json?.type), ['hello']);
      const p = m.json.post;
      assert.equal(p.title, TITLE_EN);
      assert.equal(p.kind, 'selection');
      assert.equal(p.silent, false);
      assert.equal(p.lang, 'en');
      assert.equal(p.slot, 'evening');
      assert.equal(p.local_date, DATE);
      assert.equal(p.window_end, KOLKATA_EVENING, 'the window ends at 19:00 +05:30 = 13:30Z');
      assert.ok(p.published_at >= KOLKATA_EVENING, `published at ${iso(p.published_at)}, not before 19:00 IST`);
      // The Chennai story (two sources) first, merged; cricket after it.
      const [flood1, flood2, cricket] = posts.map(r => r.seq);
      assert.deepEqual(p.items.map(i => i.seq), [flood1, cricket]);
      assert.deepEqual(p.items[0].merged, [flood2]);
      for (const item of p.items) assert.equal(item.url, `/india/${item.seq}`);
      const sels = await s.selections('india');
      assert.deepEqual(sels.map(x => [x.slot, x.local_date, x.title]), [['evening', DATE, TITLE_EN]],
        'only the evening slot (the morning one, 01:30Z, was before the channel existed)');
      const feed = await fetchFeed(`${s.url}/india/selections/atom.xml`);
      assert.equal(feed.parsed.bozo, 0, String(feed.parsed.bozo_exception));
      assert.deepEqual(feed.parsed.entries.map(e => e.title), [TITLE_EN]);
      // Two more scheduler steps: still exactly one.
      await s.sleepUntilServer(KOLKATA_EVENING + 2 * STEP_MS + SLACK_MS);
      assert.deepEqual(await ws.msgs.drain(0), [], 'no second WebSocket message');
      assert.equal(selectionEvents(await catchUp(s, 'india')).length, 1);
    } finally {
      await c.run();
    }
  });

  // Creates a Paris channel at fake 05:00Z with posts, stops the server,
  // restarts it with the clock at restartAt. Returns {s, mark, ready}.
  async function downtime(c, restartAt) {
    const s = new FakeClockServer({ stepMs: STEP_MS, fakeNow: '2026-11-26T05:00:00Z' });
    c.add(() => s.cleanup());
    await s.start();
    await s.createChannel('monde', { lang: 'fr', tz: 'Europe/Paris' });
    await publishAll(s, 'monde', [...STORY, ...FILLER], PARIS_MORNING);
    await sleep(1500); // let the first scheduler step run (nothing is due yet)
    assert.deepEqual(await s.selections('monde'), [], 'nothing due at 06:00 Paris');
    await s.stop();
    const mark = s.log.length;
    s.fakeNow = restartAt;
    await s.start();
    return { s, mark, ready: Date.now() };
  }

  it('downtime: a slot missed by 1.5 h is published once at start-up', async () => {
    const c = cleanups();
    try {
      const restartAt = '2026-11-26T07:30:00Z'; // 08:30 Paris: the 07:00 slot is 1.5 h late
      const { s, mark, ready } = await downtime(c, restartAt);
      const sels = await waitFor(async () => { const x = await s.selections('monde'); return x.length ? x : null; },
        { timeout: 8000, step: 100, what: 'the missed slot published after restart' });
      assert.ok(Date.now() - ready < 3000, `published at start-up (after ${Date.now() - ready} ms)`);
      assert.equal(sels.length, 1);
      assert.equal(sels[0].slot, 'morning');
      assert.equal(sels[0].local_date, DATE);
      assert.equal(sels[0].title, TITLE_FR);
      assert.equal(sels[0].window_end, PARIS_MORNING, 'it covers the 07:00 slot, not the restart time');
      const ev = selectionEvents(await catchUp(s, 'monde'));
      assert.equal(ev.length, 1);
      assert.ok(ev[0].post.published_at >= Date.parse(restartAt));
      assert.match(s.log.slice(mark), /selection: .*monde.*morning.*2026-11-26.*published/);
      // Another step, then another restart (still < 2 h late): still once.
      await sleep(Math.max(0, ready + STEP_MS + SLACK_MS - Date.now()));
      assert.equal((await s.selections('monde')).length, 1);
      await s.stop();
      s.fakeNow = '2026-11-26T07:31:00Z';
      await s.start();
      await sleep(2500);
      const events = await catchUp(s, 'monde');
      assertGapless(events, 'catch-up');
      assert.equal(selectionEvents(events).length, 1, 'published exactly once across restarts');
      assert.equal((await s.selections('monde')).length, 1);
    } finally {
      await c.run();
    }
  });

  it('downtime: a slot missed by 2.5 h is skipped with a log line', async () => {
    const c = cleanups();
    try {
      const { s, mark, ready } = await downtime(c, '2026-11-26T08:30:00Z'); // 09:30 Paris: 2.5 h late
      const es = await esOpen(`${s.url}/monde/events`);
      c.add(() => es.close());
      const skipLine = /selection: .*monde.*morning.*2026-11-26.*skip.*late/i;
      await waitFor(() => skipLine.test(s.log.slice(mark)),
        { timeout: 8000, step: 100, what: 'a log line about the skipped slot; log:\n' + s.log.slice(mark) });
      // Two scheduler steps after the restart.
      await sleep(Math.max(0, ready + 2 * STEP_MS + SLACK_MS - Date.now()));
      assert.deepEqual(await s.selections('monde'), []);
      const events = await catchUp(s, 'monde');
      assert.deepEqual(events.map(e => e.type), Array(STORY.length + FILLER.length).fill('post'));
      assert.deepEqual((await es.q.drain(100)).filter(e => e.type === 'selection'), []);
      assert.doesNotMatch(s.log, /selection: .*published/);
    } finally {
      await c.run();
    }
  });

  it('an empty window publishes nothing (no empty post), while a control channel gets its selection', async () => {
    const c = cleanups();
    const s = new FakeClockServer({ stepMs: STEP_MS, fakeNow: '2026-11-26T05:59:50Z' });
    c.add(() => s.cleanup());
    try {
      await s.start();
      for (const slug of ['vide', 'efface', 'temoin']) await s.createChannel(slug, { lang: 'fr', tz: 'Europe/Paris' });
      const gone = await s.publish('efface', FILLER[0]);
      const del = await s.api('DELETE', `/api/v1/channels/efface/posts/${gone.id}`);
      assert.equal(del.status, 200, del.text);
      await publishAll(s, 'temoin', [FILLER[1]], PARIS_MORNING);
      const subs = {};
      for (const slug of ['vide', 'efface']) {
        subs[slug] = await esOpen(`${s.url}/${slug}/events`);
        c.add(() => subs[slug].close());
      }
      // The control proves the scheduler ran past the slot.
      await waitFor(async () => (await s.selections('temoin')).length === 1,
        { timeout: 30000, step: 200, what: 'the control channel\'s selection' });
      // Past the slot plus two scheduler steps.
      await s.sleepUntilServer(PARIS_MORNING + 2 * STEP_MS + SLACK_MS);
      for (const slug of ['vide', 'efface']) {
        assert.deepEqual(await s.selections(slug), [], `${slug}: no selection`);
        const events = await catchUp(s, slug);
        assert.deepEqual(events.map(e => e.type), slug === 'vide' ? [] : ['post', 'delete'], `${slug}: no selection event`);
        assert.deepEqual((await subs[slug].q.drain(0)).map(e => e.type), [], `${slug}: nothing live`);
        const feed = await fetchFeed(`${s.url}/${slug}/selections/atom.xml`);
        assert.equal(feed.parsed.bozo, 0, String(feed.parsed.bozo_exception));
        assert.equal(feed.parsed.entries.length, 0);
      }
    } finally {
      await c.run();
    }
  });

  // ---- exactly once ----

  // Plans for the 10 kill runs: half stratified uniformly over 0..6 s after
  // the slot, half aimed at the predicted moment of the first scheduler step
  // after the slot (± a few ms), to land inside the step and its commit.
  const rand = rng(seed);
  const plans = Array.from({ length: KILL_RUNS }, (_, k) => (k % 2 === 0
    ? { mode: 'uniform', delay: Math.round((k / 2 + rand()) * 1200) }
    : { mode: 'step', jitter: Math.round(-4 + rand() * 14) }));
  console.log(`# selection kill -9: seed ${seed} (CRIER_SEL_SEED); plans ${JSON.stringify(plans)}`);

  async function killRun(k, plan) {
    const info = { run: k + 1, ...plan };
    // 6 s before the slot: five servers start and publish at once, next to
    // the file's other tests (the kill moments are set from the slot).
    const s = new FakeClockServer({ stepMs: STEP_MS, fakeNow: '2026-11-26T05:59:54Z' });
    try {
      await s.start();
      const listen = listeningAt(s.log);
      await s.createChannel('monde', { lang: 'fr', tz: 'Europe/Paris' });
      const posts = await publishAll(s, 'monde', [...STORY, FILLER[1]], PARIS_MORNING);
      const slotLocal = s.localAt(PARIS_MORNING);
      let killLocal;
      if (plan.mode === 'step' && Number.isFinite(listen)) {
        let step = listen + 1000;
        for (let i = 0; i < 100 && step < slotLocal; i++) step += STEP_MS;
        killLocal = step + plan.jitter;
      } else {
        killLocal = slotLocal + (plan.delay ?? 3000);
      }
      info.delayMs = Math.round(killLocal - slotLocal);
      await sleep(Math.max(0, killLocal - Date.now()));
      const killServerMs = s.serverNow();
      info.lateMs = Date.now() - Math.round(killLocal);
      await s.kill9();
      info.publishedBeforeKill = /selection: channel=monde .*published/.test(s.log);
      const mark = s.log.length;
      s.fakeNow = String(Math.round(killServerMs)); // the clock carries on, < 2 h after the slot
      await s.start();
      const up = Date.now();
      // The first step after a restart runs on the first tick (~1 s).
      await waitFor(async () => Date.now() - up >= 2500 && (await s.selections('monde')).length >= 1,
        { timeout: 8000, step: 100, what: `run ${k + 1}: a selection after restart (${JSON.stringify(info)})` });
      info.publishedAfterRestart = /selection: channel=monde .*published/.test(s.log.slice(mark));
      const events = await catchUp(s, 'monde');
      assertGapless(events, `run ${k + 1}`);
      assert.equal(events.filter(e => e.type === 'post').length, posts.length, `run ${k + 1}: every post`);
      const sel = selectionEvents(events);
      assert.equal(sel.length, 1, `run ${k + 1}: exactly one selection event (${JSON.stringify(info)})`);
      assert.equal(sel[0].post.slot, 'morning');
      assert.equal(sel[0].post.local_date, DATE);
      assert.equal(sel[0].post.title, TITLE_FR);
      const sels = await s.selections('monde');
      assert.deepEqual(sels.map(x => [x.slot, x.local_date, x.seq]), [['morning', DATE, sel[0].seq]],
        `run ${k + 1}: /selections lists exactly one morning selection`);
      return info;
    } catch (e) {
      e.message += `\n  run info: ${JSON.stringify(info)}\n  log tail:\n${s.log.slice(-3000)}`;
      throw e;
    } finally {
      await s.cleanup();
    }
  }

  it(`kill -9 around the slot, ${KILL_RUNS} runs: each slot is published exactly once`, async () => {
    const results = [];
    // Two waves of five, so that ten servers do not share two cores at once.
    for (let w = 0; w < KILL_RUNS; w += 5) {
      const wave = await Promise.allSettled(plans.slice(w, w + 5).map((p, i) => killRun(w + i, p)));
      results.push(...wave);
    }
    for (const r of results) if (r.status === 'fulfilled') console.log('# ' + JSON.stringify(r.value));
    const failed = results.filter(r => r.status === 'rejected');
    assert.equal(failed.length, 0, failed.map(r => r.reason?.stack || String(r.reason)).join('\n\n'));
  });

  it('two nodes on one SQLite file race for the same slots: each published exactly once', async () => {
    const c = cleanups();
    const a = new FakeClockServer({ stepMs: RACE_STEP_MS, fakeNow: '2026-11-26T05:59:30Z' });
    c.add(() => a.cleanup());
    const b = new FakeClockServer({ stepMs: RACE_STEP_MS, data: a.data });
    c.add(() => b.stop());
    // Many channels: a step that finds a slot already taken is quicker than
    // one that publishes it, so the later node catches up with the earlier
    // one within a few channels and from there they race on the same key.
    const slugs = Array.from({ length: 120 }, (_, i) => `n${i + 1}`);
    try {
      await a.start();
      await a.createChannel('cal', { lang: 'fr', tz: 'Europe/Paris' });
      for (const slug of slugs) await a.createChannel(slug, { lang: 'fr', tz: 'Europe/Paris' });
      for (const slug of slugs) await publishAll(a, slug, [STORY[0]], PARIS_MORNING);
      // Start b so that its scheduler steps fall at the same moments as a's
      // (a's step phase is measured from its ticks; b's spawn-to-first-step
      // delay is taken to be a's), with a's clock: the two steps then run
      // together, and the one that finds a slot taken skips it quickly and
      // catches up with the other. b's actual phase is measured and logged.
      let aTick = await tickAt(a, 'cal');
      const lead = listeningAt(a.log) - a.spawnedAt + 1000;
      const aim = nextStepAt(a, aTick, Date.now() + lead + 200, { stepMs: RACE_STEP_MS });
      await sleep(Math.max(0, aim - lead - Date.now()));
      b.fakeNow = String(Math.round(a.serverNow()));
      await b.start();
      await b.publish('cal', { title: 'sync' }); // syncs our view of b's clock
      let bTick;
      [aTick, bTick] = await Promise.all([tickAt(a, 'cal'), tickAt(b, 'cal')]);
      const bStep = nextStepAt(b, bTick, Date.now(), { stepMs: RACE_STEP_MS });
      const offsetMs = Math.round(bStep - nextStepAt(a, aTick, bStep - RACE_STEP_MS / 2, { stepMs: RACE_STEP_MS }));
      for (const slug of slugs) await publishAll(b, slug, [FILLER[1]], PARIS_MORNING);
      const setupMarginMs = Math.round(Math.min(a.localAt(PARIS_MORNING), b.localAt(PARIS_MORNING)) - Date.now());
      // Both nodes' clocks past the slot plus two steps.
      const until = Math.max(a.localAt(PARIS_MORNING), b.localAt(PARIS_MORNING)) + 2 * RACE_STEP_MS + SLACK_MS;
      await sleep(Math.max(0, until - Date.now()));
      const byNode = { a: 0, b: 0 };
      for (const slug of [...slugs, 'cal']) {
        const re = new RegExp(`selection: channel=${slug} slot=morning .*published`, 'g');
        byNode.a += (a.log.match(re) || []).length;
        byNode.b += (b.log.match(re) || []).length;
        for (const [name, node] of [['a', a], ['b', b]]) {
          const events = await catchUp(node, slug);
          assertGapless(events, `${slug} via node ${name}`);
          if (slug !== 'cal') assert.equal(events.filter(e => e.type === 'post').length, 2, `${slug} via ${name}: every post`);
          const sel = selectionEvents(events);
          assert.equal(sel.length, 1, `${slug} via ${name}: exactly one selection event, got ${sel.length}`);
          assert.equal(sel[0].post.title, TITLE_FR);
          const sels = await node.selections(slug);
          assert.deepEqual(sels.map(x => [x.slot, x.local_date]), [['morning', DATE]], `${slug} via ${name}`);
        }
      }
      // A node that loses a race gets EEXIST silently, so "a=0" does not
      // mean there was no race; both non-zero shows the steps interleaved.
      console.log(`# two nodes: set up ${setupMarginMs} ms before the slot; measured step offset b-a ${offsetMs} ms; ` +
        `slots published by a=${byNode.a} b=${byNode.b}` +
        (byNode.a && byNode.b ? ' (the steps interleaved)' : ''));
      assert.equal(byNode.a + byNode.b, slugs.length + 1, 'one "published" log line per slot across both nodes');
      assert.doesNotMatch(a.log + b.log, /selection: .*(failed|error|busy|locked)/i, 'no store error in either scheduler');
    } finally {
      await c.run();
    }
  });
});
