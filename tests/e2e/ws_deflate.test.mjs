// permessage-deflate (RFC 7692) with the WebSocket clients people use:
// Chromium's own WebSocket, which offers it by default, and the npm `ws`
// package made to compress every message it sends. Each must get the same
// events as a client that offers nothing, and the server must answer what
// it sends compressed (ping, resume). On the wire, the post's frame is
// compressed (RSV1) and the same bytes for every such subscriber; a
// message that inflates past the limit or does not inflate closes only its
// own connection (1009, 1007).
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import net from 'node:net';
import zlib from 'node:zlib';
import { Server } from './lib/server.mjs';
import { wsOpen, wsClose, uniq } from './lib/proto.mjs';
import { launch } from './lib/browser.mjs';

const EXT = 'permessage-deflate; server_no_context_takeover; client_no_context_takeover';
const POST = {
  title: 'Grève à la SNCF : « Nous ne céderons pas », affirme M. Dupont',
  body: 'La grève des contrôleurs entre dans son **troisième jour** ; le trafic reste très ' +
    'perturbé, a indiqué la direction mercredi matin.\n\n« Nous irons jusqu’au bout », a ' +
    'déclaré M. Dupont, secrétaire général du syndicat, devant la gare de Lyon.',
};

// A raw WebSocket client over TCP: the handshake with the given extension
// offer, then every frame as read (fin, rsv1, opcode, payload).
function rawWs(port, path, offer) {
  return new Promise((res, rej) => {
    const sock = net.connect(port, '127.0.0.1');
    let buf = Buffer.alloc(0), head = null;
    const frames = [];
    const waiters = [];
    const wake = () => { for (const w of waiters.splice(0)) w(); };
    sock.on('data', (d) => {
      buf = Buffer.concat([buf, d]);
      if (!head) {
        const end = buf.indexOf('\r\n\r\n');
        if (end < 0) return;
        head = buf.subarray(0, end).toString('latin1');
        buf = buf.subarray(end + 4);
        res(client);
      }
      for (;;) {
        if (buf.length < 2) break;
        let len = buf[1] & 0x7f, off = 2;
        if (len === 126) { if (buf.length < 4) break; len = buf.readUInt16BE(2); off = 4; }
        else if (len === 127) { if (buf.length < 10) break; len = Number(buf.readBigUInt64BE(2)); off = 10; }
        if (buf.length < off + len) break;
        frames.push({ fin: !!(buf[0] & 0x80), rsv1: !!(buf[0] & 0x40), op: buf[0] & 0x0f,
          payload: Buffer.from(buf.subarray(off, off + len)) });
        buf = buf.subarray(off + len);
      }
      wake();
    });
    sock.on('close', () => { client.closed = true; wake(); });
    sock.on('error', rej);
    const client = {
      frames, sock,
      get head() { return head; },
      async until(pred, what, timeout = 3000) {
        const t0 = Date.now();
        for (;;) {
          const f = frames.find(pred);
          if (f) return f;
          if (client.closed || Date.now() - t0 > timeout) throw new Error('no frame: ' + what);
          await new Promise(r => { waiters.push(r); setTimeout(r, 50); });
        }
      },
      // A masked client frame; rsv1 marks it compressed.
      send(op, payload, rsv1 = false) {
        const mask = Buffer.from([0x11, 0x22, 0x33, 0x44]);
        const len = payload.length;
        const h = len < 126 ? Buffer.from([0x80 | (rsv1 ? 0x40 : 0) | op, 0x80 | len])
          : Buffer.from([0x80 | (rsv1 ? 0x40 : 0) | op, 0x80 | 126, len >> 8, len & 0xff]);
        const body = Buffer.from(payload.map((b, i) => b ^ mask[i & 3]));
        sock.write(Buffer.concat([h, mask, body]));
      },
    };
    sock.write(`GET ${path} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nUpgrade: websocket\r\n` +
      'Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n' +
      `Sec-WebSocket-Version: 13\r\n${offer ? `Sec-WebSocket-Extensions: ${offer}\r\n` : ''}\r\n`);
  });
}

// A message deflated as RFC 7692 wants it: raw, sync-flushed, its tail off.
function deflate(text) {
  const z = zlib.deflateRawSync(Buffer.from(text), { finishFlush: zlib.constants.Z_SYNC_FLUSH });
  return z.subarray(0, z.length - 4);
}

function inflate(payload) {
  return zlib.inflateRawSync(Buffer.concat([payload, Buffer.from([0, 0, 0xff, 0xff])]),
    { finishFlush: zlib.constants.Z_SYNC_FLUSH }).toString('utf8');
}

// A data frame's text: inflated when RSV1 marks it compressed.
function inflateOrText(f) {
  return f.rsv1 ? inflate(f.payload) : f.payload.toString();
}

describe('WebSocket permessage-deflate', () => {
  let s, browser;
  const open = [];
  before(async () => {
    s = new Server();
    await s.start();
  });
  after(async () => {
    for (const ws of open) await wsClose(ws);
    if (browser) await browser.close();
    if (s) await s.cleanup();
  });

  it('ws clients that compress and that do not get the same events', async () => {
    const slug = uniq('wsz');
    await s.channel(slug);
    const url = `ws://127.0.0.1:${s.port}/${slug}/ws`;
    const z = await wsOpen(url, { perMessageDeflate: { threshold: 0 } });
    const plain = await wsOpen(url, { perMessageDeflate: false });
    open.push(z, plain);
    assert.equal(z.upgradeHeaders['sec-websocket-extensions'], EXT, 'negotiated');
    assert.equal(z.extensions, 'permessage-deflate', 'the ws package took it');
    assert.equal(plain.upgradeHeaders['sec-websocket-extensions'], undefined, 'not offered: not answered');
    assert.equal((await z.msgs.next()).json.type, 'hello');
    assert.equal((await plain.msgs.next()).json.type, 'hello');
    // What the compressing client sends is read: a ping, then a resume.
    z.send(JSON.stringify({ type: 'ping' }));
    assert.deepEqual((await z.msgs.next()).json, { type: 'pong' });
    await s.post(slug, POST);
    const a = await z.msgs.next(), b = await plain.msgs.next();
    assert.equal(a.text, b.text, 'the same event, byte for byte, once inflated');
    assert.equal(a.json.post.title, POST.title, 'accents and « » intact');
    z.send(JSON.stringify({ type: 'resume', after: 0 }));
    const again = await z.msgs.next();
    assert.equal(again.json.seq, 1, 'a compressed resume replays from the start');
    assert.equal(again.json.post.title, POST.title);
  });

  it('the post frame is compressed on the wire, the same bytes for two subscribers', async () => {
    const slug = uniq('wszraw');
    await s.channel(slug);
    const c1 = await rawWs(s.port, `/${slug}/ws`, 'permessage-deflate; client_max_window_bits');
    const c2 = await rawWs(s.port, `/${slug}/ws`, 'permessage-deflate');
    const c3 = await rawWs(s.port, `/${slug}/ws`, 'permessage-deflate; server_max_window_bits=10');
    assert.match(c1.head, new RegExp('^Sec-WebSocket-Extensions: ' + EXT + '$', 'm'));
    assert.doesNotMatch(c3.head, /Sec-WebSocket-Extensions/, 'a smaller server window: declined');
    for (const c of [c1, c2, c3]) await c.until(f => f.op === 1, 'hello');
    await s.post(slug, POST);
    const isPost = f => f.op === 1 && inflateOrText(f).includes('"type":"post"');
    const f1 = await c1.until(isPost, 'post on c1');
    const f2 = await c2.until(isPost, 'post on c2');
    const f3 = await c3.until(isPost, 'post on c3');
    assert.ok(f1.rsv1 && f2.rsv1, 'RSV1: compressed');
    assert.ok(!f3.rsv1, 'the declined one gets plain frames');
    assert.ok(f1.payload.equals(f2.payload), 'one compressed frame for both');
    assert.equal(inflate(f1.payload), f3.payload.toString(), 'it inflates to the plain event');
    assert.ok(f1.payload.length < f3.payload.length * 0.8,
      `smaller on the wire (${f1.payload.length} of ${f3.payload.length} bytes)`);
    for (const c of [c1, c2, c3]) c.sock.destroy();
  });

  it('a bomb or bad data closes its own connection, the others go on', async () => {
    const slug = uniq('wszbad');
    await s.channel(slug);
    const ok = await rawWs(s.port, `/${slug}/ws`, 'permessage-deflate');
    const bomb = await rawWs(s.port, `/${slug}/ws`, 'permessage-deflate');
    const junk = await rawWs(s.port, `/${slug}/ws`, 'permessage-deflate');
    for (const c of [ok, bomb, junk]) await c.until(f => f.op === 1, 'hello');
    // Two megabytes of spaces deflate to about two kilobytes.
    bomb.send(1, deflate('{"type":"ping"' + ' '.repeat(2 << 20) + '}'), true);
    junk.send(1, Buffer.from([0xff, 0xff, 0xff, 0xff]), true);
    const close = async (c) => (await c.until(f => f.op === 8, 'close')).payload.readUInt16BE(0);
    assert.equal(await close(bomb), 1009, 'inflating past the limit: 1009');
    assert.equal(await close(junk), 1007, 'no deflate data: 1007');
    ok.send(1, deflate('{"type":"ping"}'), true);
    const pong = await ok.until(f => f.op === 1 && inflateOrText(f).includes('pong'), 'pong');
    assert.ok(pong);
    for (const c of [ok, bomb, junk]) c.sock.destroy();
    const health = await fetch(`http://127.0.0.1:${s.port}/healthz`);
    assert.equal(health.status, 200, 'the server is up');
  });

  it("Chromium's WebSocket negotiates it and reads the events", async () => {
    browser = await launch();
    const page = await browser.newPage();
    const slug = uniq('wszc');
    await s.channel(slug);
    await page.goto(`http://127.0.0.1:${s.port}/healthz`);
    const opened = page.evaluate((url) => new Promise((res, rej) => {
      const ws = new WebSocket(url);
      const got = [];
      window.__ws = { ws, got };
      ws.onmessage = (e) => got.push(e.data);
      ws.onopen = () => res(ws.extensions);
      ws.onerror = () => rej(new Error('ws error'));
    }), `ws://127.0.0.1:${s.port}/${slug}/ws`);
    assert.equal(await opened, EXT, 'Chromium offered and took it');
    const plain = await wsOpen(`ws://127.0.0.1:${s.port}/${slug}/ws`, { perMessageDeflate: false });
    open.push(plain);
    await plain.msgs.next();
    await s.post(slug, POST);
    const want = (await plain.msgs.next()).text;
    await page.waitForFunction(() => window.__ws.got.some(t => t.includes('"type":"post"')));
    const got = await page.evaluate(() => window.__ws.got.find(t => t.includes('"type":"post"')));
    assert.equal(got, want, 'the same event as the plain client, French intact');
    await page.evaluate(() => window.__ws.ws.send(JSON.stringify({ type: 'ping' })));
    await page.waitForFunction(() => window.__ws.got.some(t => t === '{"type":"pong"}'));
  });
});
