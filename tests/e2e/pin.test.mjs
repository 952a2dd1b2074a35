// The pinned post, end to end: PUT/DELETE /api/v1/channels/{slug}/pin with
// who may and may not, the channel JSON, the "pin" event in catch-up, over
// SSE and over WebSocket, the channel page that shows the pinned post first
// (and not again in the stream), a delete that clears the pin, the audit
// log, studio sessions (an editor may, an author may not) and
// `crier post pin|unpin`.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Server, cli } from './lib/server.mjs';
import { sseFetch, wsOpen, wsClose, uniq } from './lib/proto.mjs';
import { call, browser } from './lib/jar.mjs';

async function publish(s, slug, title) {
  const r = await s.post(slug, { title, body: 'Texte de ' + title });
  assert.equal(r.status, 201, r.text);
  return r.json;
}

const pin = (s, slug, id, opts) => s.api('PUT', `/api/v1/channels/${slug}/pin`, { post_id: id }, opts);
const unpin = (s, slug, opts) => s.api('DELETE', `/api/v1/channels/${slug}/pin`, undefined, opts);

// The <article>s of a channel page in order: [{id, seq, pinned}], and
// whether the pinned one sits in #pinned, above #posts.
async function pageArticles(s, slug) {
  const r = await fetch(`${s.url}/${slug}`);
  assert.equal(r.status, 200);
  const html = await r.text();
  const out = [];
  for (const m of html.matchAll(/<article class="post ([^"]*)" id="p-(\d+)" data-seq="\d+" data-id="(\d+)"/g)) {
    out.push({ seq: Number(m[2]), id: Number(m[3]), pinned: m[1].split(' ').includes('pinned') });
  }
  const slot = /<div id="pinned" class="pinned-slot">([\s\S]*?)<\/div>\n<div id="posts"/.exec(html);
  return { out, html, slot: slot ? slot[1] : null };
}

describe('pinned post', () => {
  let s;
  before(async () => { s = await new Server().start(); });
  after(async () => { await s.cleanup(); });

  it('pins, moves and unpins through the API, with events in catch-up', async () => {
    const ch = uniq('pin');
    await s.channel(ch, { lang: 'fr' });
    const a = await publish(s, ch, 'Premier');
    const b = await publish(s, ch, 'Deuxième');
    let info = await s.api('GET', `/api/v1/channels/${ch}`);
    assert.equal(info.json.pinned_post_id, null, 'none at first');

    let r = await pin(s, ch, a.id);
    assert.equal(r.status, 200, r.text);
    assert.deepEqual(r.json, { channel: ch, seq: 3, pinned_post_id: a.id });
    info = await s.api('GET', `/api/v1/channels/${ch}`, undefined, { token: null });
    assert.equal(info.json.pinned_post_id, a.id, 'the channel JSON tells, to anyone');

    // the page shows it first, marked, and not again below
    let pg = await pageArticles(s, ch);
    assert.deepEqual(pg.out.map((x) => [x.id, x.pinned]), [[a.id, true], [b.id, false]]);
    assert.match(pg.slot, /<span class="badge pinned">Épinglé<\/span>/, 'marked in the channel’s language');

    r = await pin(s, ch, b.id);
    assert.equal(r.json.seq, 4);
    pg = await pageArticles(s, ch);
    assert.deepEqual(pg.out.map((x) => [x.id, x.pinned]), [[b.id, true], [a.id, false]], 'one pin at most');

    r = await unpin(s, ch);
    assert.equal(r.status, 200, r.text);
    assert.deepEqual(r.json, { channel: ch, seq: 5, pinned_post_id: null });
    pg = await pageArticles(s, ch);
    assert.deepEqual(pg.out.map((x) => [x.id, x.pinned]), [[b.id, false], [a.id, false]], 'back in place');
    assert.equal(pg.slot, '', 'an empty slot');

    const evs = await s.allEvents(ch, 2);
    assert.deepEqual(evs.map((e) => [e.type, e.seq, e.id, e.post]),
      [['pin', 3, a.id, { id: a.id }], ['pin', 4, b.id, { id: b.id }], ['pin', 5, null, { id: null }]]);

    // an older stretch (?before=) shows posts in place, with no slot
    await pin(s, ch, a.id);
    const old = await (await fetch(`${s.url}/${ch}?before=3`)).text();
    assert.doesNotMatch(old, /id="pinned"/);
    assert.match(old, new RegExp(`<article class="post imp-1" id="p-${a.seq}"`));
    // unread counts and feeds leave pin events out
    const feed = await (await fetch(`${s.url}/${ch}/atom.xml`)).text();
    assert.equal((feed.match(/<entry>/g) || []).length, 2, 'two entries, no pin entry');
  });

  it('refuses what may not be pinned, and who may not pin', async () => {
    const ch = uniq('pinno');
    const other = uniq('pinother');
    await s.channel(ch);
    await s.channel(other);
    const a = await publish(s, ch, 'A');
    const foreign = await publish(s, other, 'Ailleurs');
    const gone = await publish(s, ch, 'Effacé');
    assert.equal((await s.api('DELETE', `/api/v1/channels/${ch}/posts/${gone.id}`)).status, 200);
    const later = await s.post(ch, { title: 'Plus tard', publish_at: new Date(Date.now() + 3600e3).toISOString() });
    assert.equal(later.status, 202, later.text);

    for (const [id, what] of [[gone.id, 'a deleted post'], [foreign.id, 'another channel’s post'],
      [later.json.id, 'a scheduled post'], [999999, 'no post']]) {
      const r = await pin(s, ch, id);
      assert.equal(r.status, 404, `${what}: ${r.text}`);
      assert.equal(r.json.error, 'not_found');
    }
    for (const body of [{}, { post_id: 0 }, { post_id: 'x' }, { post_id: a.id, more: 1 }]) {
      const r = await s.api('PUT', `/api/v1/channels/${ch}/pin`, body);
      assert.equal(r.status, 400, JSON.stringify(body));
    }
    assert.equal((await s.api('POST', `/api/v1/channels/${ch}/pin`, { post_id: a.id })).status, 405);

    // a publish token of another channel: 403; no token: 401; its own: fine
    const tok = await s.api('POST', '/api/v1/tokens', { scope: 'publish', channel: other });
    assert.equal(tok.status, 201, tok.text);
    let r = await pin(s, ch, a.id, { token: tok.json.token });
    assert.equal(r.status, 403, r.text);
    r = await unpin(s, ch, { token: tok.json.token });
    assert.equal(r.status, 403, r.text);
    assert.equal((await pin(s, ch, a.id, { token: null })).status, 401);
    const own = await s.api('POST', '/api/v1/tokens', { scope: 'publish', channel: ch });
    r = await pin(s, ch, a.id, { token: own.json.token });
    assert.equal(r.status, 200, r.text);
    const last = (await s.api('GET', `/api/v1/channels/${ch}`)).json.last_seq;
    assert.equal(r.json.seq, last, 'refusals took no seq');

    // the audit log has it
    const audit = await s.api('GET', `/api/v1/channels/${ch}/audit`);
    assert.equal(audit.status, 200, audit.text);
    assert.equal(audit.json.entries[0].action, 'pin_top');
    assert.equal(audit.json.entries[0].post_id, a.id);
  });

  it('deleting the pinned post clears the pin', async () => {
    const ch = uniq('pindel');
    await s.channel(ch);
    const a = await publish(s, ch, 'A');
    const b = await publish(s, ch, 'B');
    assert.equal((await pin(s, ch, a.id)).status, 200);
    const d = await s.api('DELETE', `/api/v1/channels/${ch}/posts/${a.id}`);
    assert.equal(d.status, 200);
    assert.equal((await s.api('GET', `/api/v1/channels/${ch}`)).json.pinned_post_id, null);
    const pg = await pageArticles(s, ch);
    assert.deepEqual(pg.out.map((x) => [x.id, x.pinned]), [[b.id, false]]);
    const evs = await s.allEvents(ch, 3);
    assert.deepEqual(evs.map((e) => e.type), ['delete'], 'the delete says it all: no pin event of its own');
  });

  it('SSE and WebSocket subscribers receive the pin event', async () => {
    const ch = uniq('pinlive');
    await s.channel(ch);
    const a = await publish(s, ch, 'A');
    const sse = await sseFetch(`${s.url}/${ch}/events?after=${a.seq}`);
    assert.equal(sse.status, 200);
    const ws = await wsOpen(`ws://127.0.0.1:${s.port}/${ch}/ws`);
    const hello = await ws.msgs.next();
    assert.equal(hello.json.type, 'hello');

    assert.equal((await pin(s, ch, a.id)).status, 200);
    let ev = await sse.events.next();
    assert.equal(ev.event, 'pin');
    assert.equal(ev.id, '2');
    assert.deepEqual([ev.json.type, ev.json.seq, ev.json.id, ev.json.post], ['pin', 2, a.id, { id: a.id }]);
    let m = await ws.msgs.next();
    assert.deepEqual([m.json.type, m.json.seq, m.json.id, m.json.post], ['pin', 2, a.id, { id: a.id }]);

    assert.equal((await unpin(s, ch)).status, 200);
    ev = await sse.events.next();
    assert.deepEqual([ev.event, ev.json.seq, ev.json.id, ev.json.post], ['pin', 3, null, { id: null }]);
    m = await ws.msgs.next();
    assert.deepEqual([m.json.type, m.json.seq, m.json.id, m.json.post], ['pin', 3, null, { id: null }]);
    sse.close();
    await wsClose(ws);
  });

  it('a studio session: an editor may pin, an author may not', async () => {
    const ch = uniq('pinstudio');
    await s.channel(ch);
    const a = await publish(s, ch, 'A');
    const session = async (email, role) => {
      const r = cli(['user', 'add', email, '--channel', ch, '--role', role], { data: s.data });
      assert.equal(r.status, 0, r.stderr);
      const link = /\/studio\/link\/[A-Za-z0-9_-]+/.exec(r.stdout)[0];
      const jar = await browser(s);
      await call(s, jar, 'GET', link);
      const pw = 'a long password ' + role;
      const set = await call(s, jar, 'POST', link, { form: { csrf: jar.get('crier_csrf'), password: pw, password2: pw }, csrf: false });
      assert.equal(set.status, 303, set.text);
      return jar;
    };
    const editor = await session(`ed-${ch}@example.org`, 'editor');
    const author = await session(`au-${ch}@example.org`, 'author');
    let r = await call(s, author, 'PUT', `/api/v1/channels/${ch}/pin`, { body: { post_id: a.id } });
    assert.equal(r.status, 403, 'an author may not');
    r = await call(s, editor, 'PUT', `/api/v1/channels/${ch}/pin`, { body: { post_id: a.id }, csrf: false });
    assert.equal(r.status, 403, 'a session needs the CSRF token');
    r = await call(s, editor, 'PUT', `/api/v1/channels/${ch}/pin`, { body: { post_id: a.id } });
    assert.equal(r.status, 200, 'an editor may');
    r = await call(s, editor, 'DELETE', `/api/v1/channels/${ch}/pin`);
    assert.equal(r.status, 200);
    const audit = await s.api('GET', `/api/v1/channels/${ch}/audit`);
    assert.deepEqual(audit.json.entries.slice(0, 2).map((e) => [e.action, e.actor, e.post_id]),
      [['unpin_top', `ed-${ch}@example.org`, a.id], ['pin_top', `ed-${ch}@example.org`, a.id]]);
  });

  it('crier post pin and unpin', async () => {
    const ch = uniq('pincli');
    await s.channel(ch);
    const a = await publish(s, ch, 'A');
    await publish(s, ch, 'B');
    const remote = ['--server', s.url, '--token', s.token];
    let r = cli(['post', 'pin', ch, String(a.seq), ...remote]);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, `pinned ${ch} #${a.seq} (event #3)\n`);
    assert.equal((await s.api('GET', `/api/v1/channels/${ch}`)).json.pinned_post_id, a.id);
    r = cli(['post', 'unpin', ch, '--json', ...remote]);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout), { channel: ch, seq: 4, pinned_post_id: null });
    r = cli(['post', 'pin', ch, '99', ...remote]);
    assert.notEqual(r.status, 0, 'no post #99');
    r = cli(['post', 'pin', ch, '--help']);
    assert.equal(r.status, 0);
    assert.match(r.stdout, /crier post unpin SLUG/);
  });
});
