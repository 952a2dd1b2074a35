// Helpers for the reliability tests (kill -9, slow subscribers): subscribers
// that record every event they get and resume on their own terms, raw-socket
// stream readers that can stop reading, paced publishers and /metrics.
//
// Every wait here is bounded; every retry loop has a count and a deadline.
import net from 'node:net';
import { randomBytes } from 'node:crypto';
import { StringDecoder } from 'node:string_decoder';
import { setTimeout as sleep } from 'node:timers/promises';
import EventSource from 'eventsource';
import WebSocket from 'ws';

export const EVENT_TYPES = new Set(['post', 'edit', 'delete', 'selection']);

// Small seeded PRNG (mulberry32), so a run can be replayed from its logged seed.
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6D2B79F5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Bounded wait on a predicate (sync or async).
export async function until(pred, { timeout = 5000, step = 20, what = 'condition' } = {}) {
  const end = Date.now() + timeout;
  for (let i = 0; ; i++) {
    const v = await pred();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
    await sleep(step);
  }
}

// Describes how `got` differs from `want` (two arrays of seqs), or null when
// they are equal. Used as the message of the exact assertions.
export function seqDiff(got, want) {
  if (got.length === want.length && got.every((v, i) => v === want[i])) return null;
  const seen = new Map();
  const dups = [];
  for (const s of got) {
    const n = (seen.get(s) || 0) + 1;
    seen.set(s, n);
    if (n === 2) dups.push(s);
  }
  const wantSet = new Set(want);
  const missing = want.filter(s => !seen.has(s));
  const extra = [...seen.keys()].filter(s => !wantSet.has(s));
  let firstBad = 0;
  while (firstBad < got.length && firstBad < want.length && got[firstBad] === want[firstBad]) firstBad++;
  const show = a => (a.length > 12 ? `${a.slice(0, 12).join(',')},... (${a.length})` : a.join(','));
  return `got ${got.length} seqs, want ${want.length}; missing [${show(missing)}]; duplicated [${show(dups)}]; ` +
    `unexpected [${show(extra)}]; first difference at index ${firstBad}: got ${got[firstBad]} want ${want[firstBad]}; ` +
    `got around it: ${got.slice(Math.max(0, firstBad - 3), firstBad + 4).join(',')}`;
}

export function range1(n) {
  return Array.from({ length: n }, (_, i) => i + 1);
}

// /metrics as {name: number} (with the admin token: serve --metrics).
export async function metrics(s) {
  const r = await fetch(s.url + '/metrics', { signal: AbortSignal.timeout(5000), headers: { authorization: 'Bearer ' + s.token } });
  if (r.status !== 200) throw new Error('/metrics answered ' + r.status);
  const out = {};
  for (const line of (await r.text()).split('\n')) {
    const m = /^([a-z_]+)\s+([0-9.eE+-]+)$/.exec(line);
    if (m) out[m[1]] = Number(m[2]);
  }
  return out;
}

// Restarts a killed server on its data dir, on the same port if it can still
// be bound, else on a new one. Returns {samePort, port}.
export async function restart(s) {
  const old = s.port;
  try {
    await s.start();
    return { samePort: s.port === old, port: s.port };
  } catch (e) {
    s.port = 0;
    await s.start();
    return { samePort: false, port: s.port, firstError: String(e.message).slice(0, 300) };
  }
}

// ---- recording subscribers over real clients ----

// Common bookkeeping: `events` is the list this subscriber holds as received
// (after its own resume rules), `last` the seq it would resume after.
class Recorder {
  constructor({ name, after = 0 }) {
    this.name = name;
    this.startAfter = after;
    this.events = [];
    this.last = after;
    this.connects = 0;    // connections that got as far as the stream
    this.attempts = 0;    // connection attempts
    this.slowCloses = 0;  // server said "slow"
    this.anomalies = [];  // anything a correct server never does
    this.stopped = false;
    this.timer = null;
    this.maxAttempts = 5000;
  }

  push(rec) {
    this.events.push(rec);
    this.last = rec.seq;
  }

  truncate(len) {
    this.events.length = len;
    this.last = len ? this.events[len - 1].seq : this.startAfter;
  }

  seqs() {
    return this.events.map(e => e.seq);
  }

  scheduleReopen(ms) {
    if (this.stopped || this.timer) return;
    if (this.attempts >= this.maxAttempts) {
      this.anomalies.push(`gave up after ${this.attempts} connection attempts`);
      return;
    }
    this.timer = setTimeout(() => { this.timer = null; if (!this.stopped) this.open(); }, ms);
  }

  stopTimer() {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}

// SSE through the `eventsource` package. It reconnects under our control: on
// any error the EventSource is closed and a new one is made (to the current
// base URL, which changes if the server came back on another port) that
// resumes after the last event *dispatched* to us, with a Last-Event-ID header
// (mode 'header') or ?after= (mode 'query'). eventsource's own reconnect would
// resume after the last `id:` line it parsed, even from an event cut in half.
export class SseSub extends Recorder {
  constructor({ base, slug, mode = 'header', after = 0, name = 'sse', retryMs = 50 }) {
    super({ name, after });
    this.base = base;
    this.slug = slug;
    this.mode = mode;
    this.retryMs = retryMs;
    this.es = null;
    this.open();
  }

  open() {
    if (this.stopped) return;
    this.attempts++;
    const q = this.mode === 'query' ? `?after=${this.last}` : '';
    const init = this.mode === 'header' ? { headers: { 'Last-Event-ID': String(this.last) } } : {};
    const es = new EventSource(`${this.base()}/${this.slug}/events${q}`, init);
    this.es = es;
    es.reconnectInterval = 10; // its own timer then finds the source closed and does nothing
    es.onopen = () => { if (this.es === es) this.connects++; };
    for (const type of EVENT_TYPES) {
      es.addEventListener(type, e => {
        if (this.es !== es) return;
        let d;
        try { d = JSON.parse(e.data); } catch { this.anomalies.push('bad JSON: ' + e.data.slice(0, 80)); return; }
        if (String(d.seq) !== e.lastEventId) this.anomalies.push(`id: ${e.lastEventId} but seq ${d.seq}`);
        if (d.type !== type) this.anomalies.push(`event: ${type} but type ${d.type}`);
        this.push({ seq: d.seq, id: d.id, type, title: d.post && d.post.title });
      });
    }
    es.addEventListener('close', e => {
      if (this.es !== es) return;
      if (/"reason"\s*:\s*"slow"/.test(e.data)) this.slowCloses++;
      else this.anomalies.push('close event: ' + e.data);
    });
    es.addEventListener('gap', e => { this.anomalies.push('gap: ' + e.data); });
    es.addEventListener('message', e => { this.anomalies.push('untyped message: ' + String(e.data).slice(0, 80)); });
    es.onerror = () => {
      if (this.es !== es) return;
      es.close();
      this.es = null;
      this.scheduleReopen(this.retryMs);
    };
  }

  stop() {
    this.stopTimer();
    if (this.es) this.es.close();
    this.es = null;
  }
}

// WebSocket through the `ws` package. Mode 'query' reconnects to ?after=<last>
// and takes every event as it comes. Mode 'message' connects without a resume
// point and sends {"type":"resume","after":N} on the hello. Until the server
// has acted on it, live events (all > N) may arrive; the resumed stream is
// the one that starts with N+1. So: events before the first N+1 are set aside
// (they must all be > N), and a second N+1 (the replay of a live N+1 that came
// before the resume took effect) restarts the connection's list once. A third
// N+1, or any other repeat, is recorded as is, and the test sees it.
export class WsSub extends Recorder {
  constructor({ base, slug, mode = 'query', after = 0, name = 'ws', retryMs = 50 }) {
    super({ name, after });
    this.base = base;
    this.slug = slug;
    this.mode = mode;
    this.retryMs = retryMs;
    this.ws = null;
    this.closeCodes = [];
    this.setAside = 0;
    this.open();
  }

  open() {
    if (this.stopped) return;
    this.attempts++;
    const q = this.mode === 'query' ? `?after=${this.last}` : '';
    const ws = new WebSocket(`${this.base().replace(/^http/, 'ws')}/${this.slug}/ws${q}`, { handshakeTimeout: 3000 });
    this.ws = ws;
    const conn = { base: this.events.length, resumeAt: null, started: this.mode === 'query', nplus1: 0, hello: false };
    ws.on('open', () => { if (this.ws === ws) this.connects++; });
    ws.on('message', (data, isBinary) => {
      if (this.ws !== ws) return;
      if (isBinary) { this.anomalies.push('binary message'); return; }
      let m;
      try { m = JSON.parse(String(data)); } catch { this.anomalies.push('bad JSON: ' + String(data).slice(0, 80)); return; }
      if (m.type === 'hello') {
        if (conn.hello) this.anomalies.push('second hello');
        conn.hello = true;
        if (this.mode === 'message') {
          conn.resumeAt = this.last;
          ws.send(JSON.stringify({ type: 'resume', after: this.last }));
        }
        return;
      }
      if (!EVENT_TYPES.has(m.type)) {
        if (m.type !== 'pong') this.anomalies.push('message: ' + String(data).slice(0, 120));
        return;
      }
      if (!conn.hello) this.anomalies.push(`event ${m.seq} before hello`);
      const rec = { seq: m.seq, id: m.id, type: m.type, title: m.post && m.post.title };
      if (this.mode === 'message' && conn.resumeAt !== null) {
        if (rec.seq === conn.resumeAt + 1 && conn.nplus1 < 2) {
          conn.nplus1++;
          conn.started = true;
          this.truncate(conn.base);
          this.push(rec);
          return;
        }
        if (!conn.started) {
          this.setAside++;
          if (rec.seq <= conn.resumeAt) this.anomalies.push(`live event ${rec.seq} at or before resume point ${conn.resumeAt}`);
          return;
        }
      }
      this.push(rec);
    });
    ws.on('close', (code, reason) => {
      if (this.ws !== ws) return;
      this.ws = null;
      const r = String(reason);
      this.closeCodes.push(code);
      if (code === 1008 && r === 'slow') this.slowCloses++;
      this.scheduleReopen(this.retryMs);
    });
    ws.on('error', () => { /* 'close' follows */ });
  }

  stop() {
    this.stopTimer();
    if (this.ws) this.ws.terminate();
    this.ws = null;
  }
}

// ---- raw-socket stream readers (they can stop reading) ----

// Parses SSE text into blocks {id, event, data, comment}; returns
// {blocks, rest} where rest is an unfinished block.
export function parseSse(text) {
  const blocks = [];
  let start = 0;
  for (;;) {
    const end = text.indexOf('\n\n', start);
    if (end < 0) break;
    const lines = text.slice(start, end).split('\n');
    const b = {};
    for (const line of lines) {
      if (line.startsWith(':')) { b.comment = true; continue; }
      const i = line.indexOf(':');
      const field = i < 0 ? line : line.slice(0, i);
      let value = i < 0 ? '' : line.slice(i + 1);
      if (value.startsWith(' ')) value = value.slice(1);
      if (field === 'data') b.data = b.data === undefined ? value : b.data + '\n' + value;
      else b[field] = value;
    }
    blocks.push(b);
    start = end + 2;
  }
  return { blocks, rest: text.slice(start) };
}

// Parses unmasked server WebSocket frames; returns {frames, rest}.
export function parseWsFrames(buf) {
  const frames = [];
  let p = 0;
  for (;;) {
    if (buf.length - p < 2) break;
    const b0 = buf[p], b1 = buf[p + 1];
    let len = b1 & 0x7f, h = 2;
    if (b1 & 0x80) throw new Error('server frame is masked');
    if (len === 126) { if (buf.length - p < 4) break; len = buf.readUInt16BE(p + 2); h = 4; }
    else if (len === 127) { if (buf.length - p < 10) break; len = Number(buf.readBigUInt64BE(p + 2)); h = 10; }
    if (buf.length - p < h + len) break;
    frames.push({ fin: !!(b0 & 0x80), opcode: b0 & 0x0f, payload: buf.subarray(p + h, p + h + len) });
    p += h + len;
  }
  return { frames, rest: buf.subarray(p) };
}

// One stream over node:net. open() sends the request and resolves with the
// response status once the head is in; what follows is parsed as it arrives
// into `msgs` (SSE blocks {id, event, data} or WS frames {opcode, payload})
// and `events` ({seq, type, data}). pause() stops reading (the kernel
// buffers fill, then the server's queue); resume() reads again. `ended`
// resolves when the connection is over, saying how: 'fin' (the server closed
// it cleanly), 'error:<code>' or 'closed'.
export class RawStream {
  constructor({ port, path, kind = 'sse', headers = {} }) {
    this.port = port;
    this.path = path;
    this.kind = kind;
    this.headers = headers;
    this.bytes = 0;
    this.head = null;
    this.endedHow = null;
    this.msgs = [];
    this.events = [];
    this.anomalies = [];
    this.hello = null;
    this.text = '';              // SSE: unparsed text
    this.buf = Buffer.alloc(0);  // WS: unparsed bytes
    this.decoder = new StringDecoder('utf8');
  }

  open({ timeout = 5000 } = {}) {
    return new Promise((resolve, reject) => {
      const sock = net.connect({ host: '127.0.0.1', port: this.port });
      this.sock = sock;
      let pre = Buffer.alloc(0);
      const timer = setTimeout(() => { sock.destroy(); reject(new Error(`no response head from ${this.path} in ${timeout} ms`)); }, timeout);
      this.ended = new Promise(res => {
        sock.on('end', () => { if (!this.endedHow) this.endedHow = 'fin'; });
        sock.on('error', e => { if (!this.endedHow) this.endedHow = 'error:' + (e.code || e.message); });
        sock.on('close', () => {
          clearTimeout(timer);
          if (!this.endedHow) this.endedHow = 'closed';
          if (this.head === null) reject(new Error('closed before the response head: ' + pre.toString('latin1').slice(0, 200)));
          res(this.endedHow);
        });
      });
      sock.on('connect', () => {
        const h = [`GET ${this.path} HTTP/1.1`, `Host: 127.0.0.1:${this.port}`];
        if (this.kind === 'ws') {
          h.push('Upgrade: websocket', 'Connection: Upgrade', 'Sec-WebSocket-Version: 13',
            'Sec-WebSocket-Key: ' + randomBytes(16).toString('base64'));
        } else {
          h.push('Accept: text/event-stream');
        }
        for (const [k, v] of Object.entries(this.headers)) h.push(`${k}: ${v}`);
        sock.write(h.join('\r\n') + '\r\n\r\n');
      });
      sock.on('data', d => {
        if (this.head === null) {
          pre = Buffer.concat([pre, d]);
          const i = pre.indexOf('\r\n\r\n');
          if (i < 0) return;
          this.head = pre.subarray(0, i).toString('latin1');
          this.status = Number(/^HTTP\/1\.1 (\d{3})/.exec(this.head)?.[1]);
          const rest = pre.subarray(i + 4);
          if (rest.length) this.feed(rest);
          clearTimeout(timer);
          resolve(this.status);
          return;
        }
        this.feed(d);
      });
    });
  }

  feed(d) {
    this.bytes += d.length;
    if (this.kind === 'sse') {
      this.text += this.decoder.write(d);
      const { blocks, rest } = parseSse(this.text);
      this.text = rest;
      for (const b of blocks) {
        if (b.data === undefined && b.event === undefined) continue; // heartbeat, retry:
        this.msgs.push(b);
        if (EVENT_TYPES.has(b.event)) {
          let m = null;
          try { m = JSON.parse(b.data); } catch { this.anomalies.push('bad JSON ' + String(b.data).slice(0, 80)); }
          if (m && String(m.seq) !== b.id) this.anomalies.push(`id: ${b.id} but seq ${m.seq}`);
          this.events.push({ seq: Number(b.id), type: b.event, title: m?.post?.title });
        }
      }
      return;
    }
    this.buf = this.buf.length ? Buffer.concat([this.buf, d]) : d;
    const { frames, rest } = parseWsFrames(this.buf);
    this.buf = Buffer.from(rest);
    for (const f of frames) {
      this.msgs.push(f);
      if (f.opcode !== 1) continue;
      let m = null;
      try { m = JSON.parse(f.payload.toString('utf8')); } catch { this.anomalies.push('bad JSON'); continue; }
      if (m.type === 'hello') this.hello = m;
      else if (EVENT_TYPES.has(m.type)) this.events.push({ seq: m.seq, type: m.type, title: m.post?.title });
      else if (m.type !== 'pong') this.anomalies.push('message ' + m.type);
    }
  }

  pause() { this.sock.pause(); }
  resume() { this.sock.resume(); }
  destroy() { this.sock.destroy(); }
  seqs() { return this.events.map(e => e.seq); }
  lastMsg() { return this.msgs.at(-1); }
  // Bytes that did not make a whole message.
  leftover() { return this.kind === 'sse' ? Buffer.byteLength(this.text) : this.buf.length; }

  // Waits (bounded) until the server has closed the connection; null on timeout.
  async waitEnded(timeout = 10000) {
    let t;
    const r = await Promise.race([this.ended, new Promise(res => { t = setTimeout(() => res(null), timeout); })]);
    clearTimeout(t);
    return r;
  }
}

// True when a parsed SSE block is the server's `event: close` for `slow`.
export function isSseSlowClose(b) {
  if (!b || b.event !== 'close') return false;
  try { return JSON.parse(b.data).reason === 'slow'; } catch { return false; }
}

// Decodes a WebSocket close frame payload.
export function closeFrame(f) {
  if (!f || f.opcode !== 8) return null;
  return { code: f.payload.length >= 2 ? f.payload.readUInt16BE(0) : null, reason: f.payload.subarray(2).toString('utf8') };
}

// ---- publishing ----

// Publishes `total` posts, post i due at t0 + i/rate, from `concurrency`
// keep-alive workers (Node's fetch pools connections per origin). Each
// attempt has its own title (`${prefix}-p${i}-a${a}`), so a retried post is
// never confused with an unacknowledged attempt that the store kept. A post
// is acknowledged only by a 201 whose JSON body was read. Failed attempts are
// retried after `retryMs` until `deadline`.
export async function publish({ s, slug, total, rate = Infinity, concurrency = 8, prefix, body = () => '',
  deadline, retryMs = 20, onAck }) {
  const acked = [];
  const failures = [];
  const attempts = [];
  const t0 = performance.now();
  let next = 0;
  const worker = async () => {
    for (;;) {
      const i = next++;
      if (i >= total) return;
      if (rate !== Infinity) {
        const wait = t0 + (i * 1000) / rate - performance.now();
        if (wait > 0) await sleep(wait);
      }
      for (let a = 0; ; a++) {
        if (Date.now() > deadline) throw new Error(`publisher gave up on post ${i} after ${a} attempts; last failures: ${JSON.stringify(failures.slice(-3))}`);
        const title = `${prefix}-p${i}-a${a}`;
        attempts.push(title);
        try {
          const res = await fetch(`${s.url}/api/v1/channels/${slug}/posts`, {
            method: 'POST',
            headers: { authorization: 'Bearer ' + s.token, 'content-type': 'application/json' },
            body: JSON.stringify({ title, body: body(i) }),
            signal: AbortSignal.timeout(5000),
          });
          const text = await res.text();
          if (res.status === 201) {
            const j = JSON.parse(text);
            const rec = { i, title, seq: j.seq, id: j.id, at: performance.now() - t0 };
            acked.push(rec);
            if (onAck) onAck(rec);
            break;
          }
          failures.push({ title, kind: 'http', status: res.status, text: text.slice(0, 200) });
        } catch (e) {
          failures.push({ title, kind: 'conn', err: String((e.cause && e.cause.code) || e.message) });
        }
        await sleep(retryMs);
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { acked, failures, attempts, ms: performance.now() - t0 };
}
