// A soak under mixed hostile clients, short enough for `make test`: for about
// 25 s one node faces WebSocket clients that ping and never read, pipelined
// catch-ups that are never read, half-sent bodies, stream replays that are
// never read, and a flood of connections opened and dropped. Meanwhile an
// ordinary WebSocket subscriber must receive every post, in order, once, and
// the node's resident memory must stay under the stated budget
// (docs/operating.md, "Limits").
// e2e: alone (scripts/test.sh runs it by itself): it bounds RSS and needs every post delivered during a timed soak.
import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { Server } from './lib/server.mjs';
import { rawConnect, rawWs, wsFrame, wsOpen, wsClose, uniq, metrics } from './lib/proto.mjs';

const MiB = 1 << 20;
const SOAK_MS = 25000;
// --max-buffer-mb 64, the subscriber budgets, the store's cache; scaled under a sanitizer.
const RSS_BUDGET = 320 * MiB * Number(process.env.CRIER_RSS_SCALE || 1);

describe('soak under hostile clients', () => {
  let s;
  after(async () => { if (s) await s.cleanup(); });

  it(`RSS stays under ${RSS_BUDGET / MiB} MiB and an ordinary subscriber misses nothing`, async () => {
    s = new Server({ args: ['--max-buffer-mb', '64', '--sub-max-bytes', String(512 * 1024), '--write-timeout', '5'] });
    await s.start();
    const slug = uniq('soak');
    await s.channel(slug);
    const body = 'Dépêche « soak », M. Martin a dit. '.repeat(800); // ~30 KiB
    for (let i = 0; i < 60; i++) assert.equal((await s.post(slug, { title: 'seed ' + i, body })).status, 201);

    // The ordinary subscriber: reads everything, live from seq 60.
    const good = await wsOpen(`ws://127.0.0.1:${s.port}/${slug}/ws`);
    const seen = [];
    good.on('message', d => { const j = JSON.parse(d.toString()); if (j.type === 'post') seen.push(j.seq); });

    const end = Date.now() + SOAK_MS;
    const live = new Set();
    const track = st => { live.add(st); st.closed.then(() => live.delete(st)); return st; };
    const guard = fn => fn().catch(() => { /* a refused or reset attacker is the point */ });
    let peak = s.rss();
    const sampler = setInterval(() => { try { peak = Math.max(peak, s.rss()); } catch { /* exited */ } }, 200);

    const attackers = [
      // WebSocket clients that send pings and never read.
      guard(async () => {
        const ping = wsFrame({ opcode: 9, payload: Buffer.alloc(100, 1) });
        const jping = wsFrame({ opcode: 1, payload: Buffer.from('{"type":"ping"}') });
        const chunk = Buffer.concat(Array.from({ length: 400 }, (_, i) => (i % 2 ? ping : jping)));
        while (Date.now() < end) {
          const socks = [];
          for (let i = 0; i < 10; i++) {
            try { const w = track(await rawWs(s.port, `/${slug}/ws`)); w.sock.pause(); socks.push(w); } catch { /* busy */ }
          }
          for (let k = 0; k < 20 && Date.now() < end; k++) {
            for (const w of socks) if (!w.isClosed) w.sock.write(chunk, () => {});
            await sleep(100);
          }
          for (const w of socks) w.destroy();
        }
      }),
      // Pipelined catch-ups of the whole history, never read.
      guard(async () => {
        while (Date.now() < end) {
          const socks = [];
          for (let i = 0; i < 8; i++) {
            const st = track(await rawConnect(s.port));
            st.sock.pause();
            st.sock.write(`GET /api/v1/channels/${slug}/events?after=0&limit=1000 HTTP/1.1\r\nHost: x\r\n\r\n`.repeat(6));
            socks.push(st);
          }
          await sleep(3000);
          for (const st of socks) st.destroy();
        }
      }),
      // Half-sent bodies.
      guard(async () => {
        while (Date.now() < end) {
          const socks = [];
          for (let i = 0; i < 100; i++) {
            const st = track(await rawConnect(s.port));
            st.sock.write(`POST /api/v1/channels/${slug}/posts HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n` +
              `Content-Length: ${250 * 1024}\r\n\r\n{"title":"` + 'h'.repeat(120 * 1024), () => {});
            socks.push(st);
          }
          await sleep(2000);
          for (const st of socks) st.destroy();
        }
      }),
      // SSE replays of the whole history, never read.
      guard(async () => {
        while (Date.now() < end) {
          const socks = [];
          for (let i = 0; i < 30; i++) {
            const st = track(await rawConnect(s.port));
            st.sock.pause();
            st.sock.write(`GET /${slug}/events?after=0 HTTP/1.1\r\nHost: x\r\n\r\n`);
            socks.push(st);
          }
          await sleep(2500);
          for (const st of socks) st.destroy();
        }
      }),
      // A flood of connections opened and dropped.
      guard(async () => {
        while (Date.now() < end) {
          const batch = await Promise.allSettled(Array.from({ length: 200 }, () => rawConnect(s.port, 2000)));
          for (const r of batch) if (r.status === 'fulfilled') r.value.destroy();
          await sleep(200);
        }
      }),
    ];

    // The publisher: a post every 150 ms through the whole soak.
    let published = 60;
    const publisher = (async () => {
      while (Date.now() < end) {
        const r = await s.post(slug, { title: 'live ' + published, body: 'court' });
        if (r.status === 201) published = r.json.seq;
        else assert.equal(r.status, 503, 'a publish is refused only as busy: ' + r.text);
        await sleep(150);
      }
    })();

    await Promise.all([...attackers, publisher]);
    for (const st of live) st.destroy();
    clearInterval(sampler);
    assert.equal(s.proc.exitCode, null, 'the node is alive');
    assert.ok(peak < RSS_BUDGET, `peak RSS ${(peak / MiB).toFixed(1)} MiB, budget ${RSS_BUDGET / MiB} MiB`);
    const r = await fetch(s.url + '/healthz', { signal: AbortSignal.timeout(1000) });
    assert.equal(r.status, 200, 'healthz right after the soak');

    // Every post reached the ordinary subscriber, in order, once.
    const deadline = Date.now() + 5000;
    while (seen.length < published - 60 && Date.now() < deadline) await sleep(50);
    const want = Array.from({ length: published - 60 }, (_, i) => 61 + i);
    assert.deepEqual(seen, want, `the subscriber saw ${seen.length} of ${want.length} live posts`);
    assert.equal(good.readyState, 1, 'still connected');
    await wsClose(good);
    const m = await metrics(s);
    console.log(`# soak: peak RSS ${(peak / MiB).toFixed(1)} MiB; published ${published - 60} live posts; ` +
      `refused ${m.m.crier_busy_total} busy, ${m.m.crier_dropped_slow_total} slow, ${m.m.crier_write_timeouts_total} write timeouts`);
  });
});
