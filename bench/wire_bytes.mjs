#!/usr/bin/env node
// bench/wire_bytes.mjs: bytes per delivery of one post, wire protocol v1
// (the event carried the Markdown "body" and its "html") against v1.1 (the
// "html" alone), for WebSocket and SSE. It starts ./crier (or $CRIER_BIN),
// publishes each sample post, and takes the v1.1 sizes from what a live SSE
// stream and a WebSocket really receive; the v1 sizes are the same events
// from catch-up with ?include=source, whose JSON is byte for byte what v1
// sent, framed the same way. Deterministic: no timing, no load.
//   node bench/wire_bytes.mjs [--payload 1024]
import { parseArgs } from 'node:util';
import { Server } from '../tests/e2e/lib/server.mjs';
import { sseFetch, wsOpen, wsClose } from '../tests/e2e/lib/proto.mjs';

const { values: o } = parseArgs({ options: { payload: { type: 'string', default: '1024' } } });
const B = Number(o.payload);

// bench/load.c's post: "bench t=<20 digits>" and B bytes of its filler.
const FILLER = 'lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt ut labore et dolore magna aliqua ';
const fill = (n) => FILLER.repeat(Math.ceil(n / FILLER.length)).slice(0, n);
// A news post of about B bytes of Markdown: paragraphs, emphasis, a link, a list, French typography.
const NEWS_PARA = 'Une secousse de magnitude **7,1** a été ressentie à 14 h 02 au large de la préfecture de Miyagi, ' +
  'selon l’[Agence météorologique japonaise](https://www.jma.go.jp/). « Il n’y a pas de risque de tsunami », ' +
  'a déclaré M. Tanaka, porte-parole du gouvernement, qui appelle *au calme*.';
function news(n) {
  const parts = [];
  let len = 0;
  for (let i = 0; ; i++) {
    const p = i % 3 === 2 ? '- les trains *Shinkansen* sont arrêtés\n- aucune victime signalée à 15 h' : NEWS_PARA;
    if (parts.length && len + Buffer.byteLength(p) > n) break;
    parts.push(p);
    len += Buffer.byteLength(p) + 2;
  }
  return parts.join('\n\n');
}

const POSTS = [
  ['bench (load.c filler)', { title: `bench t=${'0'.repeat(20)}`, body: fill(B) }],
  ['news (Markdown)', { title: 'Séisme au large du Japon : « pas de tsunami »', body: news(B), importance: 2, tags: ['séisme', 'Japon'] }],
];

const wsLen = (n) => n + (n < 126 ? 2 : n < 65536 ? 4 : 10); // server frames are unmasked
const sseLen = (id, ev, data) => Buffer.byteLength(`id: ${id}\nevent: ${ev}\ndata: ${data}\n\n`);

const s = new Server({ threads: 1 });
await s.start();
try {
  await s.channel('wire', { lang: 'fr' });
  const sse = await sseFetch(`${s.url}/wire/events`);
  const ws = await wsOpen(`ws://127.0.0.1:${s.port}/wire/ws`);
  await ws.msgs.next(); // hello
  const rows = [];
  for (const [name, post] of POSTS) {
    const r = await s.post('wire', post);
    if (r.status !== 201) throw new Error(`publish: ${r.status} ${r.text}`);
    const live = await sse.events.next(5000);
    const frame = await ws.msgs.next(5000);
    const v1 = await s.api('GET', `/api/v1/channels/wire/events?after=${r.json.seq - 1}&limit=1&include=source`);
    const src = JSON.stringify(v1.json.events[0]);
    const md = Buffer.byteLength(post.body), html = Buffer.byteLength(r.json.post.html);
    rows.push({
      name, md, html,
      ws_v1: wsLen(Buffer.byteLength(src)), ws_v11: wsLen(Buffer.byteLength(frame.text)),
      sse_v1: sseLen(live.id, live.event, src), sse_v11: sseLen(live.id, live.event, live.data),
    });
  }
  sse.close();
  await wsClose(ws);
  const pct = (a, b) => `${(100 * (b - a) / a).toFixed(0)}%`;
  console.log(`post                    body_md  html   ws_v1  ws_v1.1  change   sse_v1  sse_v1.1  change`);
  for (const x of rows) {
    console.log(`${x.name.padEnd(22)} ${String(x.md).padStart(7)} ${String(x.html).padStart(5)} ` +
      `${String(x.ws_v1).padStart(7)} ${String(x.ws_v11).padStart(8)} ${pct(x.ws_v1, x.ws_v11).padStart(7)} ` +
      `${String(x.sse_v1).padStart(8)} ${String(x.sse_v11).padStart(9)} ${pct(x.sse_v1, x.sse_v11).padStart(7)}`);
  }
  for (const x of rows) {
    console.log(`RESULT wire post="${x.name}" body_md=${x.md} html=${x.html} ws_v1=${x.ws_v1} ws_v11=${x.ws_v11} ` +
      `sse_v1=${x.sse_v1} sse_v11=${x.sse_v11}`);
  }
} finally {
  await s.cleanup();
}
