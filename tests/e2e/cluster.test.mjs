// A cluster end to end (issue 13): three nodes on one PostgreSQL behind
// HAProxy (scripts/cluster.sh), with real clients (`eventsource`, `ws`).
//   1. fan-out: publishers on two nodes at once, subscribers on every node
//      and through HAProxy, SSE and WebSocket: each gets the store's events,
//      in order, once; the cross-node publish-to-delivery latency is printed;
//   2. exactly once: a selection slot and a scheduled post coming due on
//      three nodes whose test clocks jump past them together, 10 runs;
//   3. an invite of 5 uses raced by 50 browsers across the nodes;
//   4. access taken away on one node closes the streams of the others.
// Skips without PostgreSQL's server programs or haproxy. One cluster for the
// file, stopped in `after` whatever happened.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, chmodSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import EventSource from 'eventsource';
import { ROOT, CRIER, waitFor } from './lib/server.mjs';
import { sseFetch, wsOpen, wsClose, uniq } from './lib/proto.mjs';
import { browser, makeInvite, joinInvite } from './lib/jar.mjs';

const PGBIN = process.env.PGBIN || '/usr/lib/postgresql/15/bin';
const haveHaproxy = spawnSync('sh', ['-c', 'command -v haproxy'], { encoding: 'utf8' }).status === 0;
const skip = !existsSync(join(PGBIN, 'pg_ctl')) ? `no PostgreSQL server programs in ${PGBIN}`
  : !haveHaproxy ? 'no haproxy' : false;
const RUNS = Number(process.env.CLUSTER_RUNS || 10);
const SCHEDULED = 40; // posts coming due at one moment, each run

// One node (or HAProxy): the Server helpers the tests need, over a URL.
class Node {
  constructor(name, url, token) {
    this.name = name; this.url = url; this.token = token;
    this.port = Number(new URL(url).port);
    this.ws = `ws://127.0.0.1:${this.port}`;
  }
  async api(method, path, body, { token = this.token, headers = {} } = {}) {
    const h = { ...headers };
    if (token) h.authorization = 'Bearer ' + token;
    if (body !== undefined) h['content-type'] = 'application/json';
    const r = await fetch(this.url + path, { method, headers: h, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await r.text();
    let json = null;
    try { json = text ? JSON.parse(text) : null; } catch { /* not JSON */ }
    return { status: r.status, json, text, headers: r.headers };
  }
  async channel(slug, extra = {}) {
    const r = await this.api('POST', '/api/v1/channels', { slug, title: 'Channel ' + slug, ...extra });
    assert.equal(r.status, 201, r.text);
    return r.json;
  }
  post(slug, fields, opts) { return this.api('POST', `/api/v1/channels/${slug}/posts`, fields, opts); }
  clock(body) { return this.api('POST', '/api/v1/test/clock', body); }
  async allEvents(slug) {
    const out = [];
    let after = 0;
    for (let i = 0; i < 100; i++) {
      const r = await this.api('GET', `/api/v1/channels/${slug}/events?after=${after}&limit=1000`);
      assert.equal(r.status, 200, r.text);
      out.push(...r.json.events);
      if (r.json.events.length) after = r.json.events.at(-1).seq;
      if (r.json.final) return out;
    }
    throw new Error('catch-up: too many pages');
  }
}

// A subscriber that records every event (type, seq, id, title) with the
// local time it arrived. kind: 'sse' (the eventsource package) or 'ws'.
async function subscribe(node, slug, kind, { headers } = {}) {
  const sub = { where: node.name, kind, events: [], errors: [] };
  const rec = (data) => {
    let ev;
    try { ev = JSON.parse(data); } catch { sub.errors.push('not JSON: ' + data); return; }
    if (ev.type === 'hello' || ev.type === 'pong') return;
    sub.events.push({ type: ev.type, seq: ev.seq, id: ev.id, title: ev.post?.title, t: Date.now() });
  };
  if (kind === 'sse') {
    const es = new EventSource(`${node.url}/${slug}/events`, headers ? { headers } : {});
    for (const type of ['post', 'edit', 'delete', 'selection', 'pin', 'gap', 'reset', 'close']) {
      es.addEventListener(type, e => (type === 'close' || type === 'gap' || type === 'reset'
        ? sub.errors.push(type + ' ' + e.data) : rec(e.data)));
    }
    await new Promise((res, rej) => {
      const t = setTimeout(() => { es.close(); rej(new Error(`eventsource on ${node.name} did not open`)); }, 5000);
      es.onopen = () => { clearTimeout(t); res(); };
      es.onerror = e => { sub.errors.push('error ' + (e?.status || e?.message || '')); };
    });
    sub.close = async () => es.close();
  } else {
    const ws = await wsOpen(`${node.ws}/${slug}/ws`, headers ? { headers } : {}, 5000);
    ws.on('message', d => rec(d.toString('utf8')));
    ws.on('close', code => { if (!sub.closing) sub.errors.push('closed ' + code); });
    sub.close = async () => { sub.closing = true; await wsClose(ws); };
  }
  return sub;
}

const seqs = sub => sub.events.map(e => e.seq);
const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(p * s.length))]; };

describe('cluster: three nodes on PostgreSQL behind HAProxy', { skip }, () => {
  let dir, lb, nodes;
  const subs = [];
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'crier-cluster-'));
    chmodSync(dir, 0o755); // PostgreSQL runs as crier-pg when we are root: it must reach pg/
    const r = spawnSync('bash', [join(ROOT, 'scripts/cluster.sh'), 'start', dir, '3'], {
      encoding: 'utf8', timeout: 90000,
      env: { ...process.env, CRIER_BIN: CRIER, CRIER_NODE_ARGS: '--test-clock --selection-every-ms 100' },
    });
    assert.equal(r.status, 0, 'cluster start: ' + r.stderr + r.stdout);
    const env = Object.fromEntries(r.stdout.trim().split('\n').map(l => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));
    lb = new Node('haproxy', env.URL, env.TOKEN);
    nodes = [1, 2, 3].map(k => new Node('node' + k, env['NODE' + k], env.TOKEN));
  });
  after(async () => {
    for (const s of subs.splice(0)) { try { await s.close(); } catch { /* best effort */ } }
    if (dir) {
      spawnSync('bash', [join(ROOT, 'scripts/cluster.sh'), 'stop', dir], { encoding: 'utf8', timeout: 60000 });
      rmSync(dir, { recursive: true, force: true });
    }
  });
  const track = s => { subs.push(s); return s; };
  const closeAll = async list => { for (const s of list) { await s.close(); subs.splice(subs.indexOf(s), 1); } };

  it('publishers on two nodes, 12 SSE and WebSocket subscribers on every node and through HAProxy: each gets the store\'s events in order, once', async (t) => {
    const [a, b, c] = nodes;
    const slug = uniq('fan');
    await a.channel(slug);
    const list = [];
    for (const n of [a, b, c, lb]) for (const kind of ['sse', 'ws', 'sse']) list.push(track(await subscribe(n, slug, kind)));
    await sleep(300); // every subscriber registered with its node's hub

    // 150 posts through node 1 and 150 through node 2, each at 50/s, at once
    const PER = 150, GAP = 20;
    const sentAt = new Map();
    const publisher = async (node, tag) => {
      const start = Date.now(), out = [];
      for (let i = 0; i < PER; i++) {
        const wait = start + i * GAP - Date.now();
        if (wait > 0) await sleep(wait);
        const title = `${tag} ${i}`;
        sentAt.set(title, { t: Date.now(), node: node.name });
        out.push(node.post(slug, { title, body: `from ${node.name}` }));
      }
      return Promise.all(out);
    };
    const t0 = Date.now();
    const answers = (await Promise.all([publisher(a, 'A'), publisher(b, 'B')])).flat();
    const took = Date.now() - t0;
    for (const r of answers) assert.equal(r.status, 201, r.text);

    const total = 2 * PER;
    await waitFor(() => list.every(s => s.events.length >= total), { timeout: 20000, step: 50,
      what: 'every subscriber to get every post: ' + list.map(s => `${s.where}/${s.kind} ${s.events.length}`).join(', ') });
    await sleep(300); // nothing more comes
    const store = await c.allEvents(slug);
    assert.equal(store.length, total);
    assert.deepEqual(store.map(e => e.seq), Array.from({ length: total }, (_, i) => i + 1), 'gapless seqs in the store');
    assert.deepEqual(new Set(store.map(e => e.post.title)), new Set(sentAt.keys()), 'every acknowledged post is in the store');
    const want = store.map(e => `${e.seq}:${e.id}`);
    for (const s of list) {
      assert.deepEqual(s.errors, [], `${s.where}/${s.kind}: no error, close or gap`);
      assert.deepEqual(s.events.map(e => `${e.seq}:${e.id}`), want, `${s.where}/${s.kind}: the store's events, in order, once`);
    }

    // publish-to-delivery latency, for subscribers on another node than the publisher
    const lat = [];
    for (const s of list) {
      if (s.where === 'haproxy') continue; // its node is HAProxy's choice
      for (const e of s.events) {
        const sent = sentAt.get(e.title);
        if (sent.node !== s.where) lat.push(e.t - sent.t);
      }
    }
    const p50 = pct(lat, 0.5), p99 = pct(lat, 0.99), max = Math.max(...lat);
    const line = `cross-node publish-to-delivery latency over ${lat.length} deliveries: p50 ${p50} ms, p99 ${p99} ms, ` +
      `max ${max} ms (${total} posts in ${took} ms through 2 nodes, ${list.length} subscribers)`;
    t.diagnostic(line);
    assert.ok(p99 < 5000, 'a generous bound (a loaded machine gave p99 1 s): ' + line);
    await closeAll(list);
  });

  it('an invite of 5 uses raced by 50 browsers across the three nodes: exactly 5 get in', async () => {
    const [a] = nodes;
    const slug = uniq('club');
    await a.channel(slug, { visibility: 'private' });
    const inv = await makeInvite(a, slug, { max_uses: 5 });
    // 50 distinct browsers (cookie jars), each handed its CSRF cookie by one
    // node and pressing Join on another
    const jars = [];
    for (let i = 0; i < 50; i++) jars.push({ jar: await browser(nodes[i % 3]), node: nodes[(i + 1) % 3] });
    const res = await Promise.all(jars.map(({ jar, node }) => joinInvite(node, jar, inv.url)));
    const statuses = res.map(r => r.status);
    const ok = statuses.filter(s => s === 303).length;
    assert.equal(ok, 5, 'exactly 5 joins succeed: ' + statuses.join(' '));
    for (const r of res) if (r.status !== 303) assert.equal(r.status, 410, 'used up: 410 ' + r.text.slice(0, 200));
    const members = jars.filter((_, i) => res[i].status === 303);
    assert.equal(members.filter(m => m.jar.get('crier_reader')).length, 5, 'each member got a reader cookie');
    assert.equal(jars.filter((m, i) => res[i].status !== 303 && m.jar.get('crier_reader')).length, 0,
      'a refused join makes no reader');
    for (const n of nodes) {
      const ch = await n.api('GET', `/api/v1/channels/${slug}`);
      assert.equal(ch.status, 200, ch.text);
      assert.equal(ch.json.members, 5, `${n.name}: 5 members`);
      const m = await n.api('GET', `/api/v1/channels/${slug}/members?state=member`);
      assert.equal(m.json.members.length, 5, `${n.name}: 5 members listed`);
      const invites = await n.api('GET', `/api/v1/channels/${slug}/invites`);
      assert.equal(invites.json.invites[0].uses, 5, `${n.name}: the invite is used up`);
    }
    // a member reads the channel on any node
    for (const n of nodes) {
      const r = await fetch(`${n.url}/api/v1/channels/${slug}/events`, { headers: { cookie: members[0].jar.header() } });
      assert.equal(r.status, 200, `${n.name}: a member reads the private channel`);
    }
  });

  it('a token revoked on node 1 fails on node 2 at once and closes its streams on node 3 within a second, before any later post', async () => {
    const [a, b, c] = nodes;
    const slug = uniq('rev');
    await a.channel(slug, { visibility: 'private' });
    const tok = await a.api('POST', '/api/v1/tokens', { scope: 'publish', channel: slug });
    assert.equal(tok.status, 201, tok.text);
    const auth = { authorization: 'Bearer ' + tok.json.token };
    const sse = await sseFetch(`${c.url}/${slug}/events`, { headers: auth });
    assert.equal(sse.status, 200, 'the token reads the private channel on node 3');
    const ws = await wsOpen(`${c.ws}/${slug}/ws`, { headers: auth });
    assert.equal((await ws.msgs.next()).json.type, 'hello');
    const first = await b.post(slug, { title: 'before' }, { token: tok.json.token });
    assert.equal(first.status, 201, 'the token publishes on node 2: ' + first.text);
    assert.equal((await sse.events.next()).json.seq, first.json.seq);
    assert.equal((await ws.msgs.next()).json.seq, first.json.seq);

    const del = await a.api('DELETE', `/api/v1/tokens/${tok.json.id}`);
    assert.equal(del.status, 204, del.text);
    const t0 = Date.now();
    const next = await b.post(slug, { title: 'after, with the revoked token' }, { token: tok.json.token });
    assert.equal(next.status, 401, 'revoked on node 1, refused on node 2 at the next request: ' + next.text);
    assert.equal(next.json.error, 'unauthorized');
    const read = await b.api('GET', `/api/v1/channels/${slug}/events`, undefined, { token: tok.json.token });
    assert.equal(read.status, 401, 'nor does it read there');
    const later = await a.post(slug, { title: 'a later post' });
    assert.equal(later.status, 201, later.text);

    const ev = await sse.events.next(1500);
    assert.equal(ev.event, 'close', 'the SSE stream on node 3 ends before the later post: ' + JSON.stringify(ev));
    assert.deepEqual(ev.json, { reason: 'revoked' });
    await assert.rejects(sse.events.next(1500), /stream ended/);
    const m = await ws.msgs.next(1500).catch(e => ({ ended: e.message }));
    assert.ok(m.ended, 'the WebSocket on node 3 gets nothing more, not the later post: ' + JSON.stringify(m));
    assert.equal(ws.closeInfo?.code, 1008);
    assert.equal(ws.closeInfo?.reason, 'revoked');
    const ms = Date.now() - t0;
    assert.ok(ms < 1500, `closed within a second of the revocation (${ms} ms, with the waits)`);
    sse.close();
  });

  it('a channel made private on node 1 closes anonymous streams on nodes 2 and 3 within a second, before any later post', async () => {
    const [a, b, c] = nodes;
    const slug = uniq('priv');
    await a.channel(slug);
    const sses = [await sseFetch(`${b.url}/${slug}/events`), await sseFetch(`${c.url}/${slug}/events`)];
    const wss = [await wsOpen(`${b.ws}/${slug}/ws`), await wsOpen(`${c.ws}/${slug}/ws`)];
    const es = track(await subscribe(c, slug, 'sse'));
    for (const w of wss) assert.equal((await w.msgs.next()).json.type, 'hello');
    const first = await a.post(slug, { title: 'public still' });
    assert.equal(first.status, 201);
    for (const s of sses) assert.equal((await s.events.next()).json.seq, first.json.seq);
    for (const w of wss) assert.equal((await w.msgs.next()).json.seq, first.json.seq);

    const p = await a.api('PATCH', `/api/v1/channels/${slug}`, { visibility: 'private' });
    assert.equal(p.status, 200, p.text);
    const t0 = Date.now();
    const later = await a.post(slug, { title: 'members only' });
    assert.equal(later.status, 201);
    for (const s of sses) {
      const ev = await s.events.next(1500);
      assert.equal(ev.event, 'close', 'closed before the later post: ' + JSON.stringify(ev));
      assert.deepEqual(ev.json, { reason: 'revoked' });
      await assert.rejects(s.events.next(1500), /stream ended/);
    }
    for (const w of wss) {
      const m = await w.msgs.next(1500).catch(e => ({ ended: e.message }));
      assert.ok(m.ended, 'nothing more on the WebSocket, not the later post: ' + JSON.stringify(m));
      assert.equal(w.closeInfo?.code, 1008);
      assert.equal(w.closeInfo?.reason, 'revoked');
    }
    const ms = Date.now() - t0;
    assert.ok(ms < 1500, `closed within a second (${ms} ms, with the waits)`);
    // The eventsource client's stream may sit on node 3's other I/O thread,
    // which reads the access change on its own (a CI run checked it a moment
    // too early): it gets the close within the same second.
    await waitFor(() => es.errors.some(e => e.startsWith('close')),
      { timeout: 1500, what: 'the eventsource client to get the close: ' + es.errors });
    assert.deepEqual(es.events.map(e => e.seq), [first.json.seq], 'the eventsource client got no later post');
    // reconnecting anonymously is now a 404 on every node
    for (const n of nodes) assert.equal((await fetch(`${n.url}/${slug}/events`, { method: 'HEAD' })).status, 404);
    await closeAll([es]);
    for (const s of sses) s.close();
  });

  it(`exactly once across nodes, ${RUNS} runs: a selection slot and a scheduled post coming due on three nodes at once`, async (t) => {
    // The nodes' test clocks jump together past the slot and the embargo; the
    // selection step runs every 100 ms on each node, the due step every second.
    const BASE = Date.UTC(2031, 5, 1, 0, 0, 0);
    const hhmm = ms => new Date(ms).toISOString().slice(11, 16);
    for (let run = 0; run < RUNS; run++) {
      const slotMs = BASE + (run + 1) * 5 * 60000; // 00:05, 00:10, ... UTC
      for (const r of await Promise.all(nodes.map(n => n.clock({ now: slotMs - 60000 })))) assert.equal(r.status, 200, r.text);
      const sel = uniq('sel'), sch = uniq('sch');
      await nodes[run % 3].channel(sel, { tz: 'UTC' });
      const pr = await nodes[run % 3].api('PATCH', `/api/v1/channels/${sel}`,
        { selection: { slots: [{ name: 'race', time: hhmm(slotMs) }] } });
      assert.equal(pr.status, 200, pr.text);
      await nodes[(run + 1) % 3].channel(sch, { tz: 'UTC' });
      const list = [];
      for (const slug of [sel, sch]) {
        list.push(track(await subscribe(nodes[0], slug, 'sse')), track(await subscribe(nodes[1], slug, 'ws')),
          track(await subscribe(nodes[2], slug, 'sse')), track(await subscribe(lb, slug, 'ws')));
      }
      for (const [i, title] of ['La BCE abaisse son taux directeur à 2,25 %', 'Rugby : le XV de France à Marcoussis'].entries()) {
        const r = await nodes[(run + i) % 3].post(sel, { title, body: title + '. Suite.', importance: 2 });
        assert.equal(r.status, 201, r.text);
      }
      // the embargoed post, and more due at the same moment, so that the
      // nodes' due steps (each taking every due post in one transaction)
      // overlap more often than with one
      const embargoed = await Promise.all(Array.from({ length: SCHEDULED }, (_, i) =>
        nodes[(run + i) % 3].post(sch, { title: i ? `Aussi sous embargo ${i}` : 'Sous embargo', publish_at: slotMs + 500 })));
      for (const r of embargoed) assert.equal(r.status, 202, r.text);
      await sleep(150);

      // the three clocks jump past the slot at once
      for (const r of await Promise.all(nodes.map(n => n.clock({ now: slotMs + 1000 })))) assert.equal(r.status, 200, r.text);
      await waitFor(async () => {
        const [x, y] = await Promise.all([nodes[0].allEvents(sel), nodes[1].allEvents(sch)]);
        return x.some(e => e.type === 'selection') && y.length >= SCHEDULED;
      }, { timeout: 8000, step: 100, what: `run ${run}: the selection and the scheduled post` });
      await sleep(1300); // every node's selection step and due step ran again meanwhile

      const selEvents = await nodes[2].allEvents(sel);
      assert.deepEqual(selEvents.map(e => e.type), ['post', 'post', 'selection'], `run ${run}: one selection in the store`);
      const sl = await nodes[0].api('GET', `/api/v1/channels/${sel}/selections?limit=100`);
      assert.equal(sl.json.selections.length, 1, `run ${run}: one selection listed`);
      assert.equal(sl.json.selections[0].slot, 'race');
      const schEvents = await nodes[2].allEvents(sch);
      assert.equal(schEvents.length, SCHEDULED, `run ${run}: each scheduled post once: ` +
        schEvents.map(e => `${e.seq}:${e.id}`).join(' '));
      assert.deepEqual(schEvents.map(e => e.type), Array(SCHEDULED).fill('post'));
      assert.deepEqual(schEvents.map(e => e.id).sort((x, y) => x - y), embargoed.map(r => r.json.id).sort((x, y) => x - y),
        `run ${run}: one event per scheduled post`);
      const posts = await nodes[1].api('GET', `/api/v1/channels/${sch}/posts?limit=100`);
      assert.equal(posts.json.posts.length, SCHEDULED);
      assert.equal(posts.json.scheduled.length, 0);
      for (const sub of list) {
        const want = list.indexOf(sub) < 4 ? selEvents : schEvents;
        assert.deepEqual(sub.errors, [], `run ${run} ${sub.where}/${sub.kind}: no error`);
        assert.deepEqual(seqs(sub), want.map(e => e.seq), `run ${run} ${sub.where}/${sub.kind}: every event once`);
        assert.deepEqual(sub.events.map(e => e.type), want.map(e => e.type));
      }
      await closeAll(list);
    }
  });
});
