// An anonymous attacker against one node (docs/operating.md, "Limits"):
// the file limit, clients that never read, access taken away from open
// streams, client-given positions, split pipelined requests and HEAD on a
// stream. Each case runs against the real binary and ends by checking that
// the node still answers and, where it matters, still stops on SIGTERM.
// e2e: alone (scripts/test.sh runs it by itself): it bounds the CPU and memory a node spends under attack.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { Server, cli, waitFor } from './lib/server.mjs';
import { rawConnect, rawWs, wsFrame, closeInfo, parseResponses, sseFetch, wsOpen, wsClose, uniq, metrics } from './lib/proto.mjs';
import { browser, call, makeInvite, joinInvite } from './lib/jar.mjs';

const MiB = 1 << 20;
const SCALE = Number(process.env.CRIER_RSS_SCALE || 1); // a sanitizer build's memory is larger

// Opens n raw connections as fast as the server takes them; resolves to the
// sockets that connected (refused ones are counted, not thrown).
async function flood(port, n) {
  const socks = [];
  let failed = 0;
  await Promise.all(Array.from({ length: n }, async () => {
    try { socks.push(await rawConnect(port, 5000)); } catch { failed++; }
  }));
  return { socks, failed };
}

async function healthzWithin(s, ms) {
  const t0 = Date.now();
  const r = await fetch(s.url + '/healthz', { signal: AbortSignal.timeout(ms) });
  assert.equal(r.status, 200);
  return Date.now() - t0;
}

async function stopsOnSigterm(s, ms = 5000) {
  s.proc.kill('SIGTERM');
  const r = await Promise.race([s.exited, sleep(ms).then(() => null)]);
  assert.ok(r, `the server did not stop within ${ms} ms of SIGTERM`);
  assert.equal(r.code, 0, 'a clean stop');
}

function countLines(log, re) { return log.split('\n').filter(l => re.test(l)).length; }

describe('the file limit', () => {
  const servers = [];
  after(async () => { for (const s of servers) await s.cleanup(); });

  it('past the connection cap, new connections get 503 at once; the node serves the rest and stops', async () => {
    const s = new Server({ wrap: ['prlimit', '--nofile=256:256'] });
    servers.push(s);
    await s.start();
    const m0 = await metrics(s);
    const cap = m0.m.crier_connections_max;
    assert.ok(cap > 100 && cap < 256, `the cap (${cap}) sits below the file limit, with headroom`);
    const cpu0 = s.cpu();
    const { socks } = await flood(s.port, 400);
    // The ones past the cap were answered and closed; the rest are held.
    await sleep(500);
    const refused = socks.filter(st => st.isClosed);
    assert.ok(refused.length >= 400 - cap - 5, `refused ${refused.length} of 400 with a cap of ${cap}`);
    const answer = parseResponses(refused[0].data).responses[0];
    assert.equal(answer.status, 503);
    assert.equal(answer.json.error, 'busy');
    // Nothing spins while the node is full.
    const cpu1 = s.cpu();
    await sleep(1000);
    assert.ok(s.cpu() - cpu1 < 0.3 * SCALE, `CPU while full: ${(s.cpu() - cpu1).toFixed(2)} s in 1 s`);
    // A held connection is still served.
    const held = socks.find(st => !st.isClosed);
    await held.write(`GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n`);
    assert.ok(await held.until(x => parseResponses(x.data).responses.length === 1, 2000), 'a held connection is served');
    for (const st of socks) st.destroy();
    assert.ok(await healthzWithin(s, 1000) < 1000, 'healthz within a second once the clients left');
    assert.ok(s.cpu() - cpu0 < 3 * SCALE, 'no more than a little CPU for the whole flood');
    assert.ok(countLines(s.log, /connection limit reached/) <= 2, 'the refusals are logged once, not per connection');
    await waitFor(async () => (await metrics(s)).m.crier_connections <= 1, { what: 'connections closed' });
    assert.ok((await metrics(s)).m.crier_connections_refused_total >= refused.length - 5);
    await stopsOnSigterm(s);
  });

  it('out of descriptors (a cap set past the limit): accepting sheds connections, never spins, and recovers', async () => {
    const s = new Server({ wrap: ['prlimit', '--nofile=128:128'], args: ['--max-connections', '1000'] });
    servers.push(s);
    await s.start();
    const { socks } = await flood(s.port, 300);
    await sleep(300);
    const cpu1 = s.cpu();
    await sleep(1500);
    const spent = s.cpu() - cpu1;
    assert.ok(spent < 0.4 * SCALE, `CPU while out of descriptors: ${spent.toFixed(2)} s in 1.5 s`);
    const lines = countLines(s.log, /out of file descriptors/);
    assert.ok(lines >= 1 && lines <= 2, `EMFILE logged at a limited rate (${lines} lines)`);
    assert.ok(s.log.length < 64 * 1024, `the log stays small (${s.log.length} bytes)`);
    for (const st of socks) st.destroy();
    await sleep(200);
    assert.ok(await healthzWithin(s, 1000) < 1000, 'healthz within a second once the clients left');
    // No connection is left in CLOSE-WAIT: the node closed what the clients closed.
    await waitFor(() => s.fds() < 40, { timeout: 3000, what: `descriptors released (${s.fds()})` });
    assert.ok((await metrics(s)).m.crier_accept_fd_exhausted_total >= 1);
    await stopsOnSigterm(s);
  });
});

describe('clients that never read', () => {
  let s;
  before(async () => { s = new Server({ args: ['--sub-max-bytes', String(256 * 1024)] }); await s.start(); });
  after(async () => { if (s) await s.cleanup(); });

  it('a WebSocket client that sends pings and never reads is closed; memory stays flat', async () => {
    const slug = uniq('pings');
    await s.channel(slug);
    const rss0 = s.rss();
    const ws = await rawWs(s.port, `/${slug}/ws`);
    assert.equal(ws.handshake.status, 101);
    ws.sock.pause(); // never read again
    const ping = wsFrame({ opcode: 9, payload: Buffer.alloc(125, 0x61) });
    const jping = wsFrame({ opcode: 1, payload: Buffer.from('{"type":"ping"}') });
    const bad = wsFrame({ opcode: 1, payload: Buffer.from('{"type":"what"}') });
    const chunk = Buffer.concat(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? ping : i % 3 === 1 ? jping : bad)));
    let sent = 0, stopped = false;
    ws.sock.on('error', () => { stopped = true; });
    const t0 = Date.now();
    while (sent < 40 * MiB && !stopped && !ws.isClosed && Date.now() - t0 < 15000) {
      const ok = ws.sock.write(chunk);
      sent += chunk.length;
      if (!ok) await Promise.race([new Promise(r => ws.sock.once('drain', r)), sleep(200)]);
    }
    const grown = s.rss() - rss0;
    assert.ok(grown < 64 * MiB * SCALE, `RSS grew by ${(grown / MiB).toFixed(1)} MiB after ${(sent / MiB).toFixed(1)} MiB of pings`);
    ws.destroy();
    assert.ok(await healthzWithin(s, 1000) < 1000);
  });

  it('a response the client never reads times out; its memory is released', async () => {
    const t = new Server({ args: ['--write-timeout', '2'] });
    await t.start();
    try {
      const slug = uniq('big');
      await t.channel(slug);
      const body = 'Le mot « long ». '.repeat(3000); // ~56 KiB of Markdown
      for (let i = 0; i < 40; i++) assert.equal((await t.post(slug, { title: 'big ' + i, body })).status, 201);
      // A client with a tiny receive window that pipelines six catch-ups and
      // never reads: once the kernel's buffers are full, the answers can
      // only wait in the server's memory.
      const py = spawn('python3', ['-c', `
import socket, sys, time
s = socket.socket()
s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 2048)
s.connect(("127.0.0.1", ${t.port}))
s.sendall(b"GET /api/v1/channels/${slug}/events?after=0&limit=1000 HTTP/1.1\\r\\nHost: x\\r\\n\\r\\n" * 6)
print("sent", flush=True)
time.sleep(30)
`], { stdio: ['ignore', 'pipe', 'inherit'] });
      try {
        await new Promise(r => py.stdout.once('data', r));
        await waitFor(async () => (await metrics(t)).m.crier_buffered_bytes > 256 * 1024,
          { what: 'the unread answer held by the server' });
        await waitFor(async () => (await metrics(t)).m.crier_write_timeouts_total >= 1,
          { timeout: 6000, what: 'the write timeout' });
        const m2 = await metrics(t);
        assert.ok(m2.m.crier_buffered_bytes < 64 * 1024, `released (${m2.m.crier_buffered_bytes} bytes held)`);
      } finally { py.kill('SIGKILL'); }
    } finally { await t.cleanup(); }
  });

  it('catch-up pages stop at a byte budget, with final:false, and page to the end', async () => {
    const slug = uniq('budget');
    await s.channel(slug);
    const body = 'Texte de dépêche, « citation », M. Dupont. '.repeat(1200); // ~56 KiB
    for (let i = 0; i < 60; i++) assert.equal((await s.post(slug, { title: 'long ' + i, body })).status, 201);
    const r = await fetch(`${s.url}/api/v1/channels/${slug}/events?after=0&limit=1000`);
    const text = await r.text();
    assert.equal(r.status, 200);
    const j = JSON.parse(text); // whole JSON, never cut
    assert.equal(j.final, false, 'the page stopped early');
    assert.ok(j.events.length >= 1 && j.events.length < 60, `${j.events.length} events on the first page`);
    assert.ok(text.length < 8 * MiB, `page of ${(text.length / MiB).toFixed(1)} MiB`);
    const all = await s.allEvents(slug);
    assert.deepEqual(all.map(e => e.seq), Array.from({ length: 60 }, (_, i) => i + 1), 'paging reaches every event once');
    // The feed reads the same history a page at a time, and still shows the newest 50.
    const feed = await (await fetch(`${s.url}/${slug}/atom.xml`)).text();
    assert.equal((feed.match(/<entry>/g) || []).length, 50, 'the feed has its 50 newest entries');
    assert.ok(feed.includes('long 59') && !feed.includes('long 9<'), 'the newest, not the oldest');
  });

  it('non-reading stream clients replaying a big history hold little memory each', async () => {
    const slug = uniq('replay');
    await s.channel(slug);
    const body = 'x'.repeat(60000);
    for (let i = 0; i < 60; i++) assert.equal((await s.post(slug, { title: 'r' + i, body })).status, 201);
    const rss0 = s.rss();
    const socks = [];
    for (let i = 0; i < 60; i++) {
      const st = await rawConnect(s.port);
      st.sock.pause();
      await st.write(`GET /${slug}/events?after=0 HTTP/1.1\r\nHost: x\r\nAccept: text/event-stream\r\n\r\n`);
      socks.push(st);
    }
    await sleep(1500);
    const grown = s.rss() - rss0;
    for (const st of socks) st.destroy();
    assert.ok(grown < 120 * MiB * SCALE, `60 stalled replays grew RSS by ${(grown / MiB).toFixed(1)} MiB`);
    assert.ok(await healthzWithin(s, 1000) < 1000);
  });

  it('half-sent bodies count against the node budget: 503 past it, and memory stays bounded', async () => {
    const t = new Server({ args: ['--max-buffer-mb', '8'] });
    await t.start();
    try {
      const slug = uniq('half');
      await t.channel(slug);
      const socks = [];
      let busy = 0;
      for (let i = 0; i < 80; i++) {
        const st = await rawConnect(t.port);
        await st.write(`POST /api/v1/channels/${slug}/posts HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${t.token}\r\n` +
          `Content-Type: application/json\r\nContent-Length: ${250 * 1024}\r\n\r\n{"title":"` + 'a'.repeat(200 * 1024));
        socks.push(st);
      }
      await sleep(500);
      for (const st of socks) {
        const r = parseResponses(st.data).responses[0];
        if (r && r.status === 503) { assert.equal(r.json.error, 'busy'); busy++; }
      }
      assert.ok(busy > 20, `${busy} of 80 half-sent bodies were refused with 503`);
      assert.ok((await metrics(t)).m.crier_buffered_bytes <= 9 * MiB + 512 * 1024, 'held within the budget (and one request)');
      for (const st of socks) st.destroy();
      await waitFor(async () => (await metrics(t)).m.crier_buffered_bytes < 64 * 1024, { what: 'budget released' });
      assert.equal((await t.post(slug, { title: 'after' })).status, 201, 'publishing works again');
    } finally { await t.cleanup(); }
  });
});

describe('access follows revocation', () => {
  let s;
  before(async () => { s = new Server(); await s.start(); });
  after(async () => { if (s) await s.cleanup(); });

  // Waits for an SSE stream to end with event: close {"reason": reason}.
  async function sseClosed(sse, reason, ms = 2000) {
    for (;;) {
      const ev = await sse.events.next(ms);
      if (ev.event === 'close') { assert.equal(ev.json.reason, reason); return; }
      assert.notEqual(ev.event, 'post', 'no post after access was taken away: ' + ev.data);
    }
  }

  it('a channel made private closes its anonymous SSE and WebSocket streams before the next post', async () => {
    const slug = uniq('goes-private');
    await s.channel(slug);
    const sse = await sseFetch(`${s.url}/${slug}/events`);
    const ws = await wsOpen(`ws://127.0.0.1:${s.port}/${slug}/ws`);
    assert.equal((await ws.msgs.next()).json.type, 'hello');
    assert.equal((await s.api('PATCH', `/api/v1/channels/${slug}`, { visibility: 'private' })).status, 200);
    assert.equal((await s.post(slug, { title: 'members only' })).status, 201);
    await sseClosed(sse, 'revoked');
    for (;;) {
      let m;
      try { m = await ws.msgs.next(2000); } catch { break; }
      assert.notEqual(m.json && m.json.type, 'post', 'no private post on the WebSocket');
    }
    assert.equal(ws.closeInfo.code, 1008);
    assert.equal(ws.closeInfo.reason, 'revoked');
  });

  it('a revoked token closes the streams it opened, from the API and from the CLI', async () => {
    const slug = uniq('tok');
    await s.channel(slug, { visibility: 'private' });
    const mk = await s.api('POST', '/api/v1/tokens', { scope: 'publish', channel: slug });
    assert.equal(mk.status, 201, mk.text);
    const sse = await sseFetch(`${s.url}/${slug}/events`, { headers: { authorization: 'Bearer ' + mk.json.token } });
    assert.equal(sse.status, 200);
    assert.equal((await s.api('DELETE', `/api/v1/tokens/${mk.json.id}`)).status, 204);
    assert.equal((await s.post(slug, { title: 'after the revocation' })).status, 201);
    await sseClosed(sse, 'revoked');

    const mk2 = await s.api('POST', '/api/v1/tokens', { scope: 'publish', channel: slug });
    const sse2 = await sseFetch(`${s.url}/${slug}/events`, { headers: { authorization: 'Bearer ' + mk2.json.token } });
    const t0 = Date.now();
    const r = cli(['token', 'revoke', String(mk2.json.id)], { data: s.data });
    assert.equal(r.status, 0, r.stderr);
    await sseClosed(sse2, 'revoked', 1500);
    assert.ok(Date.now() - t0 < 1500, 'closed within a second of another process revoking');
  });

  it('a removed member stops receiving; a member who stays goes on without a gap', async () => {
    const slug = uniq('members');
    await s.channel(slug, { visibility: 'private' });
    const inv = await makeInvite(s, slug);
    const stay = await browser(s), gone = await browser(s);
    assert.equal((await joinInvite(s, stay, inv.url)).status, 303);
    assert.equal((await joinInvite(s, gone, inv.url)).status, 303);
    const sseStay = await sseFetch(`${s.url}/${slug}/events`, { headers: { cookie: stay.header() } });
    const sseGone = await sseFetch(`${s.url}/${slug}/events`, { headers: { cookie: gone.header() } });
    assert.equal(sseGone.status, 200);
    assert.equal((await call(s, gone, 'POST', `/api/v1/channels/${slug}/leave`)).status, 200);
    for (let i = 1; i <= 3; i++) assert.equal((await s.post(slug, { title: 'p' + i })).status, 201);
    await sseClosed(sseGone, 'revoked');
    const got = [];
    while (got.length < 3) {
      const ev = await sseStay.events.next(3000);
      if (ev.event === 'post') got.push(Number(ev.id));
    }
    assert.deepEqual(got, [1, 2, 3], 'the member who stays gets every post once, in order');
    sseStay.close();
  });

  // A CI run caught a stream ended with no close event: the channel was
  // deleted while the new stream's first catch-up read was on a worker, and
  // the read's failure (no such channel) closed the stream bare. Opening
  // streams and deleting at the same moment, round after round, lands the
  // delete at every point of the opening: a stream is refused (404) or ends
  // with its close event, never bare.
  it('a channel deleted while its streams open: each is refused or ends with its close event', async () => {
    let opened = 0;
    for (let round = 0; round < 40; round++) {
      const a = uniq('deleted-open');
      await s.channel(a);
      assert.equal((await s.post(a, { title: 'one' })).status, 201);
      const [streams, del] = await Promise.all([
        Promise.all(Array.from({ length: 8 }, () => sseFetch(`${s.url}/${a}/events?after=0`))),
        sleep(round % 4).then(() => s.api('DELETE', `/api/v1/channels/${a}`)),
      ]);
      assert.equal(del.status, 204);
      for (const sse of streams) {
        if (sse.status === 404) continue;
        assert.equal(sse.status, 200);
        opened++;
        for (;;) {
          const ev = await sse.events.next(5000);
          if (ev.event === 'close') { assert.equal(ev.json.reason, 'deleted'); break; }
        }
      }
    }
    assert.ok(opened > 0, 'some streams opened before the delete');
  });

  it('a deleted channel: its streams close, and the next channel (once given its id) loses nothing', async () => {
    const a = uniq('deleted');
    await s.channel(a);
    for (let i = 0; i < 3; i++) assert.equal((await s.post(a, { title: 'a' + i })).status, 201);
    const sse = await sseFetch(`${s.url}/${a}/events`);
    assert.equal((await s.api('DELETE', `/api/v1/channels/${a}`)).status, 204);
    await sseClosed(sse, 'deleted');
    const b = uniq('next');
    await s.channel(b, { visibility: 'private' });
    const sseB = await sseFetch(`${s.url}/${b}/events`, { headers: { authorization: 'Bearer ' + s.token } });
    assert.equal((await s.post(b, { title: 'first of b' })).status, 201);
    const ev = await sseB.events.next(3000);
    assert.equal(ev.event, 'post', 'the first live event of the new channel arrives');
    assert.equal(ev.id, '1');
    sseB.close();
  });
});

describe('client-given positions and request framing', () => {
  let s;
  before(async () => { s = new Server(); await s.start(); });
  after(async () => { if (s) await s.cleanup(); });

  it('a WebSocket resume past the last seq (even INT64_MAX) gets a reset, then live posts', async () => {
    const slug = uniq('resume');
    await s.channel(slug);
    await s.post(slug, { title: 'one' });
    const ws = await wsOpen(`ws://127.0.0.1:${s.port}/${slug}/ws`);
    assert.equal((await ws.msgs.next()).json.type, 'hello');
    ws.send('{"type":"resume","after":9223372036854775807}');
    const reset = await ws.msgs.next();
    assert.deepEqual(reset.json, { type: 'reset', last_seq: 1 });
    const cpu0 = s.cpu();
    await sleep(500);
    assert.ok(s.cpu() - cpu0 < 0.2 * SCALE, 'no replay loop');
    await s.post(slug, { title: 'two' });
    const live = await ws.msgs.next();
    assert.equal(live.json.type, 'post');
    assert.equal(live.json.seq, 2);
    await wsClose(ws);
  });

  it('a WebSocket client that resumes without end is closed (1008) past 60 resumes a minute; each was a store read', async () => {
    const slug = uniq('resumes');
    await s.channel(slug);
    await s.post(slug, { title: 'un' });
    const ws = await wsOpen(`ws://127.0.0.1:${s.port}/${slug}/ws`);
    assert.equal((await ws.msgs.next()).json.type, 'hello');
    for (let i = 0; i < 60; i++) ws.send('{"type":"resume","after":0}');
    // The 60 are taken (replayed as one: each arrives during the replay).
    const first = await ws.msgs.next();
    assert.equal(first.json.seq, 1, 'the replay of post 1');
    await sleep(300);
    assert.equal(ws.readyState, 1, 'still open at 60');
    ws.send('{"type":"resume","after":0}');
    await waitFor(() => ws.closeInfo !== undefined, { timeout: 3000, what: 'the close' });
    assert.deepEqual(ws.closeInfo, { code: 1008, reason: 'too many resumes' });
    // Another client is not affected.
    const other = await wsOpen(`ws://127.0.0.1:${s.port}/${slug}/ws?after=0`);
    assert.equal((await other.msgs.next()).json.type, 'hello');
    assert.equal((await other.msgs.next()).json.seq, 1);
    await wsClose(other);
  });

  it('an SSE resume past the last seq gets a reset event, then live posts', async () => {
    const slug = uniq('sse-reset');
    await s.channel(slug);
    await s.post(slug, { title: 'one' });
    const sse = await sseFetch(`${s.url}/${slug}/events`, { headers: { 'last-event-id': '999999999999999999' } });
    const reset = await sse.events.next();
    assert.equal(reset.event, 'reset');
    assert.deepEqual(reset.json, { last_seq: 1 });
    assert.equal(reset.id, '1', 'the reset carries the position it goes on from');
    await s.post(slug, { title: 'two' });
    const live = await sse.events.next();
    assert.equal(live.id, '2');
    sse.close();
  });

  it('a pipelined request split across reads is answered at once', async () => {
    const st = await rawConnect(s.port);
    await st.write('GET /healthz HTTP/1.1\r\nHost: x\r\n\r\nGET /healthz HTTP/1.1\r\nHo');
    await sleep(200);
    await st.write('st: x\r\n\r\n');
    const two = await st.until(x => parseResponses(x.data).responses.length === 2, 2000);
    st.destroy();
    assert.ok(two, 'both answered within 2 s: ' + st.data.toString('latin1').slice(0, 300));
  });

  it('HEAD on an event stream gets the head, no body, and the connection ends', async () => {
    const slug = uniq('head');
    await s.channel(slug);
    const st = await rawConnect(s.port);
    await st.write(`HEAD /${slug}/events HTTP/1.1\r\nHost: x\r\n\r\n`);
    await st.until(x => x.isClosed, 2000);
    const text = st.data.toString('latin1');
    st.destroy();
    assert.match(text, /^HTTP\/1\.1 200 /);
    assert.match(text, /text\/event-stream/);
    assert.ok(text.endsWith('\r\n\r\n'), 'nothing after the head: ' + JSON.stringify(text.slice(-40)));
  });
});
