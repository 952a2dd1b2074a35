// Wire protocol v1, end to end: fan-out over SSE and WebSocket with real
// clients, live edit/delete, resume (Last-Event-ID, ?after, WS resume),
// catch-up paging, pruning (410), auth, validation, /healthz and /metrics.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import EventSource from 'eventsource';
import { spawnSync } from 'node:child_process';
import { Server, waitFor } from './lib/server.mjs';
import { Queue, sseFetch, wsOpen, wsClose, metrics, cutProxy, uniq, rawConnect, upgradeRequest, wsFrame, parseFrames } from './lib/proto.mjs';

const TITLE = 'Élection : « M. Dupont l’emporte », dit l’Œil — « ça commence » à 20 h';
const BODY = 'Le **président** a dit « non ».\n\n<script>alert(1)</script>\n\n' +
  'fin <b onclick="x">gras</b> [lien](javascript:alert(1))';
// cmark's rendering with raw HTML shown as text (never passed through, never dropped) and the
// unsafe link emptied.
const HTML = '<p>Le <strong>président</strong> a dit «\u00a0non\u00a0».</p>\n<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n' +
  '<p>fin &lt;b onclick=&quot;x&quot;&gt;gras&lt;/b&gt; <a href="">lien</a></p>\n';

// An eventsource client with a queue of its events; resolves once open.
function esOpen(url, opts = {}, timeout = 3000) {
  return new Promise((res, rej) => {
    const es = new EventSource(url, opts);
    const q = new Queue('eventsource ' + url);
    es.q = q;
    es.errors = 0;
    for (const type of ['post', 'edit', 'delete', 'selection', 'gap', 'close', 'message']) {
      es.addEventListener(type, e => {
        let json; try { json = JSON.parse(e.data); } catch { /* not JSON */ }
        q.push({ type, lastEventId: e.lastEventId, data: e.data, json });
      });
    }
    const t = setTimeout(() => { es.close(); rej(new Error('eventsource open timed out')); }, timeout);
    es.onopen = () => { clearTimeout(t); res(es); };
    es.onerror = e => { es.errors++; if (e && e.status) { clearTimeout(t); es.close(); rej(new Error('eventsource status ' + e.status)); } };
  });
}

async function subscribers(s) { return (await metrics(s)).m.crier_subscribers; }

// Publishes n posts one after the other; returns the 201 answers.
async function publishN(s, slug, n, mk = i => ({ title: `post ${i}` })) {
  const out = [];
  for (let i = 1; i <= n; i++) {
    const r = await s.post(slug, mk(i));
    assert.equal(r.status, 201, r.text);
    out.push(r.json);
  }
  return out;
}

function checkEvent(ev, { type, slug, seq, id }) {
  assert.equal(ev.type, type);
  assert.equal(ev.channel, slug);
  assert.equal(ev.seq, seq);
  assert.equal(ev.id, id);
  assert.equal(typeof ev.at, 'number');
}

describe('wire protocol', () => {
  let s;
  const cleanups = [];
  before(async () => { s = new Server(); await s.start(); });
  after(async () => {
    for (const c of cleanups.splice(0)) { try { await c(); } catch { /* best effort */ } }
    if (s) await s.cleanup();
  });
  const track = (thing) => {
    if (thing instanceof EventSource) cleanups.push(() => thing.close());
    else if (thing && thing.close && thing.msgs) cleanups.push(() => wsClose(thing));
    else if (thing && thing.close) cleanups.push(() => thing.close());
    return thing;
  };

  it('publish fans out to 3 SSE and 3 WebSocket subscribers with the exact post', async () => {
    const slug = uniq('fan');
    await s.channel(slug, { lang: 'fr', tz: 'Europe/Paris' });
    const base = await subscribers(s);
    const ess = [], wss = [];
    for (let i = 0; i < 3; i++) ess.push(track(await esOpen(`${s.url}/${slug}/events`)));
    for (let i = 0; i < 3; i++) wss.push(track(await wsOpen(`ws://127.0.0.1:${s.port}/${slug}/ws`)));
    for (const ws of wss) {
      const hello = (await ws.msgs.next()).json;
      assert.deepEqual(hello, { type: 'hello', channel: slug, last_seq: 0, protocol: '1.1' });
    }
    await waitFor(async () => (await subscribers(s)) >= base + 6, { what: '6 subscribers' });

    const r = await s.post(slug, { title: TITLE, body: BODY, importance: 3, tags: ['élection', 'M. Dupont'] });
    assert.equal(r.status, 201, r.text);
    assert.equal(r.json.channel, slug);
    assert.equal(r.json.seq, 1);
    const id = r.json.id;
    assert.equal(typeof id, 'number');
    const p = r.json.post;
    assert.equal(p.title, TITLE);
    assert.equal(p.body, BODY);
    assert.equal(p.html, HTML);
    assert.ok(!p.html.includes('<script'));
    assert.equal(p.importance, 3);
    assert.equal(p.silent, false);
    assert.deepEqual(p.tags, ['élection', 'M. Dupont']);
    assert.equal(p.lang, 'fr');
    assert.equal(p.id, id);
    assert.equal(p.seq, 1);
    assert.equal(p.media, null);
    assert.equal(p.source_url, null);

    const { body: _md, ...wire } = p; // wire protocol v1.1: events carry the html alone
    const check = ev => {
      checkEvent(ev, { type: 'post', slug, seq: 1, id });
      assert.equal(ev.post.title, TITLE);
      assert.equal(ev.post.body, undefined, 'wire protocol v1.1: no Markdown in events');
      assert.equal(ev.post.html, HTML);
      assert.deepEqual(ev.post, wire);
    };
    for (const es of ess) {
      const e = await es.q.next();
      assert.equal(e.type, 'post');
      assert.equal(e.lastEventId, '1');
      check(e.json);
    }
    for (const ws of wss) {
      const m = await ws.msgs.next();
      assert.equal(m.isBinary, false);
      check(m.json);
    }
    // Exactly one event each: nothing else (no duplicate) arrives.
    for (const es of ess) assert.deepEqual(await es.q.drain(100), []);
    for (const ws of wss) assert.deepEqual(await ws.msgs.drain(100), []);
    // The raw SSE framing: id, event, data lines.
    const raw = await sseFetch(`${s.url}/${slug}/events?after=0`);
    track(raw);
    assert.equal(raw.status, 200);
    assert.match(raw.headers.get('content-type'), /^text\/event-stream/);
    const re = await raw.events.next();
    assert.equal(re.id, '1');
    assert.equal(re.event, 'post');
    assert.deepEqual(re.json.post, wire);
    assert.equal(raw.headers.get('x-crier-protocol'), '1.1');
    raw.close();
  });

  it('edit and delete propagate live with increasing seqs', async () => {
    const slug = uniq('live');
    await s.channel(slug);
    const base = await subscribers(s);
    const es = track(await esOpen(`${s.url}/${slug}/events`));
    const ws = track(await wsOpen(`ws://127.0.0.1:${s.port}/${slug}/ws`));
    assert.equal((await ws.msgs.next()).json.type, 'hello');
    await waitFor(async () => (await subscribers(s)) >= base + 2, { what: '2 subscribers' });

    const c = await s.post(slug, { title: 'Avant', body: 'v1' });
    assert.equal(c.status, 201, c.text);
    const id = c.json.id;
    const e = await s.api('PATCH', `/api/v1/channels/${slug}/posts/${id}`, { title: 'Après « édition »', body: '*v2*' });
    assert.equal(e.status, 200, e.text);
    assert.equal(e.json.seq, 2);
    assert.equal(e.json.id, id);
    assert.equal(e.json.post.title, 'Après « édition »');
    const d = await s.api('DELETE', `/api/v1/channels/${slug}/posts/${id}`);
    assert.equal(d.status, 200, d.text);
    assert.deepEqual({ channel: d.json.channel, seq: d.json.seq, id: d.json.id }, { channel: slug, seq: 3, id });

    const sse = await es.q.take(3);
    const wsm = (await ws.msgs.take(3)).map(m => m.json);
    assert.deepEqual(sse.map(x => [x.type, x.lastEventId]), [['post', '1'], ['edit', '2'], ['delete', '3']]);
    for (const list of [sse.map(x => x.json), wsm]) {
      checkEvent(list[0], { type: 'post', slug, seq: 1, id });
      checkEvent(list[1], { type: 'edit', slug, seq: 2, id });
      checkEvent(list[2], { type: 'delete', slug, seq: 3, id });
      assert.equal(list[0].post.title, 'Avant');
      assert.equal(list[1].post.title, 'Après « édition »');
      assert.equal(list[1].post.body, undefined);
      assert.equal(list[1].post.html, '<p><em>v2</em></p>\n');
      assert.equal(list[1].post.seq, 1, 'post.seq stays the creation seq');
      assert.equal(typeof list[1].post.edited_at, 'number');
      assert.deepEqual(list[2].post, { id, seq: 1 });
    }
    assert.deepEqual(await es.q.drain(100), []);
    assert.deepEqual(await ws.msgs.drain(100), []);
  });

  it('SSE resumes after Last-Event-ID and ?after=N exactly, without duplicates', async () => {
    const slug = uniq('sse-resume');
    await s.channel(slug);
    const made = await publishN(s, slug, 5);
    assert.deepEqual(made.map(x => x.seq), [1, 2, 3, 4, 5]);
    const url = `${s.url}/${slug}/events`;

    // Last-Event-ID header.
    const a = track(await sseFetch(url, { headers: { 'last-event-id': '2' } }));
    assert.equal(a.status, 200);
    const got = await a.events.take(3);
    assert.deepEqual(got.map(x => [x.id, x.event, x.json.seq, x.json.id]),
      [['3', 'post', 3, made[2].id], ['4', 'post', 4, made[3].id], ['5', 'post', 5, made[4].id]]);
    assert.deepEqual(await a.events.drain(150), []);

    // ?after=N with an older Last-Event-ID: the header wins, as it does
    // after a reset, whose id is below the URL's position.
    const b = track(await sseFetch(url + '?after=4', { headers: { 'last-event-id': '3' } }));
    assert.deepEqual((await b.events.take(2)).map(x => x.json.seq), [4, 5]);
    assert.deepEqual(await b.events.drain(150), []);
    // ...and with a later Last-Event-ID (an EventSource reconnecting to its ?after URL), the header wins.
    const b2 = track(await sseFetch(url + '?after=1', { headers: { 'last-event-id': '4' } }));
    assert.deepEqual((await b2.events.take(1)).map(x => x.json.seq), [5]);
    assert.deepEqual(await b2.events.drain(150), []);

    // Without either: new events only, after a hello whose id is the
    // position they start from, so that a reconnect before the first post
    // resumes from there.
    const base = await subscribers(s);
    const c = track(await sseFetch(url));
    await waitFor(async () => (await subscribers(s)) >= base + 1, { what: 'subscriber' });
    assert.deepEqual(await c.events.drain(150), []);
    assert.deepEqual(c.hellos.map(x => [x.id, x.event, x.json]),
      [['5', 'hello', { channel: slug, last_seq: 5, protocol: '1.1' }]]);
    assert.equal(c.lastId(), '5');

    // eventsource via Last-Event-ID on first connect.
    const es0 = track(await esOpen(url, { headers: { 'Last-Event-ID': '4' } }));
    assert.deepEqual((await es0.q.take(1)).map(x => [x.lastEventId, x.json.seq]), [['5', 5]]);

    // Live after replay, once each.
    const six = await s.post(slug, { title: 'six' });
    assert.equal(six.json.seq, 6);
    for (const q of [a.events, b.events, b2.events, c.events, es0.q]) {
      const x = await q.next();
      assert.equal((x.json || {}).seq, 6);
      assert.deepEqual(await q.drain(100), []);
    }
    a.close(); b.close(); c.close(); es0.close();
  });

  it('curl: publish with --data-binary, read the SSE wire format with -N', async () => {
    const slug = uniq('curl');
    await s.channel(slug);
    const pub = spawnSync('curl', ['-sS', '-o', '-', '-w', '\n%{http_code}', '-X', 'POST', '-H', `Authorization: Bearer ${s.token}`,
      '-H', 'Content-Type: application/json', '--data-binary', JSON.stringify({ title: TITLE, body: 'a\r\nb\nc' }),
      `${s.url}/api/v1/channels/${slug}/posts`], { encoding: 'utf8', timeout: 5000 });
    const [json, code] = [pub.stdout.slice(0, pub.stdout.lastIndexOf('\n')), pub.stdout.slice(pub.stdout.lastIndexOf('\n') + 1)];
    assert.equal(code, '201', pub.stdout + pub.stderr);
    assert.equal(JSON.parse(json).post.title, TITLE);
    await s.post(slug, { title: 'deux' });
    // curl -N prints the stream as it comes; --max-time ends it (exit 28).
    const r = spawnSync('curl', ['-sS', '-N', '--max-time', '1', '-H', 'Last-Event-ID: 0', `${s.url}/${slug}/events`],
      { encoding: 'utf8', timeout: 5000 });
    assert.equal(r.status, 28, r.stderr);
    const evs = await s.allEvents(slug);
    const blocks = r.stdout.split('\n\n').filter(b => b && !/^(retry|:)/.test(b));
    assert.equal(blocks.length, 2, r.stdout);
    blocks.forEach((b, i) => {
      const lines = b.split('\n');
      assert.deepEqual(lines.slice(0, 2), [`id: ${i + 1}`, 'event: post']);
      assert.equal(lines.length, 3, 'one data line: the JSON has no raw newline');
      assert.ok(lines[2].startsWith('data: '));
      assert.deepEqual(JSON.parse(lines[2].slice(6)), evs[i]);
    });
    assert.equal((await s.allEvents(slug, 0, { source: true }))[0].post.body, 'a\r\nb\nc');
  });

  it('eventsource reconnects with Last-Event-ID and gets exactly the missed events', async () => {
    const slug = uniq('es-reconnect');
    await s.channel(slug);
    const proxy = track(await cutProxy(s.port));
    const base = await subscribers(s);
    const es = track(await esOpen(`http://127.0.0.1:${proxy.port}/${slug}/events`));
    es.reconnectInterval = 100;
    await waitFor(async () => (await subscribers(s)) >= base + 1, { what: 'subscriber' });
    await publishN(s, slug, 2);
    assert.deepEqual((await es.q.take(2)).map(x => x.json.seq), [1, 2]);

    proxy.cut(); // drop the stream; hold the reconnect until release()
    await waitFor(() => es.errors > 0, { what: 'eventsource to notice the cut' });
    const missed = await publishN(s, slug, 3, i => ({ title: `missed ${i}` }));
    assert.deepEqual(missed.map(x => x.seq), [3, 4, 5]);
    proxy.release();
    const got = await es.q.take(3, 5000);
    assert.deepEqual(got.map(x => [x.lastEventId, x.json.seq, x.json.post.title]),
      [['3', 3, 'missed 1'], ['4', 4, 'missed 2'], ['5', 5, 'missed 3']]);
    assert.equal(proxy.requests.length, 2, 'exactly one reconnect');
    const lastReq = proxy.requests.at(-1);
    assert.match(lastReq, /^last-event-id: 2\r$/mi, 'the reconnect carries Last-Event-ID: 2');
    await s.post(slug, { title: 'live' });
    assert.deepEqual((await es.q.take(1)).map(x => x.json.seq), [6]);
    assert.deepEqual(await es.q.drain(150), []);
    es.close();
    await proxy.close();
  });

  it('WebSocket: hello, ?after=N, resume message, ping/pong, no duplicates', async () => {
    const slug = uniq('ws-resume');
    await s.channel(slug);
    const made = await publishN(s, slug, 5);
    const base = `ws://127.0.0.1:${s.port}/${slug}/ws`;

    const a = track(await wsOpen(base + '?after=2'));
    assert.deepEqual((await a.msgs.next()).json, { type: 'hello', channel: slug, last_seq: 5, protocol: '1.1' });
    const ra = (await a.msgs.take(3)).map(m => m.json);
    for (let i = 0; i < 3; i++) checkEvent(ra[i], { type: 'post', slug, seq: 3 + i, id: made[2 + i].id });
    assert.deepEqual(await a.msgs.drain(150), []);

    const b = track(await wsOpen(base));
    assert.deepEqual((await b.msgs.next()).json, { type: 'hello', channel: slug, last_seq: 5, protocol: '1.1' });
    assert.deepEqual(await b.msgs.drain(150), [], 'no replay without after');
    b.send(JSON.stringify({ type: 'ping' }));
    assert.deepEqual((await b.msgs.next()).json, { type: 'pong' });
    b.send(JSON.stringify({ type: 'resume', after: 1 }));
    const rb = (await b.msgs.take(4)).map(m => m.json);
    assert.deepEqual(rb.map(x => x.seq), [2, 3, 4, 5]);
    for (let i = 0; i < 4; i++) checkEvent(rb[i], { type: 'post', slug, seq: 2 + i, id: made[1 + i].id });
    assert.deepEqual(await b.msgs.drain(150), []);

    // WebSocket-level ping frame -> pong frame with the same payload.
    const pong = new Promise((res, rej) => {
      const t = setTimeout(() => rej(new Error('no pong frame')), 2000);
      b.once('pong', d => { clearTimeout(t); res(d.toString()); });
    });
    b.ping('abc');
    assert.equal(await pong, 'abc');

    // Live, once each.
    const six = await s.post(slug, { title: 'six' });
    assert.equal(six.json.seq, 6);
    for (const w of [a, b]) {
      assert.deepEqual((await w.msgs.take(1)).map(m => m.json.seq), [6]);
      assert.deepEqual(await w.msgs.drain(100), []);
    }
    await wsClose(a); await wsClose(b);
  });

  it('resume while publishing: replay then live, no gap, no duplicate', async () => {
    const slug = uniq('race');
    await s.channel(slug);
    const N = 300;
    const publisher = (async () => {
      for (let i = 0; i < N; i += 10) {
        const rs = await Promise.all(Array.from({ length: 10 }, (_, j) => s.post(slug, { title: `r${i + j}` })));
        for (const r of rs) assert.equal(r.status, 201, r.text);
      }
    })();
    publisher.catch(() => { /* reported by the await below */ });
    const subs = [];
    // Subscribers join at different points of the burst, each resuming from an older seq.
    for (let k = 0; k < 6; k++) {
      await waitFor(async () => (await s.api('GET', `/api/v1/channels/${slug}`)).json.last_seq >= k * 40,
        { timeout: 10000, what: `seq ${k * 40}` });
      const afterSeq = Math.max(0, k * 40 - 25);
      if (k % 3 === 0) {
        const r = track(await sseFetch(`${s.url}/${slug}/events?after=${afterSeq}`));
        subs.push({ what: `sse after=${afterSeq}`, afterSeq, next: async () => (await r.events.next(5000)).json.seq });
      } else if (k % 3 === 1) {
        const w = track(await wsOpen(`ws://127.0.0.1:${s.port}/${slug}/ws?after=${afterSeq}`));
        assert.equal((await w.msgs.next()).json.type, 'hello');
        subs.push({ what: `ws ?after=${afterSeq}`, afterSeq, next: async () => (await w.msgs.next(5000)).json.seq });
      } else {
        const r = track(await sseFetch(`${s.url}/${slug}/events`, { headers: { 'last-event-id': String(afterSeq) } }));
        subs.push({ what: `sse Last-Event-ID ${afterSeq}`, afterSeq, next: async () => (await r.events.next(5000)).json.seq });
      }
    }
    await publisher;
    for (const sub of subs) {
      const got = [];
      while (got.at(-1) !== N) got.push(await sub.next());
      assert.deepEqual(got, Array.from({ length: N - sub.afterSeq }, (_, j) => sub.afterSeq + 1 + j), sub.what);
    }
  });

  it('WS resume sent while the connect replay is in flight replays from the resume point', async () => {
    // The upgrade (?after=3) and a {"type":"resume","after":0} frame in one write: the
    // server reads the resume while its ?after=3 replay is still running. The client
    // asked for everything after 0, so 1..5 must come (after a possible 4,5).
    const slug = uniq('resume-inflight');
    await s.channel(slug);
    await publishN(s, slug, 5);
    const st = await rawConnect(s.port);
    cleanups.push(() => st.destroy());
    const { text } = upgradeRequest(`/${slug}/ws?after=3`, s.port);
    await st.write(Buffer.concat([Buffer.from(text), wsFrame({ opcode: 1, payload: '{"type":"resume","after":0}' })]));
    const headEnd = () => st.data.indexOf('\r\n\r\n') + 4;
    const seqs = () => parseFrames(st.data.subarray(headEnd())).frames.map(f => JSON.parse(f.payload)).map(j => j.seq ?? j.type);
    await st.until(() => seqs().filter(x => x === 5).length >= 2, 1500);
    const got = seqs();
    assert.equal(got[0], 'hello');
    const i = got.indexOf(1);
    assert.ok(i >= 0, `events 1..3 were never sent after the resume; got ${got.join(',')}`);
    assert.deepEqual(got.slice(i), [1, 2, 3, 4, 5]);
    assert.ok(got.slice(1, i).every(x => x === 4 || x === 5), got.join(','));
    st.destroy();
  });

  it('catch-up pages 250 events 100/100/50; bad limits are 400', async () => {
    const slug = uniq('page');
    await s.channel(slug);
    const made = [];
    for (let i = 0; i < 250; i += 25) {
      const batch = await Promise.all(Array.from({ length: 25 }, (_, j) => s.post(slug, { title: `p${i + j}` })));
      for (const r of batch) { assert.equal(r.status, 201, r.text); made.push(r.json); }
    }
    const bySeq = new Map(made.map(x => [x.seq, x.id]));
    assert.equal(bySeq.size, 250);
    const pages = [];
    let afterSeq = 0;
    for (let i = 0; i < 3; i++) {
      const r = await s.api('GET', `/api/v1/channels/${slug}/events?after=${afterSeq}&limit=100`, undefined, { token: null });
      assert.equal(r.status, 200, r.text);
      pages.push(r.json);
      afterSeq = r.json.events.at(-1).seq;
    }
    assert.deepEqual(pages.map(p => p.events.length), [100, 100, 50]);
    assert.deepEqual(pages.map(p => p.final), [false, false, true]);
    assert.deepEqual(pages.map(p => p.oldest_seq), [1, 1, 1]);
    assert.deepEqual(pages.map(p => p.last_seq), [250, 250, 250]);
    const all = pages.flatMap(p => p.events);
    assert.deepEqual(all.map(e => e.seq), Array.from({ length: 250 }, (_, i) => i + 1));
    for (const e of all) {
      assert.equal(e.type, 'post');
      assert.equal(e.channel, slug);
      assert.equal(e.id, bySeq.get(e.seq));
      assert.equal(e.post.seq, e.seq);
    }
    // Past the end: empty and final.
    const end = await s.api('GET', `/api/v1/channels/${slug}/events?after=250`);
    assert.equal(end.status, 200);
    assert.deepEqual([end.json.events, end.json.final, end.json.last_seq], [[], true, 250]);
    // Default limit is 100.
    const def = await s.api('GET', `/api/v1/channels/${slug}/events`);
    assert.deepEqual([def.json.events.length, def.json.events[0].seq, def.json.final], [100, 1, false]);
    for (const lim of ['0', '1001', '-1', 'abc', '']) {
      const r = await s.api('GET', `/api/v1/channels/${slug}/events?after=0&limit=${lim}`);
      assert.equal(r.status, 400, `limit=${lim}: ${r.text}`);
      assert.ok(['invalid', 'bad_request'].includes(r.json.error), r.text);
    }
    const max = await s.api('GET', `/api/v1/channels/${slug}/events?after=0&limit=1000`);
    assert.deepEqual([max.status, max.json.events.length, max.json.final], [200, 250, true]);
  });

  it('after pruning: 410 with oldest_seq below it, 200 from oldest_seq on, SSE gap', async () => {
    const slug = uniq('prune');
    await s.channel(slug);
    for (let i = 0; i < 120; i += 30) {
      const batch = await Promise.all(Array.from({ length: 30 }, (_, j) => s.post(slug, { title: `p${i + j}` })));
      for (const r of batch) assert.equal(r.status, 201, r.text);
    }
    const noAuth = await s.api('POST', `/api/v1/channels/${slug}/prune`, { before_seq: 101 }, { token: null });
    assert.equal(noAuth.status, 401);
    const pr = await s.api('POST', `/api/v1/channels/${slug}/prune`, { before_seq: 101 });
    assert.equal(pr.status, 200, pr.text);
    assert.deepEqual(pr.json, { oldest_seq: 101 });

    for (const a of [50, 0, 99]) {
      const r = await s.api('GET', `/api/v1/channels/${slug}/events?after=${a}`);
      assert.equal(r.status, 410, `after=${a}: ${r.text}`);
      assert.equal(r.json.error, 'gone');
      assert.equal(r.json.oldest_seq, 101);
      assert.equal(typeof r.json.message, 'string');
    }
    const ok = await s.api('GET', `/api/v1/channels/${slug}/events?after=100`);
    assert.equal(ok.status, 200, ok.text);
    assert.deepEqual(ok.json.events.map(e => e.seq), Array.from({ length: 20 }, (_, i) => 101 + i));
    assert.deepEqual([ok.json.oldest_seq, ok.json.last_seq, ok.json.final], [101, 120, true]);
    const ch = await s.api('GET', `/api/v1/channels/${slug}`);
    assert.deepEqual([ch.json.oldest_seq, ch.json.last_seq], [101, 120]);

    // SSE resuming from a pruned point: `gap` first, then from 101 on.
    const st = track(await sseFetch(`${s.url}/${slug}/events?after=50`));
    assert.equal(st.status, 200);
    const gap = await st.events.next();
    assert.equal(gap.event, 'gap');
    assert.deepEqual(gap.json, { oldest_seq: 101 });
    const rest = await st.events.take(20);
    assert.deepEqual(rest.map(x => x.json.seq), Array.from({ length: 20 }, (_, i) => 101 + i));
    st.close();
  });

  it('auth: 401 without or with an unknown token, 403 across channels, revocation', async () => {
    const A = uniq('auth-a'), B = uniq('auth-b');
    await s.channel(A); await s.channel(B);
    const path = sl => `/api/v1/channels/${sl}/posts`;

    const none = await s.api('POST', path(A), { title: 'x' }, { token: null });
    assert.equal(none.status, 401);
    assert.equal(none.json.error, 'unauthorized');
    for (const bad of ['crier_' + '0'.repeat(64), 'nope', s.token.slice(0, -1) + (s.token.endsWith('0') ? '1' : '0')]) {
      const r = await s.api('POST', path(A), { title: 'x' }, { token: bad });
      assert.equal(r.status, 401, `token ${bad}: ${r.text}`);
      assert.equal(r.json.error, 'unauthorized');
    }
    const basic = await s.api('POST', path(A), { title: 'x' }, { token: null, headers: { authorization: 'Basic ' + Buffer.from('a:b').toString('base64') } });
    assert.equal(basic.status, 401);

    const tk = await s.api('POST', '/api/v1/tokens', { scope: 'publish', channel: A, label: 'robot' });
    assert.equal(tk.status, 201, tk.text);
    assert.equal(tk.json.scope, 'publish');
    assert.equal(tk.json.channel, A);
    assert.equal(tk.json.label, 'robot');
    const T = tk.json.token;
    assert.match(T, /^[A-Za-z0-9_-]{43,}$/);

    const okA = await s.post(A, { title: 'depuis le robot' }, { token: T });
    assert.equal(okA.status, 201, okA.text);
    const toB = await s.post(B, { title: 'x' }, { token: T });
    assert.equal(toB.status, 403, toB.text);
    assert.equal(toB.json.error, 'forbidden');
    const mkCh = await s.api('POST', '/api/v1/channels', { slug: uniq('robot'), title: 'x' }, { token: T });
    assert.equal(mkCh.status, 403, mkCh.text);
    assert.equal(mkCh.json.error, 'forbidden');
    const mkTok = await s.api('POST', '/api/v1/tokens', { scope: 'admin' }, { token: T });
    assert.equal(mkTok.status, 403, mkTok.text);
    const edit = await s.api('PATCH', `${path(A)}/${okA.json.id}`, { title: 'edited' }, { token: T });
    assert.equal(edit.status, 200, edit.text);

    const list = await s.api('GET', '/api/v1/tokens');
    assert.equal(list.status, 200);
    const mine = list.json.tokens.find(t => t.id === tk.json.id);
    assert.ok(mine, 'token listed');
    assert.ok(!JSON.stringify(list.json).includes(T), 'the secret is never listed');

    const del = await s.api('DELETE', `/api/v1/tokens/${tk.json.id}`);
    assert.equal(del.status, 204, del.text);
    const after = await s.post(A, { title: 'after revoke' }, { token: T });
    assert.equal(after.status, 401, after.text);
    assert.equal(after.json.error, 'unauthorized');
    const evs = await s.allEvents(A);
    assert.deepEqual(evs.map(e => [e.type, e.seq]), [['post', 1], ['edit', 2]]);
  });

  it('private channel: streams and catch-up need a token (404 without, as for no channel)', async () => {
    const P = uniq('priv');
    const ch = await s.channel(P, { visibility: 'private' });
    assert.equal(ch.visibility, 'private');
    await s.post(P, { title: 'secret' });
    const unknown = await s.api('GET', `/api/v1/channels/${P}-nope/events?after=0`, undefined, { token: null });
    assert.equal(unknown.status, 404);
    const cu = await s.api('GET', `/api/v1/channels/${P}/events?after=0`, undefined, { token: null });
    assert.equal(cu.status, 404, cu.text);
    assert.deepEqual(cu.json, { error: 'not_found', message: `no channel named ${P}` }, 'the answer for an unknown channel');
    assert.equal(unknown.json.message, `no channel named ${P}-nope`);
    const sse = await sseFetch(`${s.url}/${P}/events?after=0`);
    assert.equal(sse.status, 404, sse.text);
    assert.equal(JSON.parse(sse.text).error, 'not_found');
    await assert.rejects(wsOpen(`ws://127.0.0.1:${s.port}/${P}/ws`), e => e.status === 404);
    // Writes without a token: 401 before the channel is looked at, so the
    // same for a private, an unknown and a public channel.
    for (const slug of [P, P + '-nope'])
      assert.equal((await s.post(slug, { title: 'x' }, { token: null })).status, 401, slug);
    const listed = await s.api('GET', '/api/v1/channels', undefined, { token: null });
    assert.ok(!listed.json.channels.some(c => c.slug === P), 'private channel hidden from anonymous listing');

    // A publish token of another channel may not read it; its own publish token may.
    const other = uniq('priv-other');
    await s.channel(other);
    const tOther = (await s.api('POST', '/api/v1/tokens', { scope: 'publish', channel: other })).json.token;
    const tOwn = (await s.api('POST', '/api/v1/tokens', { scope: 'publish', channel: P })).json.token;
    const cross = await s.api('GET', `/api/v1/channels/${P}/events?after=0`, undefined, { token: tOther });
    assert.equal(cross.status, 404, cross.text);
    const crossSse = await sseFetch(`${s.url}/${P}/events?after=0`, { headers: { authorization: 'Bearer ' + tOther } });
    assert.equal(crossSse.status, 404);
    // Nor may it write there: 404, not 403, since it may not know the
    // channel; to a public channel that is not its own, 403.
    assert.equal((await s.post(P, { title: 'x' }, { token: tOther })).status, 404);
    const pubOther = uniq('pub-other');
    await s.channel(pubOther);
    assert.equal((await s.post(pubOther, { title: 'x' }, { token: tOwn })).status, 403);
    const own = await s.api('GET', `/api/v1/channels/${P}/events?after=0`, undefined, { token: tOwn });
    assert.equal(own.status, 200, own.text);
    const bogus = await s.api('GET', `/api/v1/channels/${P}/events?after=0`, undefined, { token: 'crier_' + '1'.repeat(64) });
    assert.equal(bogus.status, 401, bogus.text);

    const okCu = await s.api('GET', `/api/v1/channels/${P}/events?after=0`);
    assert.equal(okCu.status, 200);
    assert.deepEqual(okCu.json.events.map(e => e.post.title), ['secret']);
    const okSse = track(await sseFetch(`${s.url}/${P}/events?after=0`, { headers: { authorization: 'Bearer ' + s.token } }));
    assert.equal(okSse.status, 200);
    assert.equal((await okSse.events.next()).json.post.title, 'secret');
    okSse.close();
    const okWs = track(await wsOpen(`ws://127.0.0.1:${s.port}/${P}/ws?after=0`, { headers: { authorization: 'Bearer ' + s.token } }));
    assert.equal((await okWs.msgs.next()).json.type, 'hello');
    assert.equal((await okWs.msgs.next()).json.post.title, 'secret');
    await wsClose(okWs);
  });

  it('validation: sizes, importance, unknown fields, reserved slugs, tz, duplicates', async () => {
    const slug = uniq('valid');
    await s.channel(slug);
    const post = f => s.post(slug, f);
    const expect = async (r, status, code, what) => {
      r = await r;
      assert.equal(r.status, status, `${what}: ${r.text}`);
      assert.equal(r.json && r.json.error, code, `${what}: ${r.text}`);
      assert.equal(typeof r.json.message, 'string');
    };
    // Titles are counted in bytes: 128 x "é" = 256 bytes is fine, 129 is not.
    assert.equal((await post({ title: 'é'.repeat(128) })).status, 201);
    await expect(post({ title: 'é'.repeat(129) }), 400, 'invalid', '258-byte title');
    await expect(post({ title: 'a'.repeat(257) }), 400, 'invalid', '257-byte title');
    await expect(post({ title: '' }), 400, 'invalid', 'empty title');
    await expect(post({ body: 'no title' }), 400, 'invalid', 'missing title');
    assert.equal((await post({ title: 'big', body: 'b'.repeat(65536) })).status, 201);
    await expect(post({ title: 'too big', body: 'b'.repeat(65537) }), 413, 'too_large', '64 KiB + 1 body');
    await expect(post({ title: 'x', importance: 7 }), 400, 'invalid', 'importance 7');
    await expect(post({ title: 'x', importance: -1 }), 400, 'invalid', 'importance -1');
    await expect(post({ title: 'x', importance: '2' }), 400, 'invalid', 'importance "2"');
    await expect(post({ title: 'x', colour: 'red' }), 400, 'invalid', 'unknown field');
    await expect(s.api('POST', `/api/v1/channels/${slug}/posts`, '{"title":"a","title":"b"}'), 400, 'bad_json', 'duplicate key');
    await expect(s.api('POST', `/api/v1/channels/${slug}/posts`, '{"title":'), 400, 'bad_json', 'truncated JSON');
    // Nothing invalid took a seq.
    assert.deepEqual((await s.allEvents(slug)).map(e => e.seq), [1, 2]);

    for (const bad of ['api', 'metrics', 'healthz', 'static', 'admin']) {
      await expect(s.api('POST', '/api/v1/channels', { slug: bad, title: 'x' }), 400, 'invalid', `reserved ${bad}`);
    }
    for (const bad of ['Monde', 'a--b', 'b-', '-a', 'a_b', 'x'.repeat(65)]) {
      await expect(s.api('POST', '/api/v1/channels', { slug: bad, title: 'x' }), 400, 'invalid', `slug ${bad}`);
    }
    await expect(s.api('POST', '/api/v1/channels', { slug: uniq('tz'), title: 'x', tz: 'Mars/Olympus' }), 400, 'invalid', 'tz');
    await expect(s.api('POST', '/api/v1/channels', { slug: uniq('tz'), title: 'x', tz: '../../etc/passwd' }), 400, 'invalid', 'tz traversal');
    const paris = await s.api('POST', '/api/v1/channels', { slug: uniq('tz'), title: 'x', tz: 'Europe/Paris' });
    assert.equal(paris.status, 201);
    assert.equal(paris.json.tz, 'Europe/Paris');
    await expect(s.api('POST', '/api/v1/channels', { slug, title: 'again' }), 409, 'conflict', 'duplicate slug');
  });

  it('/healthz and /metrics count publishes and deliveries', async () => {
    const h = await fetch(s.url + '/healthz');
    assert.equal(h.status, 200);
    assert.match(h.headers.get('content-type'), /^application\/json/);
    assert.deepEqual(await h.json(), { status: 'ok' });

    const slug = uniq('metrics');
    await s.channel(slug);
    const base = await subscribers(s);
    const es = track(await esOpen(`${s.url}/${slug}/events`));
    const ws = track(await wsOpen(`ws://127.0.0.1:${s.port}/${slug}/ws`));
    await ws.msgs.next();
    await waitFor(async () => (await subscribers(s)) >= base + 2, { what: '2 subscribers' });
    const m0 = await metrics(s);
    assert.equal(m0.status, 200);
    assert.match(m0.type, /^text\/plain/);
    for (const name of ['crier_connections', 'crier_subscribers', 'crier_events_published_total', 'crier_deliveries_total',
      'crier_dropped_slow_total', 'crier_http_requests_total', 'crier_store_commits_total',
      'crier_store_commit_seconds_sum', 'crier_store_commit_seconds_max']) {
      assert.equal(typeof m0.m[name], 'number', `${name} present`);
    }
    assert.equal(m0.m.crier_subscribers, base + 2);
    const r = await s.post(slug, { title: 'compte' });
    assert.equal(r.status, 201);
    await es.q.next(); await ws.msgs.next();
    const m1 = await waitFor(async () => {
      const m = await metrics(s);
      return m.m.crier_deliveries_total >= m0.m.crier_deliveries_total + 2 ? m : null;
    }, { what: 'deliveries to be counted' });
    assert.equal(m1.m.crier_events_published_total, m0.m.crier_events_published_total + 1);
    assert.equal(m1.m.crier_deliveries_total, m0.m.crier_deliveries_total + 2);
    assert.ok(m1.m.crier_store_commits_total > m0.m.crier_store_commits_total);
    assert.ok(m1.m.crier_http_requests_total > m0.m.crier_http_requests_total);
    es.close(); await wsClose(ws);
    await waitFor(async () => (await subscribers(s)) === base, { what: 'subscribers to go back down' });
  });

  it('a publish reads its channel from the cache, and a change of the channel is seen by the next publish', async () => {
    const slug = uniq('cache');
    await s.channel(slug, { lang: 'fr' });
    const m0 = await metrics(s);
    const a = await s.post(slug, { title: 'un' });
    const b = await s.post(slug, { title: 'deux' });
    assert.equal(a.status, 201);
    assert.equal(b.json.post.lang, 'fr', 'the channel language is the default');
    const m1 = await metrics(s);
    assert.ok(m1.m.crier_channel_cache_hits_total >= m0.m.crier_channel_cache_hits_total + 1, 'the second publish is a hit');
    // Changed here: the next publish, within the cache's second, has the new language.
    assert.equal((await s.api('PATCH', `/api/v1/channels/${slug}`, { lang: 'en' })).status, 200);
    const c = await s.post(slug, { title: 'three' });
    assert.equal(c.json.post.lang, 'en', 'the channel as changed, not the cached row');
    // Made private: its own publisher still publishes (the cached row is forgotten with the access change).
    const tok = await s.api('POST', '/api/v1/tokens', { scope: 'publish', channel: slug });
    assert.equal(tok.status, 201, tok.text);
    await s.api('PATCH', `/api/v1/channels/${slug}`, { visibility: 'private' });
    const r = await s.post(slug, { title: 'privée' }, { token: tok.json.token });
    assert.equal(r.status, 201, 'a publisher still publishes to its private channel');
  });

  it('a post is read for grouping once: a second preview finds it in the memo, an edited post is read again', async () => {
    // The selection step may read a new post ahead of the preview (it runs
    // every 5 s): either way each post is read once, then found.
    const slug = uniq('memo');
    await s.channel(slug, { lang: 'fr' });
    const ids = [];
    for (const [title, body] of [
      ['Grève des dockers au port de Marseille', 'MARSEILLE (AFP) - Les dockers du port ont cessé le travail mardi.'],
      ['Marseille : les dockers en grève', 'La grève des dockers paralyse le port de Marseille depuis mardi matin.'],
      ['Le budget de la ville de Lyon voté', 'Le conseil municipal de Lyon a voté son budget lundi soir.'],
    ]) {
      const r = await s.post(slug, { title, body });
      assert.equal(r.status, 201, r.text);
      ids.push(r.json.id);
    }
    const preview = async () => {
      const r = await s.api('GET', `/api/v1/channels/${slug}/selections/preview`);
      assert.equal(r.status, 200, r.text);
      return r.json;
    };
    const m0 = (await metrics(s)).m;
    for (const name of ['crier_selection_memo_hits_total', 'crier_selection_memo_misses_total', 'crier_selection_memo_bytes'])
      assert.equal(typeof m0[name], 'number', `${name} present`);
    const first = await preview();
    const second = await preview();
    const m2 = (await metrics(s)).m;
    assert.ok(m2.crier_selection_memo_bytes > 0, 'posts held');
    assert.ok(m2.crier_selection_memo_misses_total - m0.crier_selection_memo_misses_total <= 3, 'each post read at most once');
    assert.ok(m2.crier_selection_memo_hits_total - m0.crier_selection_memo_hits_total >= 3, 'the second preview found the three');
    // The same stories, representatives and ledes (the scores' freshness moves with the clock).
    const shape = items => items.map(i => ({ post_id: i.post_id, merged: i.merged, title: i.title, lede: i.lede }));
    assert.equal(first.items.length, 2, 'the dockers\' strike is one story, the budget another');
    assert.deepEqual(shape(second.items), shape(first.items), 'the same items');
    assert.equal((await s.api('PATCH', `/api/v1/channels/${slug}/posts/${ids[2]}`,
      { body: 'Le conseil municipal de Lyon a adopté lundi soir le budget de la ville.' })).status, 200);
    const third = await preview();
    const m3 = (await metrics(s)).m;
    assert.equal(m3.crier_selection_memo_misses_total - m2.crier_selection_memo_misses_total, 1, 'only the edited post is read again');
    assert.ok(m3.crier_selection_memo_hits_total - m2.crier_selection_memo_hits_total >= 2, 'the two others are found');
    assert.equal(third.items.length, 2);
  });

  it('selection preview and publish_at: a time out of range is 400, never 500', async () => {
    const slug = uniq('at');
    await s.channel(slug);
    const preview = at => s.api('GET', `/api/v1/channels/${slug}/selections/preview?at=${encodeURIComponent(at)}`);
    for (const at of ['99999999999999999', '9223372036854775807', '99999999999999999999', '253402300800000',
      '-5', '+5', '', 'x'.repeat(80), '99999-01-01T00:00:00Z', '1969-12-31T23:59:59Z', '0001-01-01T00:00:00Z', 'soon']) {
      const r = await preview(at);
      assert.equal(r.status, 400, `at=${at}: ${r.text}`);
      assert.equal(r.json.error, 'invalid');
    }
    for (const at of ['0', '1', '253402300799999', '9999-12-31T23:59:59Z', '2026-11-26T07:00:00+01:00'])
      assert.equal((await preview(at)).status, 200, `at=${at}`);
    // A query value too long for its buffer, or badly escaped, is refused
    // whole (it once was read past its end: a crash under ASan).
    for (const q of [`at=${'x'.repeat(80)}`, 'at=%zz', `slot=${'s'.repeat(40)}`, 'slot=%zz', 'slot=']) {
      const r = await s.api('GET', `/api/v1/channels/${slug}/selections/preview?${q}`);
      assert.equal(r.status, 400, `${q}: ${r.text}`);
      assert.equal(r.json.error, 'invalid');
    }
    for (const q of [`state=${'p'.repeat(40)}`, 'state=%zz', 'state=pend']) {
      const r = await s.api('GET', `/api/v1/channels/${slug}/members?${q}`);
      assert.equal(r.status, 400, `members ${q}: ${r.text}`);
    }
    assert.equal((await s.api('GET', `/api/v1/channels/${slug}/members?state=${'pending'.padEnd(15, 'x')}`)).status, 400);
    for (const publish_at of [99999999999999999, 253402300800000, -1, '0001-01-01T00:00:00Z']) {
      const r = await s.post(slug, { title: 'x', publish_at });
      assert.equal(r.status, 400, `publish_at ${publish_at}: ${r.text}`);
    }
  });

  it('/metrics needs an admin token by default; --metrics public or off', async () => {
    const anon = await metrics(s, { token: null });
    assert.equal(anon.status, 401, anon.text);
    assert.ok(!/crier_/.test(anon.text), 'no counters leak');
    const chan = uniq('m-tok');
    await s.channel(chan);
    const pub = (await s.api('POST', '/api/v1/tokens', { scope: 'publish', channel: chan })).json.token;
    assert.equal((await metrics(s, { token: pub })).status, 403, 'a publish token is not enough');
    assert.equal((await metrics(s)).status, 200, 'the admin token');
    for (const [mode, anonStatus, adminStatus] of [['public', 200, 200], ['off', 404, 404]]) {
      const o = new Server({ args: ['--metrics', mode] });
      await o.start();
      try {
        assert.equal((await metrics(o, { token: null })).status, anonStatus, `--metrics ${mode}, anonymous`);
        assert.equal((await metrics(o)).status, adminStatus, `--metrics ${mode}, admin`);
      } finally { await o.cleanup(); }
    }
    const env = new Server({ env: { CRIER_METRICS: 'public' } });
    await env.start();
    try {
      assert.equal((await metrics(env, { token: null })).status, 200, 'CRIER_METRICS=public');
    } finally { await env.cleanup(); }
    const bad = new Server({ args: ['--metrics', 'everyone'] });
    await assert.rejects(bad.start(), /invalid --metrics/);
    await bad.cleanup();
  });
});
