// Wire protocol v1.1 (docs/api.md): an event carries one rendering of the
// post's body, its "html". SSE blocks, WebSocket frames (live and replayed)
// and catch-up items have no "body"; catch-up with ?include=source has it,
// as the post endpoint does; the version is announced (X-Crier-Protocol,
// the WebSocket hello); crier tail prints the text of the html.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Server, CRIER, waitFor } from './lib/server.mjs';
import { sseFetch, wsOpen, wsClose, metrics, uniq } from './lib/proto.mjs';

const TITLE = 'Séisme : « alerte » levée';
// About 1 KB of Markdown, as in the benchmark.
const PARA = 'Une secousse de magnitude **7,1** a été ressentie à 14 h au large de la côte, selon M. Dupont. ';
const BODY = `${PARA.repeat(5)}\n\n- un *point*\n- deux & <trois>\n\n${PARA.repeat(5)}`;

const noBody = (post, what) => {
  assert.equal(typeof post.html, 'string', `${what}: html`);
  assert.ok(post.html.includes('<strong>7,1</strong>'), `${what}: the rendered body`);
  assert.ok(!('body' in post), `${what}: no Markdown "body"`);
};

describe('wire protocol v1.1', () => {
  let s;
  const closers = [];
  before(async () => { s = new Server(); await s.start(); });
  after(async () => {
    for (const c of closers.splice(0)) { try { await c(); } catch { /* best effort */ } }
    if (s) await s.cleanup();
  });

  it('SSE, WebSocket and catch-up carry the html alone; include=source and the post endpoint have the body', async () => {
    const slug = uniq('wire');
    await s.channel(slug, { lang: 'fr' });
    const base = (await metrics(s)).m.crier_subscribers;
    const sse = await sseFetch(`${s.url}/${slug}/events`);
    closers.push(() => sse.close());
    assert.equal(sse.headers.get('x-crier-protocol'), '1.1', 'SSE announces the protocol');
    const ws = await wsOpen(`ws://127.0.0.1:${s.port}/${slug}/ws`);
    closers.push(() => wsClose(ws));
    assert.equal(ws.upgradeHeaders['x-crier-protocol'], '1.1', 'the WebSocket upgrade announces it');
    assert.deepEqual((await ws.msgs.next()).json, { type: 'hello', channel: slug, last_seq: 0, protocol: '1.1' });
    await waitFor(async () => (await metrics(s)).m.crier_subscribers >= base + 2, { what: '2 subscribers' });

    const r = await s.post(slug, { title: TITLE, body: BODY, importance: 2 });
    assert.equal(r.status, 201, r.text);
    assert.equal(r.json.post.body, BODY, 'the publish answer keeps the body');
    const ed = await s.api('PATCH', `/api/v1/channels/${slug}/posts/${r.json.id}`, { body: BODY + '\n\nMise à jour.' });
    assert.equal(ed.status, 200, ed.text);

    const live = [await sse.events.next(5000), await sse.events.next(5000)];
    assert.deepEqual(live.map(e => [e.event, e.id]), [['post', '1'], ['edit', '2']]);
    const frames = [(await ws.msgs.next(5000)).json, (await ws.msgs.next(5000)).json];
    for (const [i, what] of [[0, 'post'], [1, 'edit']]) {
      noBody(live[i].json.post, `SSE ${what}`);
      noBody(frames[i].post, `WebSocket ${what}`);
      assert.deepEqual(frames[i], live[i].json, 'the same event on both');
    }
    assert.ok(live[1].json.post.html.includes('Mise à jour.'), 'the edit carries the new html');

    const cu = await s.api('GET', `/api/v1/channels/${slug}/events?after=0`);
    assert.equal(cu.status, 200, cu.text);
    assert.equal(cu.headers.get('x-crier-protocol'), '1.1', 'catch-up announces the protocol');
    assert.deepEqual(cu.json.events, [live[0].json, live[1].json], 'catch-up items are the live events');
    cu.json.events.forEach((e, i) => noBody(e.post, `catch-up item ${i}`));

    const src = await s.api('GET', `/api/v1/channels/${slug}/events?after=0&include=source`);
    assert.equal(src.status, 200, src.text);
    assert.equal(src.json.events[0].post.body, BODY, 'include=source: the Markdown');
    assert.equal(src.json.events[1].post.body, BODY + '\n\nMise à jour.');
    // The answers take the record the store wrote (api_posts.c post_reply).
    assert.deepEqual(r.json.post, src.json.events[0].post, 'the publish answer is the stored record');
    assert.deepEqual(ed.json.post, src.json.events[1].post, 'the edit answer is the stored record');
    src.json.events.forEach((e, i) => {
      const { body: _md, ...rest } = e.post;
      assert.deepEqual({ ...e, post: rest }, cu.json.events[i], 'the same event, with body');
    });
    const bad = await s.api('GET', `/api/v1/channels/${slug}/events?after=0&include=markdown`);
    assert.equal(bad.status, 400, bad.text);
    assert.equal(bad.json.error, 'invalid');

    const got = await s.api('GET', `/api/v1/channels/${slug}/posts/${r.json.id}`);
    assert.equal(got.status, 200, got.text);
    assert.equal(got.json.post?.body ?? got.json.body, BODY + '\n\nMise à jour.', 'the post endpoint has the Markdown');

    // One rendering per delivery: the wire form is smaller by about the body.
    const full = Buffer.byteLength(JSON.stringify(src.json.events[0]));
    const wire = Buffer.byteLength(live[0].data);
    assert.ok(full - wire >= BODY.length, `event ${wire} bytes, with source ${full}`);
  });

  it('replays (SSE ?after, WebSocket resume) and selections are trimmed too', async () => {
    const slug = uniq('replay');
    await s.channel(slug, { lang: 'fr' });
    for (let i = 1; i <= 3; i++) {
      const r = await s.post(slug, { title: `${TITLE} ${i}`, body: BODY, importance: 2 });
      assert.equal(r.status, 201, r.text);
    }
    const sel = await s.api('POST', `/api/v1/channels/${slug}/selections`, {});
    assert.equal(sel.status, 201, sel.text);

    const sse = await sseFetch(`${s.url}/${slug}/events?after=0`);
    closers.push(() => sse.close());
    const replayed = [];
    for (let i = 0; i < 4; i++) replayed.push(await sse.events.next(5000));
    assert.deepEqual(replayed.map(e => e.event), ['post', 'post', 'post', 'selection']);
    replayed.slice(0, 3).forEach((e, i) => noBody(e.json.post, `SSE replay ${i}`));
    const sp = replayed[3].json.post;
    assert.equal(sp.kind, 'selection');
    assert.ok(!('body' in sp), 'the selection event has no Markdown');
    assert.ok(sp.html.includes('href="/'), 'its html links the items');
    assert.ok(sp.items.length >= 1, 'its items');

    const ws = await wsOpen(`ws://127.0.0.1:${s.port}/${slug}/ws`);
    closers.push(() => wsClose(ws));
    assert.equal((await ws.msgs.next()).json.type, 'hello');
    ws.send(JSON.stringify({ type: 'resume', after: 0 }));
    const frames = [];
    for (let i = 0; i < 4; i++) frames.push((await ws.msgs.next(5000)).json);
    assert.deepEqual(frames, replayed.map(e => e.json), 'WebSocket replay: the same events');
    const withSrc = await s.api('GET', `/api/v1/channels/${slug}/events?after=3&include=source`);
    assert.ok(withSrc.json.events[0].post.body.includes(`](/${slug}/`), 'include=source: the selection Markdown');
  });

  it('crier tail prints the text of the html, a line per paragraph or item', async () => {
    const slug = uniq('tail');
    await s.channel(slug, { lang: 'fr' });
    const r = await s.post(slug, { title: 'Titre', body: 'Un *mot* & <b>x</b>.\n\n- un\n- deux\n\nM. Dupont : fin.' });
    assert.equal(r.status, 201, r.text);
    const data = mkdtempSync(join(tmpdir(), 'crier-wire-tail-'));
    try {
      const t = spawnSync(CRIER, ['tail', slug, '--after', '0', '--server', s.url, '--data', data],
        { encoding: 'utf8', timeout: 2500, env: { ...process.env, CRIER_TOKEN: '', TZ: 'UTC' } });
      const lines = t.stdout.split('\n');
      const at = lines.findIndex(l => /^#1 \[post\] \d\d:\d\d Titre$/.test(l));
      assert.ok(at >= 0, t.stdout + t.stderr);
      assert.deepEqual(lines.slice(at + 1, at + 6),
        ['    Un mot & <b>x</b>.', '    - un', '    - deux', '    M. Dupont : fin.', '']);
    } finally { rmSync(data, { recursive: true, force: true }); }
  });
});
