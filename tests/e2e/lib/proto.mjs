// Protocol helpers for the black-box tests: bounded queues, an SSE reader over
// fetch streams, a WebSocket wrapper over `ws`, raw HTTP over node:net, raw
// WebSocket framing, a cuttable TCP proxy and a metrics reader.
import net from 'node:net';
import { createHash, randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import WebSocket from 'ws';

// An async queue whose every wait is bounded.
export class Queue {
  constructor(name = 'queue') { this.name = name; this.items = []; this.waiters = []; this.ended = null; }
  push(v) {
    const w = this.waiters.shift();
    if (w) { clearTimeout(w.t); w.res(v); } else this.items.push(v);
  }
  end(reason) {
    this.ended = reason || 'ended';
    for (const w of this.waiters.splice(0)) { clearTimeout(w.t); w.rej(new Error(`${this.name}: ${this.ended}`)); }
  }
  next(timeout = 3000) {
    if (this.items.length) return Promise.resolve(this.items.shift());
    if (this.ended) return Promise.reject(new Error(`${this.name}: ${this.ended}`));
    return new Promise((res, rej) => {
      const w = { res, rej };
      w.t = setTimeout(() => {
        const i = this.waiters.indexOf(w); if (i >= 0) this.waiters.splice(i, 1);
        rej(new Error(`${this.name}: timed out after ${timeout} ms`));
      }, timeout);
      this.waiters.push(w);
    });
  }
  async take(n, timeout = 3000) {
    const out = [];
    for (let i = 0; i < n; i++) out.push(await this.next(timeout));
    return out;
  }
  // Resolves to whatever arrived within ms (used to prove "nothing more").
  async drain(ms = 300) {
    await sleep(ms);
    return this.items.splice(0);
  }
}

// Parses an SSE byte stream (as text chunks) into {id, event, data} blocks,
// as an EventSource does (WHATWG HTML, "dispatch the event"): a block with no
// data line is not an event, but its id still sets lastId.
export class SseParser {
  constructor(onEvent, onComment) {
    this.buf = ''; this.onEvent = onEvent; this.onComment = onComment || (() => {});
    this.cur = { id: undefined, event: undefined, data: [] };
    this.lastId = '';
  }
  feed(text) {
    this.buf += text;
    for (;;) {
      const m = /\r\n|\r(?!$)|\n/.exec(this.buf);
      if (!m) break;
      const line = this.buf.slice(0, m.index);
      this.buf = this.buf.slice(m.index + m[0].length);
      this.line(line);
    }
  }
  line(line) {
    if (line === '') {
      if (this.cur.id !== undefined) this.lastId = this.cur.id;
      if (this.cur.data.length) {
        this.onEvent({ id: this.cur.id, event: this.cur.event || 'message', data: this.cur.data.join('\n') });
      }
      this.cur = { id: undefined, event: undefined, data: [] };
      return;
    }
    if (line.startsWith(':')) { this.onComment(line.slice(1)); return; }
    const i = line.indexOf(':');
    const field = i < 0 ? line : line.slice(0, i);
    let value = i < 0 ? '' : line.slice(i + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'data') this.cur.data.push(value);
    else if (field === 'id') this.cur.id = value;
    else if (field === 'event') this.cur.event = value;
  }
}

// SSE over fetch: lets a test send any header (Last-Event-ID, Authorization).
// Returns {status, headers, events: Queue of {id,event,data,json}, hellos,
// close(), lastId()}: the stream's `hello` (sent when it starts without a
// position) goes to hellos, not to events, which are the channel's.
export async function sseFetch(url, { headers = {}, timeout = 3000 } = {}) {
  const ac = new AbortController();
  const t = setTimeout(() => ac.abort(), timeout);
  let r;
  try {
    r = await fetch(url, { headers: { accept: 'text/event-stream', ...headers }, signal: ac.signal });
  } finally { clearTimeout(t); }
  const events = new Queue('sse ' + url);
  const comments = [];
  const hellos = [];
  const out = { status: r.status, headers: r.headers, events, comments, hellos, close: () => ac.abort(), lastId: () => '' };
  if (r.status !== 200) { out.text = await r.text(); events.end('status ' + r.status); return out; }
  const parser = new SseParser(ev => {
    let json; try { json = JSON.parse(ev.data); } catch { /* not JSON */ }
    if (ev.event === 'hello') hellos.push({ ...ev, json });
    else events.push({ ...ev, json });
  }, c => comments.push(c));
  out.lastId = () => parser.lastId;
  const dec = new TextDecoder();
  (async () => {
    try {
      for await (const chunk of r.body) parser.feed(dec.decode(chunk, { stream: true }));
      events.end('stream ended');
    } catch (e) { events.end('stream error: ' + e.message); }
  })();
  return out;
}

// A `ws` client with a message queue. Resolves once open.
export function wsOpen(url, opts = {}, timeout = 3000) {
  return new Promise((res, rej) => {
    const ws = new WebSocket(url, opts);
    const msgs = new Queue('ws ' + url);
    const t = setTimeout(() => { ws.terminate(); rej(new Error('ws open timed out: ' + url)); }, timeout);
    ws.on('message', (data, isBinary) => {
      const text = data.toString('utf8');
      let json; try { json = JSON.parse(text); } catch { /* not JSON */ }
      msgs.push({ text, json, isBinary });
    });
    ws.on('close', (code, reason) => { ws.closeInfo = { code, reason: reason.toString() }; msgs.end('closed ' + code); });
    ws.on('error', e => { clearTimeout(t); msgs.end('error ' + e.message); rej(e); });
    ws.on('unexpected-response', (req, resp) => {
      clearTimeout(t);
      const e = new Error('unexpected response ' + resp.statusCode); e.status = resp.statusCode;
      ws.terminate(); rej(e);
    });
    ws.on('upgrade', resp => { ws.upgradeHeaders = resp.headers; });
    ws.on('open', () => { clearTimeout(t); ws.msgs = msgs; res(ws); });
  });
}

export function wsClose(ws) {
  return new Promise(res => {
    if (!ws || ws.readyState === WebSocket.CLOSED) return res();
    const t = setTimeout(() => { ws.terminate(); res(); }, 1000);
    ws.once('close', () => { clearTimeout(t); res(); });
    try { ws.close(); } catch { ws.terminate(); }
  });
}

// Prometheus text -> {name: number} (unlabelled samples only). /metrics
// needs an admin token by default (serve --metrics).
export async function metrics(s, { token = s.token } = {}) {
  const r = await fetch(s.url + '/metrics', { headers: token ? { authorization: 'Bearer ' + token } : {} });
  const text = await r.text();
  const m = {};
  for (const line of text.split('\n')) {
    const x = /^([a-z_]+)\s+([-+0-9.eE]+)$/.exec(line.trim());
    if (x) m[x[1]] = Number(x[2]);
  }
  return { status: r.status, text, m, type: r.headers.get('content-type') };
}

// ---- raw HTTP over node:net ----

// Connects to the server; returns a socket with an accumulated `data` buffer,
// a `closed` promise and helpers. localAddress: the client's own address
// (any 127.x.y.z works on Linux: a client other than the machine itself).
export function rawConnect(port, timeout = 3000, { localAddress } = {}) {
  return new Promise((res, rej) => {
    const sock = net.connect({ host: '127.0.0.1', port, ...(localAddress ? { localAddress } : {}) });
    const st = { sock, data: Buffer.alloc(0), isClosed: false, waiters: [] };
    const t = setTimeout(() => { sock.destroy(); rej(new Error('connect timeout')); }, timeout);
    st.closed = new Promise(r => sock.on('close', () => { st.isClosed = true; r(); wake(); }));
    const wake = () => { for (const w of st.waiters.splice(0)) w(); };
    sock.on('data', d => { st.data = Buffer.concat([st.data, d]); wake(); });
    sock.on('error', () => { /* reset by peer counts as closed */ });
    sock.on('connect', () => { clearTimeout(t); res(st); });
    // Waits until pred(st) is true, the socket closes, or timeout; returns pred's value.
    st.until = async (pred, ms = 3000) => {
      const end = Date.now() + ms;
      for (;;) {
        const v = pred(st);
        if (v) return v;
        if (st.isClosed) return pred(st);
        const left = end - Date.now();
        if (left <= 0) return pred(st);
        await new Promise(r => { const tt = setTimeout(r, left); st.waiters.push(() => { clearTimeout(tt); r(); }); });
      }
    };
    st.write = b => new Promise((r, j) => sock.write(b, e => (e ? j(e) : r())));
    st.destroy = () => sock.destroy();
  });
}

// Parses complete HTTP/1.1 responses from a buffer. Returns
// {responses:[{status, reason, headers, body(Buffer), json}], rest}.
export function parseResponses(buf) {
  const responses = [];
  let off = 0;
  for (;;) {
    const end = buf.indexOf('\r\n\r\n', off);
    if (end < 0) break;
    const head = buf.subarray(off, end).toString('latin1');
    const lines = head.split('\r\n');
    const m = /^HTTP\/1\.[01] (\d{3}) ?(.*)$/.exec(lines[0]);
    if (!m) throw new Error('bad status line: ' + JSON.stringify(lines[0]));
    const headers = {};
    for (const l of lines.slice(1)) {
      const i = l.indexOf(':');
      const k = l.slice(0, i).trim().toLowerCase();
      const v = l.slice(i + 1).trim();
      headers[k] = headers[k] === undefined ? v : headers[k] + ', ' + v;
    }
    const status = Number(m[1]);
    let bodyStart = end + 4;
    let body;
    if (headers['content-length'] !== undefined) {
      const n = Number(headers['content-length']);
      if (buf.length < bodyStart + n) break;
      body = buf.subarray(bodyStart, bodyStart + n);
      off = bodyStart + n;
    } else if (status === 101 || status === 204 || status === 304) {
      body = Buffer.alloc(0);
      off = bodyStart;
    } else {
      // Until close.
      body = buf.subarray(bodyStart);
      off = buf.length;
    }
    let json = null;
    try { json = JSON.parse(body.toString('utf8')); } catch { /* not JSON */ }
    responses.push({ status, reason: m[2], headers, body, json, statusLine: lines[0] });
    if (status === 101) break;
  }
  return { responses, rest: buf.subarray(off) };
}

// Sends bytes on a fresh connection, waits for `count` responses (or close),
// then, when waitClose, waits for the server to close. Returns
// {responses, closed, raw}.
export async function rawExchange(port, bytes, { count = 1, waitClose = false, timeout = 3000 } = {}) {
  const st = await rawConnect(port);
  try {
    await st.write(bytes);
    await st.until(x => { try { return parseResponses(x.data).responses.length >= count; } catch { return true; } }, timeout);
    if (waitClose) await st.until(x => x.isClosed, timeout);
    const { responses } = parseResponses(st.data);
    return { responses, closed: st.isClosed, raw: st.data };
  } finally { st.destroy(); }
}

// ---- raw WebSocket ----

export function wsKey() { return randomBytes(16).toString('base64'); }
export function wsAccept(key) {
  return createHash('sha1').update(key + '258EAFA5-E914-47DA-95CA-C5AB0DC85B11').digest('base64');
}

export function upgradeRequest(path, port, { key = wsKey(), origin, version = '13', extra = [] } = {}) {
  const lines = [`GET ${path} HTTP/1.1`, `Host: 127.0.0.1:${port}`, 'Upgrade: websocket', 'Connection: Upgrade',
    `Sec-WebSocket-Key: ${key}`];
  if (version !== null) lines.push(`Sec-WebSocket-Version: ${version}`);
  if (origin) lines.push(`Origin: ${origin}`);
  lines.push(...extra);
  return { text: lines.join('\r\n') + '\r\n\r\n', key };
}

// Builds a client frame. mask: true (random key), false (unmasked) or a 4-byte Buffer.
export function wsFrame({ fin = true, opcode = 1, payload = Buffer.alloc(0), mask = true, declaredLength } = {}) {
  const p = Buffer.isBuffer(payload) ? payload : Buffer.from(payload);
  const len = declaredLength !== undefined ? declaredLength : p.length;
  const hdr = [(fin ? 0x80 : 0) | (opcode & 0x0f)];
  const mbit = mask ? 0x80 : 0;
  let ext = Buffer.alloc(0);
  if (len <= 125) hdr.push(mbit | len);
  else if (len <= 0xffff) { hdr.push(mbit | 126); ext = Buffer.alloc(2); ext.writeUInt16BE(len); }
  else { hdr.push(mbit | 127); ext = Buffer.alloc(8); ext.writeBigUInt64BE(BigInt(len)); }
  const parts = [Buffer.from(hdr), ext];
  if (mask) {
    const key = Buffer.isBuffer(mask) ? mask : randomBytes(4);
    const body = Buffer.from(p);
    for (let i = 0; i < body.length; i++) body[i] ^= key[i & 3];
    parts.push(key, body);
  } else parts.push(p);
  return Buffer.concat(parts);
}

// Parses server frames from a buffer. Returns {frames:[{fin, opcode, masked, payload}], rest}.
export function parseFrames(buf) {
  const frames = [];
  let off = 0;
  for (;;) {
    if (buf.length - off < 2) break;
    const b0 = buf[off], b1 = buf[off + 1];
    let len = b1 & 0x7f, p = off + 2;
    if (len === 126) { if (buf.length < p + 2) break; len = buf.readUInt16BE(p); p += 2; }
    else if (len === 127) { if (buf.length < p + 8) break; len = Number(buf.readBigUInt64BE(p)); p += 8; }
    const masked = !!(b1 & 0x80);
    let key;
    if (masked) { if (buf.length < p + 4) break; key = buf.subarray(p, p + 4); p += 4; }
    if (buf.length < p + len) break;
    let payload = Buffer.from(buf.subarray(p, p + len));
    if (masked) for (let i = 0; i < payload.length; i++) payload[i] ^= key[i & 3];
    frames.push({ fin: !!(b0 & 0x80), rsv: (b0 >> 4) & 7, opcode: b0 & 0x0f, masked, payload });
    off = p + len;
  }
  return { frames, rest: buf.subarray(off) };
}

export function closeInfo(frame) {
  if (!frame || frame.opcode !== 8) return null;
  if (frame.payload.length < 2) return { code: 1005, reason: '' };
  return { code: frame.payload.readUInt16BE(0), reason: frame.payload.subarray(2).toString('utf8') };
}

// Opens a raw socket, completes a WebSocket handshake on path, and returns the
// connection with `frames()` (frames received after the 101).
export async function rawWs(port, path, opts = {}) {
  const st = await rawConnect(port);
  const { text, key } = upgradeRequest(path, port, opts);
  await st.write(text);
  await st.until(x => x.data.indexOf('\r\n\r\n') >= 0, 3000);
  const end = st.data.indexOf('\r\n\r\n');
  if (end < 0) { st.destroy(); throw new Error('no handshake answer'); }
  const { responses } = parseResponses(st.data.subarray(0, end + 4));
  const res = responses[0];
  st.handshake = res;
  st.expectedAccept = wsAccept(key);
  st.headerEnd = end + 4;
  st.frames = () => parseFrames(st.data.subarray(st.headerEnd)).frames;
  // Waits for a frame matching pred; returns it or undefined.
  st.frame = async (pred, ms = 3000) => st.until(x => x.frames().find(pred), ms);
  return st;
}

// ---- a TCP proxy whose connections can be cut and held ----

export async function cutProxy(targetPort) {
  const conns = new Set();
  let held = [];
  let holding = false;
  const requests = [];
  const pipe = client => {
    const up = net.connect({ host: '127.0.0.1', port: targetPort });
    const pair = { client, up };
    conns.add(pair);
    let first = true;
    client.on('data', d => {
      if (first) { requests.push(d.toString('latin1')); first = false; }
      up.write(d);
    });
    up.on('data', d => client.write(d));
    const done = () => { conns.delete(pair); client.destroy(); up.destroy(); };
    client.on('close', done); up.on('close', done);
    client.on('error', done); up.on('error', done);
  };
  const server = net.createServer(client => {
    client.pause();
    if (holding) { held.push(client); client.on('error', () => {}); return; }
    client.resume();
    pipe(client);
  });
  await new Promise(r => server.listen(0, '127.0.0.1', r));
  return {
    port: server.address().port,
    requests, // first chunk (the request head) of every proxied connection
    // Destroys every live connection and holds new ones until release().
    cut() { holding = true; for (const { client, up } of conns) { client.destroy(); up.destroy(); } conns.clear(); },
    release() { holding = false; const h = held; held = []; for (const c of h) { c.resume(); pipe(c); } },
    async close() {
      for (const { client, up } of conns) { client.destroy(); up.destroy(); }
      for (const c of held) c.destroy();
      await new Promise(r => server.close(r));
    },
  };
}

export const uniq = (() => { let n = 0; return p => `${p}-${Date.now().toString(36)}-${++n}`; })();
