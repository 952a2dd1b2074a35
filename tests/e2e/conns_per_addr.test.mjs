// One client address cannot hold the whole node: past --max-conns-per-addr a
// new connection from that address gets a short 429 and is closed, while the
// streams it holds go on, other addresses connect as before, and the machine
// itself (127.0.0.1) and the trusted proxies are not counted. Clients here
// connect from 127.0.0.2 and 127.0.0.3 (Linux routes all of 127/8 to the
// loopback). See docs/operating.md ("Limits per client address").
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Server, waitFor, cli } from './lib/server.mjs';
import { uniq, rawConnect, parseResponses, wsOpen, wsClose, metrics } from './lib/proto.mjs';

const A = '127.0.0.2';
const B = '127.0.0.3';

// An SSE stream over a raw socket from addr: resolves once its 200 head is in.
async function sseFrom(s, slug, addr) {
  const c = await rawConnect(s.port, 3000, { localAddress: addr });
  await c.write(`GET /${slug}/events HTTP/1.1\r\nHost: x\r\nAccept: text/event-stream\r\n\r\n`);
  const head = await c.until(st => st.data.includes('\r\n\r\n') && st.data.toString('latin1'));
  assert.ok(head && head.startsWith('HTTP/1.1 200'), 'stream head: ' + head);
  return c;
}

// One GET from addr on a new connection: its first response, and whether
// the server closed the connection after it.
async function getFrom(s, addr, path = '/healthz') {
  const c = await rawConnect(s.port, 3000, { localAddress: addr });
  await c.write(`GET ${path} HTTP/1.1\r\nHost: x\r\n\r\n`);
  await c.until(st => parseResponses(st.data).responses.length > 0);
  const res = parseResponses(c.data).responses[0];
  await c.until(st => st.isClosed, 1000);
  const closed = c.isClosed;
  c.destroy();
  return { res, closed };
}

async function refusedFrom(s, addr) {
  const { res, closed } = await getFrom(s, addr);
  assert.ok(res, 'an answer before the close');
  return { res, closed };
}

describe('connections per client address', () => {
  let s;
  const held = [];
  before(async () => {
    s = new Server({ args: ['--max-conns-per-addr', '4'] });
    await s.start();
  });
  after(async () => {
    for (const c of held) if (c.destroy) c.destroy(); else c.terminate();
    if (s) await s.cleanup();
  });

  it('refuses the address past its share, and only that address', async () => {
    const slug = uniq('pa');
    await s.channel(slug, { visibility: 'public' });
    // A holds four: two SSE streams and two WebSockets (the `ws` client).
    const sse = [await sseFrom(s, slug, A), await sseFrom(s, slug, A)];
    held.push(...sse);
    const ws = [];
    for (let i = 0; i < 2; i++) ws.push(await wsOpen(`ws://127.0.0.1:${s.port}/${slug}/ws`, { localAddress: A }));
    held.push(...ws);

    // A fifth from A: 429 with a JSON error and Retry-After, then closed.
    const { res, closed } = await refusedFrom(s, A);
    assert.equal(res.status, 429);
    assert.equal(res.json.error, 'too_many_connections');
    assert.equal(typeof res.json.message, 'string');
    assert.equal(res.headers['retry-after'], '10');
    assert.ok(closed, 'the refused connection is closed');
    // A WebSocket from A is refused the same way, before any upgrade.
    await assert.rejects(wsOpen(`ws://127.0.0.1:${s.port}/${slug}/ws`, { localAddress: A }),
      e => e.status === 429);

    // Another address, and the machine itself, are not held back.
    assert.equal((await getFrom(s, B)).res.status, 200, 'another address connects');
    const local = [];
    for (let i = 0; i < 10; i++) local.push(await sseFrom(s, slug, '127.0.0.1'));
    held.push(...local);

    // A's four streams go on: a post reaches every one of them.
    const p = await s.post(slug, { title: 'Quatre flux, « toujours là »' });
    assert.equal(p.status, 201, p.text);
    for (const c of sse)
      assert.ok(await c.until(st => st.data.toString('utf8').includes('toujours là')), 'SSE got the post');
    for (const w of ws) {
      for (;;) {
        const m = await w.msgs.next(3000);
        if (m.json && m.json.type === 'post') { assert.equal(m.json.post.title, 'Quatre flux, « toujours là »'); break; }
      }
    }
    for (const c of local)
      assert.ok(await c.until(st => st.data.toString('utf8').includes('toujours là')), 'local stream got the post');

    // One of A's streams closes: its place is free again.
    sse[0].destroy();
    await waitFor(async () => (await getFrom(s, A)).res.status === 200, { what: 'a place freed for A' });

    const m = await metrics(s);
    assert.equal(m.m.crier_connections_per_addr_max, 4);
    assert.ok(m.m.crier_connections_refused_per_addr_total >= 2, m.text);
    // IPv4 clients have no /48: none refused for one (test_listener covers IPv6 sites).
    assert.equal(m.m.crier_connections_refused_per_site_total, 0, m.text);
    assert.ok(m.m.crier_connection_addresses >= 1, 'A is counted');

    // Everything from A and B closed: no address is left counted.
    for (const c of sse) c.destroy();
    for (const w of ws) await wsClose(w);
    await waitFor(async () => (await metrics(s)).m.crier_connection_addresses === 0,
      { what: 'every address released' });
  });
});

describe('reads waiting per client address', () => {
  let s;
  before(async () => {
    s = new Server({ threads: 1, args: ['--read-jobs', '1', '--max-conns-per-addr', '400'] });
    await s.start();
  });
  after(async () => { if (s) await s.cleanup(); });

  it('answers 429 past 64 waiting reads of one address; the others are answered in full', async () => {
    const slug = uniq('rq');
    await s.channel(slug, { visibility: 'public' });
    const body = 'Le préfet a « levé » l’alerte. '.repeat(60);
    for (let i = 0; i < 150; i++) assert.equal((await s.post(slug, { title: `Dépêche ${i}`, body })).status, 201);
    // 200 catch-up pages asked at once from A, on 200 connections: one
    // read in the pool at a time, 64 in line, the rest refused.
    const conns = [];
    for (let i = 0; i < 200; i++) conns.push(await rawConnect(s.port, 3000, { localAddress: A }));
    const req = `GET /api/v1/channels/${slug}/events?after=0 HTTP/1.1\r\nHost: x\r\n\r\n`;
    await Promise.all(conns.map(c => c.write(req)));
    await Promise.all(conns.map(c => c.until(st => parseResponses(st.data).responses.length > 0, 20000)));
    const res = conns.map(c => parseResponses(c.data).responses[0]);
    const ok = res.filter(r => r.status === 200), refused = res.filter(r => r.status === 429);
    assert.equal(ok.length + refused.length, 200, 'each got 200 or 429: ' + res.map(r => r.status).join());
    assert.ok(refused.length > 0, 'some were refused');
    assert.ok(ok.length >= 65, `at least the one running and the 64 waiting were answered (${ok.length})`);
    for (const r of ok) assert.equal(r.json.events.length, 100, 'a whole page (100 events by default)');
    assert.equal(refused[0].json.error, 'too_many_requests');
    assert.equal(refused[0].headers['retry-after'], '1');
    // Another address is not refused meanwhile, and A is answered again once its line is gone.
    assert.equal((await getFrom(s, B, `/api/v1/channels/${slug}`)).res.status, 200);
    const again = await getFrom(s, A, `/api/v1/channels/${slug}/events?after=149`);
    assert.equal(again.res.status, 200);
    for (const c of conns) c.destroy();
  });
});

describe('connections per client address: trusted proxies, default, off', () => {
  const servers = [];
  after(async () => { for (const s of servers) await s.cleanup(); });

  it('does not count a trusted proxy, whose clients all come from its address', async () => {
    const s = new Server({ args: ['--max-conns-per-addr', '2', '--trust-proxy', A] });
    servers.push(s);
    await s.start();
    const slug = uniq('px');
    await s.channel(slug, { visibility: 'public' });
    const via = [];
    for (let i = 0; i < 5; i++) via.push(await sseFrom(s, slug, A));
    assert.equal((await getFrom(s, A)).res.status, 200, 'the proxy opens a sixth');
    // Another address is still capped at two.
    const b = [await sseFrom(s, slug, B), await sseFrom(s, slug, B)];
    assert.equal((await refusedFrom(s, B)).res.status, 429);
    for (const c of [...via, ...b]) c.destroy();
  });

  it('defaults to a tenth of --max-connections, at least 64; 0 turns it off', async () => {
    const big = new Server({ args: ['--max-connections', '2000'] });
    const small = new Server({ args: ['--max-connections', '300'] });
    const off = new Server({ args: ['--max-conns-per-addr', '0'] });
    servers.push(big, small, off);
    await Promise.all([big.start(), small.start(), off.start()]);
    assert.equal((await metrics(big)).m.crier_connections_per_addr_max, 200);
    assert.equal((await metrics(small)).m.crier_connections_per_addr_max, 64);
    assert.equal((await metrics(off)).m.crier_connections_per_addr_max, 0);
    const slug = uniq('off');
    await off.channel(slug, { visibility: 'public' });
    const many = [];
    for (let i = 0; i < 80; i++) many.push(await sseFrom(off, slug, A));
    assert.equal((await getFrom(off, A)).res.status, 200, 'no cap: the 81st connects too');
    assert.equal((await metrics(off)).m.crier_connections_refused_per_addr_total, 0);
    for (const c of many) c.destroy();
  });

  it('refuses a bad value on the command line', async () => {
    const r = cli(['serve', '--max-conns-per-addr', 'lots', '--listen', '127.0.0.1:0']);
    assert.notEqual(r.status, 0);
    assert.match(r.stderr, /--max-conns-per-addr/);
  });
});
