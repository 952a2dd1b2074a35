// Faults in a cluster (issue 13): three crier nodes on one PostgreSQL behind
// HAProxy (scripts/cluster.sh), and in each run 1,000 posts published at
// 200/s through HAProxy while 30 subscribers, ten on each node (SSE and
// WebSocket, every resume style a real client uses: Last-Event-ID, ?after=,
// the WebSocket resume message), record what they get. At a random moment of
// the publishing (run k of R at a uniform point of the k-th R-th of 10%..90%
// of it), one fault:
//   1. kill -9 of a node: its subscribers reconnect through HAProxy to
//      another node and resume; the node is restarted after the run.
//   2. PostgreSQL restarted (pg_ctl restart -m fast): publishes during the
//      outage fail with 503 and a JSON error; the nodes recover by themselves.
//   3. one node's LISTEN connection terminated from the server side
//      (pg_terminate_backend): the node listens again and its subscribers
//      miss nothing.
// The publisher retries a failed post (on whichever node HAProxy picks) with
// the same external_id, so a post whose answer was lost is stored once all the
// same. Every run then checks: the store holds exactly the 1,000 posts, seqs
// 1..1000, each acknowledged one with the seq and id it was acknowledged with;
// every node reads the same; every subscriber got seqs 1..1000 in order, once
// each, with the store's ids.
//
// One cluster serves every run (a fresh channel each). CLUSTER_FAULT_RUNS sets
// the runs per fault (default 5); CLUSTER_FAULT_SEED replays a seed;
// CLUSTER_FAULT_KEEP=1 keeps the cluster's directory (logs) after the stop.
// e2e: alone (scripts/test.sh runs it by itself): it publishes at a set rate and kills processes at set moments.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync, execFile } from 'node:child_process';
import { existsSync, mkdtempSync, chmodSync, readFileSync, writeFileSync, openSync, closeSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import { ROOT, CRIER } from './lib/server.mjs';
import { SseSub, WsSub, rng, until, seqDiff, range1 } from './lib/reliability.mjs';

const execFileP = promisify(execFile);

const PGBIN = process.env.PGBIN || '/usr/lib/postgresql/15/bin';
const RUNS = Number(process.env.CLUSTER_FAULT_RUNS) || 5;
const POSTS = 1000;
const RATE = 200;          // posts per second
const PUBLISHERS = 8;      // keep-alive publishers through HAProxy
const SUBS = 30;           // ten on each node; half SSE, half WebSocket
const NODES = 3;
const EXPECTED_MS = (POSTS / RATE) * 1000;

const have = prog => spawnSync('sh', ['-c', `command -v ${prog}`], { encoding: 'utf8' }).status === 0;
const missing = !existsSync(join(PGBIN, 'pg_ctl')) ? `no PostgreSQL server programs in ${PGBIN}`
  : !have('haproxy') ? 'no haproxy' : !existsSync(CRIER) ? `no crier binary at ${CRIER}` : null;

const seed = Number(process.env.CLUSTER_FAULT_SEED) || (Date.now() % 1e9);
const rand = rng(seed);
// Run k of a fault hits at a uniform point of [10% + 80%k/R, 10% + 80%(k+1)/R].
const moments = () => Array.from({ length: RUNS }, (_, k) => 0.1 + (0.8 / RUNS) * (k + rand()));
const points = { kill: moments(), pg: moments(), bus: moments() };

// ---- the cluster ----

const C = { dir: null, env: {}, url: null, token: null, nodes: [], store: null, pgPort: null };
const figures = [];

function clusterSh(...args) {
  const r = spawnSync(join(ROOT, 'scripts/cluster.sh'), args, {
    encoding: 'utf8', timeout: 120000, env: { ...process.env, CRIER_BIN: CRIER },
  });
  if (r.status !== 0) throw new Error(`cluster.sh ${args.join(' ')}: ${r.status}\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

function readEnv() {
  const env = {};
  for (const line of clusterSh('env', C.dir).split('\n')) {
    const i = line.indexOf('=');
    if (i > 0) env[line.slice(0, i)] = line.slice(i + 1);
  }
  C.env = env;
  C.url = env.URL;
  C.token = env.TOKEN;
  C.store = env.STORE;
  C.nodes = Array.from({ length: NODES }, (_, k) => env['NODE' + (k + 1)]);
  C.pgPort = Number(readFileSync(join(C.dir, 'pg/port'), 'utf8'));
}

const nodePid = k => Number(readFileSync(join(C.dir, `node${k + 1}`, 'pid'), 'utf8'));
const nodeLog = k => readFileSync(join(C.dir, `node${k + 1}`, 'log'), 'utf8');

async function healthy(url, timeout = 20000) {
  await until(async () => {
    try { return (await fetch(url + '/healthz', { signal: AbortSignal.timeout(1000) })).status === 200; } catch { return false; }
  }, { timeout, step: 50, what: url + '/healthz' });
}

// Starts node k again on its data directory and port (HAProxy's config names
// the port), as cluster.sh does; its pid goes to nodeK/pid, so that
// cluster.sh stop ends it.
async function restartNode(k) {
  const nd = join(C.dir, `node${k + 1}`);
  const port = new URL(C.nodes[k]).port;
  const log = openSync(join(nd, 'log'), 'a');
  const p = spawn(CRIER, ['serve', '--data', nd, '--store', C.store, '--listen', '127.0.0.1:' + port,
    '--port-file', join(nd, 'port')], { stdio: ['ignore', log, log], detached: true });
  closeSync(log);
  p.unref();
  writeFileSync(join(nd, 'pid'), String(p.pid));
  await healthy(C.nodes[k]);
}

// pg_ctl as the cluster's owner (crier-pg when root, as scripts/pg.sh does).
// The server it starts logs to DIR/pg/server.log and holds none of our pipes
// (a server writing into a pipe nobody reads would stall on its log).
async function pgCtl(...args) {
  const cmd = [join(PGBIN, 'pg_ctl'), '-D', join(C.dir, 'pg/data'), '-l', join(C.dir, 'pg/server.log'), '-w', '-t', '60', ...args];
  const argv = process.getuid() === 0 ? ['runuser', '-u', 'crier-pg', '--', ...cmd] : cmd;
  const code = await new Promise((res, rej) => {
    const p = spawn(argv[0], argv.slice(1), { stdio: 'ignore' });
    p.on('error', rej);
    p.on('exit', c => res(c));
  });
  if (code !== 0) throw new Error(`pg_ctl ${args.join(' ')} exited with ${code}; see ${C.dir}/pg/server.log`);
}

async function psql(sql) {
  const { stdout } = await execFileP(join(PGBIN, 'psql'), ['-h', '127.0.0.1', '-p', String(C.pgPort), '-U', 'crier',
    '-d', 'crier', '-qAtc', sql], { timeout: 10000 });
  return stdout.trim();
}

// The LISTEN backends of node k: pg_stat_activity rows whose client port is
// one of the node's connections to PostgreSQL (ss names the owning process).
async function listenBackends(k) {
  const pid = nodePid(k);
  const { stdout } = await execFileP('ss', ['-tnpH', `( dport = :${C.pgPort} )`], { timeout: 5000 });
  const ports = [];
  for (const line of stdout.split('\n')) {
    if (!line.includes(`pid=${pid},`)) continue;
    const m = /127\.0\.0\.1:(\d+)\s+127\.0\.0\.1:\d+/.exec(line);
    if (m) ports.push(Number(m[1]));
  }
  if (!ports.length) return [];
  const rows = await psql(`SELECT pid FROM pg_stat_activity WHERE query LIKE 'LISTEN crier%' AND client_port IN (${ports.join(',')})`);
  return rows ? rows.split('\n').map(Number) : [];
}

async function api(base, method, path, body) {
  const r = await fetch(base + path, {
    method, signal: AbortSignal.timeout(10000),
    headers: { authorization: 'Bearer ' + C.token, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await r.text();
  let json = null; try { json = JSON.parse(text); } catch { /* not JSON */ }
  return { status: r.status, text, json };
}

async function allEvents(base, slug) {
  const out = [];
  let afterSeq = 0;
  for (;;) {
    const r = await api(base, 'GET', `/api/v1/channels/${slug}/events?after=${afterSeq}&limit=1000`);
    if (r.status !== 200) throw new Error(`catch-up on ${base}: ${r.status} ${r.text}`);
    out.push(...r.json.events);
    if (r.json.events.length) afterSeq = r.json.events.at(-1).seq;
    if (r.json.final) return out;
  }
}

// ---- publishing ----

// Posts i = 0..total-1, post i due at t0 + i/rate, from `concurrency` keep-alive
// workers through HAProxy. Post i has the external id and title `${slug}-${i}`
// and is retried with them until a 201 whose JSON body was read (the answer
// of a replayed create is the first one's). Failed attempts are recorded.
async function publish({ slug, total, rate, concurrency, deadline, onAck }) {
  const acked = [];
  const failures = [];
  const t0 = performance.now();
  let next = 0;
  const worker = async () => {
    for (;;) {
      const i = next++;
      if (i >= total) return;
      const wait = t0 + (i * 1000) / rate - performance.now();
      if (wait > 0) await sleep(wait);
      const key = `${slug}-${i}`;
      for (let a = 0; ; a++) {
        if (Date.now() > deadline) throw new Error(`publisher gave up on post ${i} after ${a} attempts; last failures: ${JSON.stringify(failures.slice(-3))}`);
        const sent = performance.now();
        try {
          const res = await fetch(`${C.url}/api/v1/channels/${slug}/posts`, {
            method: 'POST',
            headers: { authorization: 'Bearer ' + C.token, 'content-type': 'application/json' },
            body: JSON.stringify({ title: key, body: `post ${i} of ${slug}`, external_id: key }),
            signal: AbortSignal.timeout(5000),
          });
          const text = await res.text();
          if (res.status === 201) {
            const j = JSON.parse(text);
            const rec = { i, key, seq: j.seq, id: j.id, sent, at: performance.now() - t0, attempts: a + 1,
              replayed: res.headers.get('idempotent-replayed') === 'true' };
            acked.push(rec);
            if (onAck) onAck(rec);
            break;
          }
          failures.push({ i, at: sent - t0, kind: 'http', status: res.status, type: res.headers.get('content-type'), text: text.slice(0, 200) });
        } catch (e) {
          failures.push({ i, at: sent - t0, kind: 'conn', err: String((e.cause && e.cause.code) || e.message) });
        }
        await sleep(20);
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { acked, failures, ms: performance.now() - t0 };
}

// ---- subscribers ----

// Subscriber i is on node i % 3: its first connection goes to that node, every
// reconnection through HAProxy (which picks a live node). Kinds rotate over
// SSE with Last-Event-ID, SSE with ?after=, WebSocket with ?after= and
// WebSocket with the resume message. Each delivery is timed.
function subscribers(slug) {
  const subs = [];
  for (let i = 0; i < SUBS; i++) {
    const node = i % NODES;
    let tries = 0;
    const base = () => (tries++ === 0 ? C.nodes[node] : C.url);
    const kind = Math.floor(i / NODES) % 4;
    const name = `n${node + 1}-${['sse-header', 'sse-query', 'ws-query', 'ws-message'][kind]}-${i}`;
    const x = kind < 2
      ? new SseSub({ base, slug, mode: kind === 0 ? 'header' : 'query', name })
      : new WsSub({ base, slug, mode: kind === 2 ? 'query' : 'message', name });
    x.node = node;
    x.times = new Map(); // seq -> first delivery time
    const push = x.push.bind(x);
    x.push = rec => { if (!x.times.has(rec.seq)) x.times.set(rec.seq, performance.now()); push(rec); };
    subs.push(x);
  }
  return subs;
}

const pct = (a, p) => (a.length ? a[Math.min(a.length - 1, Math.floor((p / 100) * a.length))] : NaN);

// ---- one run ----

async function run(t, fault, k) {
  const frac = points[fault][k];
  const faultMs = Math.round(frac * EXPECTED_MS);
  const slug = `f${fault}${k + 1}-${Date.now().toString(36)}`;
  const info = { fault, run: k + 1, seed, faultAtMs: faultMs };
  const c = await api(C.url, 'POST', '/api/v1/channels', { slug, title: 'Faults ' + slug });
  assert.equal(c.status, 201, c.text);
  const logAt = C.nodes.map((_, n) => nodeLog(n).length);
  const subs = subscribers(slug);
  try {
    await until(() => subs.every(x => x.connects >= 1), { timeout: 15000, what: `${SUBS} subscribers connected` });

    const acks = [];
    let ackedAtFault = -1;
    const fx = { target: null };
    const pub = publish({ slug, total: POSTS, rate: RATE, concurrency: PUBLISHERS, deadline: Date.now() + 60000, onAck: r => acks.push(r) });
    const faulty = (async () => {
      await sleep(faultMs);
      ackedAtFault = acks.length;
      const t0 = performance.now();
      if (fault === 'kill') {
        fx.target = k % NODES;
        fx.pid = nodePid(fx.target);
        process.kill(fx.pid, 'SIGKILL');
        fx.killedAt = t0;
      } else if (fault === 'pg') {
        await pgCtl('restart', '-m', 'fast');
        fx.downMs = Math.round(performance.now() - t0);
        fx.upAt = performance.now();
      } else {
        fx.target = k % NODES;
        fx.logAt = nodeLog(fx.target).length;
        fx.before = await listenBackends(fx.target);
        assert.equal(fx.before.length, 1, `node ${fx.target + 1} has one LISTEN backend (${fx.before})`);
        const r = await psql(`SELECT pg_terminate_backend(${fx.before[0]})`);
        assert.equal(r, 't', 'pg_terminate_backend');
        // The node notices and listens again, on a new backend.
        await until(async () => { const b = await listenBackends(fx.target); return b.length === 1 && b[0] !== fx.before[0] ? b : null; },
          { timeout: 10000, step: 50, what: `node ${fx.target + 1} to LISTEN again` });
        fx.relistenMs = Math.round(performance.now() - t0);
      }
    })();
    const [res] = await Promise.all([pub, faulty]);
    const failKinds = {};
    for (const f of res.failures) {
      const key = f.kind === 'http' ? `${f.status}` : f.err;
      failKinds[key] = (failKinds[key] || 0) + 1;
    }
    if (fx.upAt) {
      // Publishes that failed once the server was back (pg_ctl returned): a
      // figure (the nodes' idle connections, ended by the restart, are
      // reconnected before use).
      const upMs = fx.upAt - (performance.now() - res.ms);
      fx.failedAfterUp = res.failures.filter(f => f.at > upMs).length;
      delete fx.upAt;
    }
    Object.assign(info, {
      ackedAtFault, publishMs: Math.round(res.ms), failedAttempts: res.failures.length, failKinds,
      replayed: res.acked.filter(a => a.replayed).length, ...Object.fromEntries(Object.entries(fx).filter(([key]) => !['logAt', 'pid', 'killedAt'].includes(key))),
    });

    // The fault struck while posts were being published.
    assert.ok(ackedAtFault > 0 && ackedAtFault < POSTS, `the fault at ${faultMs} ms fell outside the publishing (acked ${ackedAtFault})`);
    assert.equal(res.acked.length, POSTS, 'every post was acknowledged in the end');
    assert.deepEqual(res.failures.filter(f => f.kind === 'http' && f.status < 500), [], 'no 4xx answers');

    if (fault === 'pg') {
      // The outage was seen, and answered with the documented 503 JSON error.
      assert.ok(res.failures.length > 0, 'some publishes fell in the outage');
      for (const f of res.failures) {
        assert.equal(f.kind, 'http', `a publish during the outage failed without an answer: ${JSON.stringify(f)}`);
        assert.equal(f.status, 503, JSON.stringify(f));
        assert.match(f.type || '', /application\/json/, JSON.stringify(f));
        assert.equal(JSON.parse(f.text).error, 'unavailable', JSON.stringify(f));
      }
    }
    if (fault === 'bus') {
      const log = nodeLog(fx.target).slice(fx.logAt);
      assert.match(log, /bus: the LISTEN connection was lost/, `node ${fx.target + 1}'s log`);
    }

    // No node handed out an event past one it had not read (the hub logs
    // the gap and closes the channel's streams as slow: lossless, since they
    // resume, but every stream of the channel on that node reconnects).
    const gaps = C.nodes.map((_, n) => (nodeLog(n).slice(logAt[n]).match(/hub: channel=\d+ gap[^\n]*/g) || []));
    assert.deepEqual(gaps.flat(), [], 'hub gaps on the nodes');

    // The store: exactly the posts, seqs 1..N, each acknowledged one as acknowledged.
    const events = await allEvents(C.url, slug);
    assert.equal(seqDiff(events.map(e => e.seq), range1(POSTS)), null, 'store seqs run 1..1000');
    const byKey = new Map();
    for (const e of events) {
      assert.equal(e.type, 'post', `seq ${e.seq} is a post`);
      assert.ok(!byKey.has(e.post.title), `${e.post.title} stored twice (seqs ${byKey.get(e.post.title)?.seq} and ${e.seq})`);
      byKey.set(e.post.title, e);
    }
    for (const a of res.acked) {
      const e = byKey.get(a.key);
      assert.ok(e, `acknowledged post ${a.key} (seq ${a.seq}) is missing from the store`);
      assert.equal(e.seq, a.seq, `seq of acknowledged ${a.key}`);
      assert.equal(e.id, a.id, `id of acknowledged ${a.key}`);
    }
    // Every node reads the same (after a fault, each is back to its store;
    // the killed one once restarted on its data directory).
    if (fault === 'kill') {
      const t0 = performance.now();
      await restartNode(fx.target);
      info.restartMs = Math.round(performance.now() - t0);
    }
    const ids = events.map(e => e.id);
    for (const [n, base] of C.nodes.entries()) {
      assert.deepEqual((await allEvents(base, slug)).map(e => e.id), ids, `node ${n + 1}'s catch-up`);
    }

    // Every subscriber: the store's list, in order, once.
    await until(() => subs.every(x => x.last >= POSTS), { timeout: 20000, step: 50, what: 'subscribers at seq ' + POSTS })
      .catch(e => { throw new Error(`${e.message}: behind ${subs.filter(x => x.last < POSTS).map(x => `${x.name}@${x.last}`).join(' ')}`); });
    await sleep(300); // late duplicates would show up here
    const want = range1(POSTS);
    for (const x of subs) {
      x.stop();
      assert.deepEqual(x.anomalies, [], `${x.name} anomalies`);
      assert.equal(seqDiff(x.seqs(), want), null, `${x.name}: ${seqDiff(x.seqs(), want)}`);
      assert.deepEqual(x.events.map(e => e.id), ids, `${x.name} ids`);
      if (fault === 'kill' && x.node === fx.target) assert.ok(x.connects >= 2, `${x.name} reconnected after the kill`);
    }

    // Figures: publish-to-delivery latency (from the sending of the attempt
    // that was acknowledged), and reconnections.
    const sentAt = new Map(res.acked.map(a => [a.seq, a.sent]));
    const lat = [];
    const latTarget = [];
    for (const x of subs) {
      for (const [s, tm] of x.times) {
        const d = tm - sentAt.get(s);
        lat.push(d);
        if (x.node === fx.target) latTarget.push(d);
      }
    }
    lat.sort((a, b) => a - b);
    latTarget.sort((a, b) => a - b);
    const conns = subs.map(x => x.connects);
    Object.assign(info, {
      latencyMs: { p50: +pct(lat, 50).toFixed(1), p99: +pct(lat, 99).toFixed(1), max: +lat.at(-1).toFixed(1) },
      ...(fx.target !== null ? { targetLatencyMs: { p50: +pct(latTarget, 50).toFixed(1), p99: +pct(latTarget, 99).toFixed(1), max: +latTarget.at(-1).toFixed(1) } } : {}),
      connectsPerSub: `${Math.min(...conns)}..${Math.max(...conns)}`,
      reconnected: subs.filter(x => x.connects > 1).length,
      // Reconnections off the killed node (none expected; not asserted).
      otherReconnects: subs.filter(x => x.connects > 1 && !(fault === 'kill' && x.node === fx.target))
        .map(x => `${x.name}${x.closeCodes ? ' ws ' + x.closeCodes.join(',') : ''}`).join(' '),
    });
  } finally {
    for (const x of subs) x.stop();
    // What the nodes said: hub gaps (a node handed an event past a missing
    // one: its streams of the channel are closed as slow and resume) and
    // failed bus reads.
    const logs = C.nodes.map((_, n) => nodeLog(n).slice(logAt[n]));
    const count = re => logs.map(l => (l.match(re) || []).length);
    Object.assign(info, { hubGaps: count(/hub: channel=\d+ gap/g), busReadFailed: count(/bus: reading events/g),
      slowClosed: count(/closing slow subscriber/g) });
    t.diagnostic(JSON.stringify(info));
    figures.push(info);
    if (fault === 'kill') {
      // The killed node comes back on its port before the next run (when a
      // failure came before the restart above).
      const target = k % NODES;
      let dead = false;
      try { process.kill(nodePid(target), 0); } catch { dead = true; }
      if (dead) await restartNode(target);
    }
  }
}

// ---- the tests ----

const opts = { skip: missing || false, timeout: 600000 };

before(async () => {
  if (missing) return;
  C.dir = mkdtempSync(join(tmpdir(), 'crier-faults-'));
  chmodSync(C.dir, 0o755); // PostgreSQL's owner (crier-pg, as root) must reach DIR/pg
  clusterSh('start', C.dir, String(NODES));
  readEnv();
  console.log(`# cluster_faults: seed ${seed}; ${RUNS} runs per fault; fault moments (of ${EXPECTED_MS} ms): ` +
    Object.entries(points).map(([f, ps]) => `${f} ${ps.map(p => (p * 100).toFixed(0) + '%').join(' ')}`).join('; '));
});

after(() => {
  if (!C.dir) return;
  try { clusterSh('stop', C.dir); } catch (e) { console.log('# cluster stop: ' + e.message); }
  if (process.env.CLUSTER_FAULT_KEEP) console.log('# cluster_faults: kept ' + C.dir);
  else rmSync(C.dir, { recursive: true, force: true });
});

test('kill -9 of a node: its subscribers resume through HAProxy on another, every acknowledged post stored and delivered once, in order', opts, async t => {
  for (let k = 0; k < RUNS; k++) await run(t, 'kill', k);
});

test('PostgreSQL restarted: publishes in the outage get 503 JSON, none acknowledged is lost, the nodes recover', opts, async t => {
  for (let k = 0; k < RUNS; k++) await run(t, 'pg', k);
});

// ss (iproute2) tells which node holds which connection to PostgreSQL.
test('a node\'s LISTEN connection terminated by the server: it listens again and its subscribers miss nothing',
  { ...opts, skip: opts.skip || (!have('ss') && 'no ss (iproute2)') }, async t => {
  for (let k = 0; k < RUNS; k++) await run(t, 'bus', k);
});
