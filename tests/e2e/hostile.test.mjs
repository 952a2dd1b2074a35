// Hostile input over raw sockets: request smuggling shapes, oversized heads
// and bodies, bad JSON and UTF-8, bad WebSocket frames, bad upgrades and
// garbage. Every case reads the whole answer, checks the status line and the
// JSON error body, checks the connection is closed when it must be, and then
// checks the server still answers /healthz.
import { describe, it, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { Server } from './lib/server.mjs';
import { rawConnect, rawExchange, parseResponses, rawWs, wsFrame, closeInfo, upgradeRequest, uniq } from './lib/proto.mjs';

describe('hostile input', () => {
  // Nothing may ever be published to `slug`; controls publish to `pub`.
  let s, slug, pub;
  const sockets = [];
  before(async () => {
    s = new Server(); await s.start();
    slug = uniq('hostile');
    await s.channel(slug);
    pub = uniq('control');
    await s.channel(pub);
  });
  after(async () => {
    for (const st of sockets.splice(0)) st.destroy();
    if (s) await s.cleanup();
  });
  afterEach(async () => {
    for (const st of sockets.splice(0)) st.destroy();
    assert.equal(s.proc.exitCode, null, 'server process still running: ' + s.log.slice(-2000));
    const r = await fetch(s.url + '/healthz', { signal: AbortSignal.timeout(2000) });
    assert.equal(r.status, 200, 'server alive after the case');
    assert.deepEqual(await r.json(), { status: 'ok' });
  });

  const host = () => `Host: 127.0.0.1:${s.port}\r\n`;
  const auth = () => `Authorization: Bearer ${s.token}\r\n`;
  const postHead = (extra, path = `/api/v1/channels/${slug}/posts`) =>
    `POST ${path} HTTP/1.1\r\n${host()}${auth()}Content-Type: application/json\r\n${extra}\r\n`;

  // One request on a fresh connection: expects exactly one response with this
  // status and error code; when mustClose, the server must close the socket.
  async function expectError(bytes, status, code, { mustClose = false, what = '' } = {}) {
    const r = await rawExchange(s.port, bytes, { waitClose: mustClose, timeout: 3000 });
    assert.equal(r.responses.length, 1, `${what}: one response, got ${JSON.stringify(r.raw.toString('latin1').slice(0, 300))}`);
    const res = r.responses[0];
    assert.match(res.statusLine, new RegExp(`^HTTP/1\\.1 ${status} `), what);
    assert.match(res.headers['content-type'] || '', /^application\/json/, what);
    assert.ok(res.json, `${what}: JSON body, got ${res.body.toString('latin1')}`);
    assert.equal(res.json.error, code, `${what}: ${res.body}`);
    assert.equal(typeof res.json.message, 'string', what);
    if (mustClose) assert.equal(r.closed, true, `${what}: connection closed by the server`);
    return res;
  }

  it('Content-Length with Transfer-Encoding -> 400 and close', async () => {
    const body = '{"title":"smuggled"}';
    await expectError(postHead(`Content-Length: ${body.length}\r\nTransfer-Encoding: chunked\r\n`) +
      `${body.length.toString(16)}\r\n${body}\r\n0\r\n\r\n`, 400, 'bad_request', { mustClose: true, what: 'CL+TE' });
    await expectError(postHead(`Transfer-Encoding: chunked\r\nContent-Length: 4\r\n`) + '0\r\n\r\n',
      400, 'bad_request', { mustClose: true, what: 'TE+CL' });
    // Nothing was published.
    assert.deepEqual(await s.allEvents(slug), []);
  });

  it('duplicated Content-Length -> 400 and close', async () => {
    const body = '{"title":"x"}';
    await expectError(postHead(`Content-Length: ${body.length}\r\nContent-Length: ${body.length}\r\n`) + body,
      400, 'bad_request', { mustClose: true, what: 'same CL twice' });
    await expectError(postHead(`Content-Length: ${body.length}\r\nContent-Length: 3\r\n`) + body,
      400, 'bad_request', { mustClose: true, what: 'two different CL' });
    await expectError(postHead(`Content-Length: ${body.length}, ${body.length}\r\n`) + body,
      400, 'bad_request', { mustClose: true, what: 'CL list' });
    await expectError(postHead('Content-Length: +13\r\n') + body, 400, 'bad_request', { mustClose: true, what: 'CL with sign' });
    assert.deepEqual(await s.allEvents(slug), []);
  });

  it('obfuscated Transfer-Encoding -> 400', async () => {
    const chunked = 'd\r\n{"title":"x"}\r\n0\r\n\r\n';
    const cases = {
      'xchunked': 'Transfer-Encoding: xchunked\r\n',
      'chunked, identity': 'Transfer-Encoding: chunked, identity\r\n',
      'space before colon': 'Transfer-Encoding : chunked\r\n',
      'two TE headers': 'Transfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n',
      'TE identity then chunked': 'Transfer-Encoding: identity\r\nTransfer-Encoding: chunked\r\n',
      'tab obfuscation': 'Transfer-Encoding:\tchunked\x0b\r\n',
    };
    for (const [what, h] of Object.entries(cases)) {
      await expectError(postHead(h) + chunked, 400, 'bad_request', { mustClose: true, what });
    }
    assert.deepEqual(await s.allEvents(slug), []);
  });

  it('plain chunked body is fine (control for the TE cases)', async () => {
    const body = '{"title":"en morceaux"}';
    const r = await rawExchange(s.port, postHead('Transfer-Encoding: chunked\r\n', `/api/v1/channels/${pub}/posts`) +
      `${body.length.toString(16)}\r\n${body}\r\n0\r\n\r\n`);
    assert.equal(r.responses.length, 1);
    assert.equal(r.responses[0].status, 201, r.raw.toString());
    assert.equal(r.responses[0].json.post.title, 'en morceaux');
  });

  it('a header over 8 KiB -> 431', async () => {
    const big = 'X-Big: ' + 'a'.repeat(9000) + '\r\n';
    await expectError(`GET /healthz HTTP/1.1\r\n${host()}${big}\r\n`, 431, 'headers_too_large', { mustClose: true, what: '9000-byte header' });
    const fine = await rawExchange(s.port, `GET /healthz HTTP/1.1\r\n${host()}X-Big: ${'a'.repeat(7000)}\r\n\r\n`);
    assert.equal(fine.responses[0].status, 200, 'a 7000-byte header is fine');
    // A 16 KiB header name, too.
    await expectError(`GET /healthz HTTP/1.1\r\n${host()}X-${'n'.repeat(16384)}: 1\r\n\r\n`, 431, 'headers_too_large',
      { mustClose: true, what: 'long header name' });
  });

  it('101 headers -> 431; 99 headers are fine', async () => {
    const hdrs = n => Array.from({ length: n }, (_, i) => `X-H${i}: ${i}\r\n`).join('');
    await expectError(`GET /healthz HTTP/1.1\r\n${host()}${hdrs(100)}\r\n`, 431, 'headers_too_large',
      { mustClose: true, what: '101 headers' });
    const ok = await rawExchange(s.port, `GET /healthz HTTP/1.1\r\n${host()}${hdrs(98)}\r\n`);
    assert.equal(ok.responses.length, 1);
    assert.equal(ok.responses[0].status, 200);
    assert.deepEqual(ok.responses[0].json, { status: 'ok' });
  });

  it('an oversized Content-Length is refused with 413 before any body byte is sent', async () => {
    const st = await rawConnect(s.port);
    sockets.push(st);
    const head = postHead('Content-Length: 10000000\r\n');
    await st.write(head);
    const t0 = Date.now();
    await st.until(x => parseResponses(x.data).responses.length >= 1, 3000);
    const { responses } = parseResponses(st.data);
    // Everything written on this socket is the head: 0 body bytes.
    assert.equal(st.sock.bytesWritten, Buffer.byteLength(head));
    assert.equal(responses.length, 1, 'a response while 0 body bytes were sent: ' + st.data.toString('latin1'));
    assert.match(responses[0].statusLine, /^HTTP\/1\.1 413 /);
    assert.equal(responses[0].json.error, 'too_large');
    assert.ok(Date.now() - t0 < 2000, 'prompt');
    await st.until(x => x.isClosed, 3000);
    assert.equal(st.isClosed, true, 'server closes instead of reading 10 MB');
    // Just above the 256 KiB request limit, too.
    const st2 = await rawConnect(s.port);
    sockets.push(st2);
    await st2.write(postHead(`Content-Length: ${256 * 1024 + 1}\r\n`));
    await st2.until(x => parseResponses(x.data).responses.length >= 1, 3000);
    const r2 = parseResponses(st2.data).responses;
    assert.equal(r2.length, 1);
    assert.equal(r2[0].status, 413);
    assert.equal(r2[0].json.error, 'too_large');
  });

  it('invalid JSON -> 400 bad_json; invalid UTF-8 in a JSON string -> 400', async () => {
    for (const body of ['{"title":', '{title:"x"}', '["x"', 'null', '[]', '{"title":"x"} trailing', '{"title":"x"}{}',
      '{"title":"x","title":"y"}', '']) {
      const len = Buffer.byteLength(body);
      await expectError(postHead(`Content-Length: ${len}\r\n`) + body, 400, 'bad_json', { what: `JSON ${JSON.stringify(body)}` });
    }
    // Overlong "/", a lone lead byte, a UTF-16 surrogate, 0xff 0xfe; and a valid control to prove the framing.
    for (const bad of [Buffer.from([0xc0, 0xaf]), Buffer.from([0xc3]), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from([0xff, 0xfe]),
      Buffer.from([0xf4, 0x90, 0x80, 0x80])]) {
      const body = Buffer.concat([Buffer.from('{"title":"a'), bad, Buffer.from('b"}')]);
      const req = Buffer.concat([Buffer.from(postHead(`Content-Length: ${body.length}\r\n`)), body]);
      await expectError(req, 400, 'bad_json', { what: `bytes ${bad.toString('hex')}` });
    }
    const good = Buffer.from('{"title":"aéb"}');
    const ok = await rawExchange(s.port, Buffer.concat([Buffer.from(postHead(`Content-Length: ${good.length}\r\n`, `/api/v1/channels/${pub}/posts`)), good]));
    assert.equal(ok.responses[0].status, 201, ok.raw.toString());
    assert.equal(ok.responses[0].json.post.title, 'aéb');
    assert.deepEqual(await s.allEvents(slug), []);
  });

  describe('WebSocket frames on a raw socket', () => {
    async function open() {
      const st = await rawWs(s.port, `/${slug}/ws`);
      sockets.push(st);
      assert.equal(st.handshake.status, 101, st.data.toString('latin1'));
      assert.equal(st.handshake.headers['sec-websocket-accept'], st.expectedAccept);
      assert.match(st.handshake.headers.upgrade, /^websocket$/i);
      const hello = await st.frame(f => f.opcode === 1);
      assert.ok(hello, 'hello frame');
      assert.deepEqual(JSON.parse(hello.payload), { type: 'hello', channel: slug, last_seq: JSON.parse(hello.payload).last_seq, protocol: '1.1' });
      return st;
    }
    async function expectClose(st, code, what, ms = 2000) {
      const t0 = Date.now();
      const f = await st.frame(x => x.opcode === 8, ms);
      assert.ok(f, `${what}: a close frame within ${ms} ms; got ${st.data.subarray(st.headerEnd).toString('hex')}`);
      assert.equal(f.masked, false, 'server frames are unmasked');
      assert.equal(closeInfo(f).code, code, `${what}: close code`);
      await st.until(x => x.isClosed, 2000);
      assert.equal(st.isClosed, true, `${what}: TCP closed after the close frame`);
      return Date.now() - t0;
    }

    it('a valid masked ping message gets a pong (control)', async () => {
      const st = await open();
      await st.write(wsFrame({ opcode: 1, payload: '{"type":"ping"}' }));
      const f = await st.frame(x => x.opcode === 1 && x.payload.toString().includes('pong'));
      assert.ok(f);
      assert.deepEqual(JSON.parse(f.payload), { type: 'pong' });
      await st.write(wsFrame({ opcode: 9, payload: 'hi' }));
      const p = await st.frame(x => x.opcode === 10);
      assert.ok(p, 'pong frame');
      assert.equal(p.payload.toString(), 'hi');
      await st.write(wsFrame({ opcode: 8, payload: Buffer.from([0x03, 0xe8]) }));
      await expectClose(st, 1000, 'client close');
    });

    it('an unmasked client frame -> 1002', async () => {
      const st = await open();
      await st.write(wsFrame({ opcode: 1, payload: '{"type":"ping"}', mask: false }));
      await expectClose(st, 1002, 'unmasked');
    });

    it('reserved opcode 0x3 -> 1002', async () => {
      const st = await open();
      await st.write(wsFrame({ opcode: 3, payload: 'x' }));
      await expectClose(st, 1002, 'opcode 3');
    });

    it('RSV bits set without an extension -> 1002', async () => {
      const st = await open();
      const f = wsFrame({ opcode: 1, payload: '{"type":"ping"}' });
      f[0] |= 0x40;
      await st.write(f);
      await expectClose(st, 1002, 'rsv1');
    });

    it('a frame declaring 1 GiB -> 1009 promptly, without the payload', async () => {
      const st = await open();
      const header = wsFrame({ opcode: 1, declaredLength: 1 << 30, payload: Buffer.alloc(0) });
      // wsFrame appended a mask key; that is the whole header: 2 + 8 + 4 bytes.
      assert.equal(header.length, 14);
      await st.write(header);
      const ms = await expectClose(st, 1009, '1 GiB frame', 1500);
      assert.ok(ms < 1500, `close came in ${ms} ms`);
    });

    it('client messages: 4096 bytes are answered, 4097 bytes or 6000 in fragments -> 1009', async () => {
      const msg = n => '{"type":"ping","pad":"' + 'a'.repeat(n - 24) + '"}';
      assert.equal(msg(4096).length, 4096);
      const st = await open();
      await st.write(wsFrame({ opcode: 1, payload: msg(4096) }));
      const f = await st.frame(x => x.opcode === 1 && x.payload.toString().includes('pong'));
      assert.ok(f, '4 KiB message answered');
      assert.deepEqual(JSON.parse(f.payload), { type: 'pong' });
      await st.write(wsFrame({ opcode: 1, payload: msg(4097) }));
      await expectClose(st, 1009, '4097-byte message');
      const st2 = await open();
      await st2.write(wsFrame({ fin: false, opcode: 1, payload: 'a'.repeat(3000) }));
      await st2.write(wsFrame({ fin: true, opcode: 0, payload: 'a'.repeat(3000) }));
      await expectClose(st2, 1009, '6000 bytes in two fragments');
    });

    it('a fragmented ping (FIN=0 on opcode 0x9) -> 1002', async () => {
      const st = await open();
      await st.write(wsFrame({ fin: false, opcode: 9, payload: 'ab' }));
      await expectClose(st, 1002, 'fragmented ping');
    });

    it('a control frame over 125 bytes -> 1002', async () => {
      const st = await open();
      await st.write(wsFrame({ opcode: 9, payload: Buffer.alloc(126, 0x61) }));
      await expectClose(st, 1002, 'long ping');
    });

    it('invalid UTF-8 in a text frame -> 1007', async () => {
      const st = await open();
      await st.write(wsFrame({ opcode: 1, payload: Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]) }));
      await expectClose(st, 1007, 'bad UTF-8');
    });

    it('invalid UTF-8 split across fragments -> 1007', async () => {
      const st = await open();
      // "é" is c3 a9; send c3 at the end of one fragment and 28 (not a continuation) next.
      await st.write(wsFrame({ fin: false, opcode: 1, payload: Buffer.from([0x22, 0xc3]) }));
      await st.write(wsFrame({ fin: true, opcode: 0, payload: Buffer.from([0x28, 0x22]) }));
      await expectClose(st, 1007, 'split bad UTF-8');
    });

    it('a continuation frame with nothing to continue -> 1002', async () => {
      const st = await open();
      await st.write(wsFrame({ opcode: 0, payload: 'x' }));
      await expectClose(st, 1002, 'stray continuation');
    });
  });

  it('WebSocket upgrade: foreign Origin 403, same-host Origin 101, bad version 426', async () => {
    const evil = upgradeRequest(`/${slug}/ws`, s.port, { origin: 'http://evil.example' }).text;
    const r = await expectError(evil, 403, 'forbidden', { what: 'evil origin' });
    assert.equal(r.headers.upgrade, undefined);
    const lookalike = upgradeRequest(`/${slug}/ws`, s.port, { origin: `http://127.0.0.1:${s.port}.evil.example` }).text;
    await expectError(lookalike, 403, 'forbidden', { what: 'look-alike origin' });
    const otherPort = upgradeRequest(`/${slug}/ws`, s.port, { origin: `http://127.0.0.1:${s.port + 1}` }).text;
    await expectError(otherPort, 403, 'forbidden', { what: 'other port origin' });

    const same = await rawWs(s.port, `/${slug}/ws`, { origin: `http://127.0.0.1:${s.port}` });
    sockets.push(same);
    assert.equal(same.handshake.status, 101);
    assert.equal(same.handshake.headers['sec-websocket-accept'], same.expectedAccept);
    same.destroy();

    for (const version of [null, '8']) {
      const req = upgradeRequest(`/${slug}/ws`, s.port, { version }).text;
      const res = await rawExchange(s.port, req);
      assert.equal(res.responses.length, 1, res.raw.toString('latin1'));
      assert.equal(res.responses[0].status, 426, `version ${version}: ${res.raw.toString('latin1')}`);
      assert.equal(res.responses[0].headers['sec-websocket-version'], '13');
      assert.equal(res.responses[0].headers.upgrade, 'websocket', 'a 426 names the protocol to upgrade to');
    }
    const badKey = await rawExchange(s.port, upgradeRequest(`/${slug}/ws`, s.port, { key: 'short' }).text);
    assert.equal(badKey.responses[0].status, 400, badKey.raw.toString('latin1'));
  });

  it('garbage, a bare CRLFCRLF and an HTTP/0.9 line -> 400; the server survives', async () => {
    await expectError(Buffer.from([0x16, 0x03, 0x01, 0x00, 0xa5, 0x01, 0x00, 0x00, 0xa1, 0x03, 0x03, 0x0d, 0x0a, 0x0d, 0x0a]),
      400, 'bad_request', { mustClose: true, what: 'TLS hello bytes' });
    await expectError(Buffer.from('\x00\x01\x02garbage\xff\xfe\r\n\r\n', 'latin1'), 400, 'bad_request', { mustClose: true, what: 'garbage' });
    // A bare CRLFCRLF: 400, or (RFC 9112 section 2.2 lets a server skip empty lines before a
    // request-line) the connection stays usable for a real request. Never a crash or a wrong answer.
    {
      const st = await rawConnect(s.port);
      sockets.push(st);
      await st.write('\r\n\r\n');
      await st.until(x => x.data.length > 0, 500);
      if (st.data.length > 0) {
        const [res] = parseResponses(st.data).responses;
        assert.match(res.statusLine, /^HTTP\/1\.1 400 /);
        assert.equal(res.json.error, 'bad_request');
        await st.until(x => x.isClosed, 2000);
        assert.equal(st.isClosed, true);
      } else {
        await st.write(`GET /healthz HTTP/1.1\r\n${host()}\r\n`);
        await st.until(x => parseResponses(x.data).responses.length > 0, 2000);
        const rs = parseResponses(st.data).responses;
        assert.equal(rs.length, 1, 'a request after the empty lines is answered: ' + st.data.toString('latin1'));
        assert.equal(rs[0].status, 200);
      }
      st.destroy();
    }
    // Many empty lines are not a free idle connection: capped by the head limit.
    await expectError('\r\n'.repeat(5000), 431, 'headers_too_large', { mustClose: true, what: '5000 empty lines' });
    await expectError('GET /healthz\r\n\r\n', 400, 'bad_request', { mustClose: true, what: 'HTTP/0.9' });
    await expectError(`GET /healthz HTTP/2.0\r\n${host()}\r\n`, 400, 'bad_request', { mustClose: true, what: 'HTTP/2.0 line' });
    await expectError(`GET /healthz HTTP/1.1\r\n${host()}Bad Header\r\n\r\n`, 400, 'bad_request', { mustClose: true, what: 'header without colon' });
    await expectError(`GET /healthz HTTP/1.1\r\n${host()}X-A: 1\r\n folded\r\n\r\n`, 400, 'bad_request', { mustClose: true, what: 'obs-fold' });
    await expectError(`GET /healthz HTTP/1.1\r\n${host()}X-A: a\x00b\r\n\r\n`, 400, 'bad_request', { mustClose: true, what: 'NUL in header' });
    // A client that closes half-way through the head does not hurt.
    const st = await rawConnect(s.port);
    await st.write('GET /heal');
    st.destroy();
  });

  it('HTTP/1.1 without Host -> 400 (RFC 9112 3.2); two Host headers -> 400', async () => {
    await expectError('GET /healthz HTTP/1.1\r\n\r\n', 400, 'bad_request', { what: 'no Host' });
    await expectError(`GET /healthz HTTP/1.1\r\n${host()}Host: evil.example\r\n\r\n`, 400, 'bad_request', { what: 'two Host' });
    // HTTP/1.0 needs no Host.
    const ok = await rawExchange(s.port, 'GET /healthz HTTP/1.0\r\n\r\n');
    assert.equal(ok.responses[0].status, 200);
  });

  it('Transfer-Encoding in an HTTP/1.0 request is faulty framing -> 400 and close (RFC 9112 6.1)', async () => {
    const ch = uniq('te10');
    await s.channel(ch);
    const req = `POST /api/v1/channels/${ch}/posts HTTP/1.0\r\n${host()}${auth()}Connection: keep-alive\r\n` +
      'Transfer-Encoding: chunked\r\n\r\nd\r\n{"title":"x"}\r\n0\r\n\r\n';
    const r = await rawExchange(s.port, req, { waitClose: true, timeout: 1500 });
    assert.equal(r.responses.length, 1, r.raw.toString('latin1'));
    assert.equal(r.responses[0].status, 400, r.raw.toString('latin1'));
    assert.equal(r.responses[0].json.error, 'bad_request');
    assert.equal(r.closed, true, 'connection closed');
    assert.deepEqual(await s.allEvents(ch), []);
  });

  it('Expect: 100-continue gets 100 Continue (or a final status) at once (RFC 9110 10.1.1)', async () => {
    const body = '{"title":"attendu"}';
    const st = await rawConnect(s.port);
    sockets.push(st);
    await st.write(postHead(`Content-Length: ${body.length}\r\nExpect: 100-continue\r\n`, `/api/v1/channels/${pub}/posts`));
    await st.until(x => x.data.indexOf('\r\n\r\n') >= 0, 700);
    assert.ok(st.data.length > 0, 'an immediate interim or final response; the server sent nothing in 700 ms (curl waits 1 s for it)');
    const line = st.data.toString('latin1').split('\r\n')[0];
    assert.match(line, /^HTTP\/1\.1 100 /, 'this request is acceptable, so 100 Continue');
    await st.write(body);
    await st.until(x => parseResponses(x.data.subarray(x.data.indexOf('\r\n\r\n') + 4)).responses.length >= 1, 2000);
    const { responses } = parseResponses(st.data.subarray(st.data.indexOf('\r\n\r\n') + 4));
    assert.equal(responses[0].status, 201);
  });

  it('pipelined GET /healthz twice in one write -> two 200 responses', async () => {
    const one = `GET /healthz HTTP/1.1\r\n${host()}\r\n`;
    const r = await rawExchange(s.port, one + one, { count: 2 });
    assert.equal(r.responses.length, 2, r.raw.toString('latin1'));
    for (const res of r.responses) {
      assert.equal(res.statusLine, 'HTTP/1.1 200 OK');
      assert.deepEqual(res.json, { status: 'ok' });
    }
    // And a POST with a body followed by a GET in the same write.
    const body = '{"title":"pipeline"}';
    const two = postHead(`Content-Length: ${body.length}\r\n`, `/api/v1/channels/${pub}/posts`) + body + one;
    const r2 = await rawExchange(s.port, two, { count: 2 });
    assert.deepEqual(r2.responses.map(x => x.status), [201, 200], r2.raw.toString('latin1'));
    assert.equal(r2.responses[0].json.post.title, 'pipeline');
  });
});
