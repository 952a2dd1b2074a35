// Readers over HTTP, black-box (docs/readers.md): the reader cookie and the
// CSRF defence, joining public channels, invites (use caps, expiry,
// revocation, approval), private channels closed to non-members on every
// path (answered as if they did not exist) and open to members, the secret feed URL, unread counts in
// /api/v1/me, and the one-time device link. Cookies are handled by hand, as a
// browser would: each Jar is one browser.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Server, cli, ROOT } from './lib/server.mjs';
import { sseFetch, wsOpen, wsClose, uniq } from './lib/proto.mjs';
import { Jar, browser, call, makeInvite as invite, joinInvite } from './lib/jar.mjs';

async function me(s, jar) {
  const r = await call(s, jar, 'GET', '/api/v1/me');
  assert.equal(r.status, 200, r.text);
  return r.json.channels;
}

async function members(s, slug) {
  const r = await s.api('GET', `/api/v1/channels/${slug}`);
  assert.equal(r.status, 200, r.text);
  return r.json.members;
}

describe('readers', () => {
  let s;
  before(async () => { s = new Server(); await s.start(); });
  after(async () => { if (s) await s.cleanup(); });

  it('joins a public channel with the reader cookie and the CSRF token', async () => {
    const slug = uniq('pub');
    await s.channel(slug);
    const jar = await browser(s);
    assert.match(jar.raw.get('crier_csrf'), /SameSite=Lax/);
    assert.doesNotMatch(jar.raw.get('crier_csrf'), /HttpOnly/, 'pages must be able to read it');
    assert.equal(jar.get('crier_reader'), undefined, 'no reader for a visitor who only reads');
    assert.equal(await members(s, slug), 0);

    const r = await call(s, jar, 'POST', `/api/v1/channels/${slug}/join`);
    assert.equal(r.status, 200, r.text);
    assert.deepEqual(r.json, { channel: slug, state: 'member' });
    assert.match(jar.get('crier_reader'), /^[A-Za-z0-9_-]{43}$/);
    const raw = jar.raw.get('crier_reader');
    for (const part of ['HttpOnly', 'SameSite=Lax', 'Path=/', 'Max-Age=157680000'])
      assert.ok(raw.includes(part), `${part} in ${raw}`);
    assert.doesNotMatch(raw, /Secure/, 'not Secure over plain HTTP');
    assert.equal(await members(s, slug), 1);
    const chans = await me(s, jar);
    assert.equal(chans.length, 1);
    assert.equal(chans[0].slug, slug);
    assert.equal(chans[0].state, 'member');

    // Joining again changes nothing; the same reader stays.
    const again = await call(s, jar, 'POST', `/api/v1/channels/${slug}/join`);
    assert.equal(again.status, 200);
    assert.equal(await members(s, slug), 1);

    // Behind a TLS proxy the cookies are Secure.
    const tls = new Jar();
    await call(s, tls, 'GET', '/api/v1/me', { headers: { 'x-forwarded-proto': 'https' } });
    assert.match(tls.raw.get('crier_csrf'), /; Secure/);
    await call(s, tls, 'POST', `/api/v1/channels/${slug}/join`, { headers: { 'x-forwarded-proto': 'https' } });
    assert.match(tls.raw.get('crier_reader'), /; Secure/);
    assert.equal(await members(s, slug), 2);

    // Leave.
    const left = await call(s, jar, 'POST', `/api/v1/channels/${slug}/leave`);
    assert.equal(left.status, 200, left.text);
    assert.equal(left.json.state, 'none');
    assert.equal(await members(s, slug), 1);
    assert.deepEqual(await me(s, jar), []);
  });

  it('behind the proxies configured as docs/operating.md says, the reader cookie is Secure', async () => {
    const doc = readFileSync(join(ROOT, 'docs/operating.md'), 'utf8');
    const block = after => {
      const i = doc.indexOf(after);
      assert.ok(i >= 0, after);
      const m = /```\n([\s\S]*?)```/.exec(doc.slice(i));
      return m[1];
    };
    // nginx: the headers its proxy_set_header lines send for an https request.
    const nginx = block('With nginx');
    const headers = {};
    const vars = { $scheme: 'https', $host: new URL(s.url).host, $proxy_add_x_forwarded_for: '203.0.113.7' };
    for (const [, name, value] of nginx.matchAll(/^\s*proxy_set_header\s+(\S+)\s+(\S+);/gm))
      if (name in { Host: 1, 'X-Forwarded-Proto': 1, 'X-Forwarded-For': 1 }) headers[name.toLowerCase()] = vars[value] ?? value;
    assert.equal(headers['x-forwarded-proto'], 'https', 'nginx forwards the scheme');
    const slug = uniq('tls');
    await s.channel(slug);
    const jar = new Jar();
    await call(s, jar, 'GET', '/api/v1/me', { headers });
    const r = await call(s, jar, 'POST', `/api/v1/channels/${slug}/join`, { headers });
    assert.equal(r.status, 200, r.text);
    assert.match(jar.raw.get('crier_reader'), /; Secure/, 'the five-year cookie is Secure behind nginx');
    assert.match(jar.raw.get('crier_csrf'), /; Secure/);
    // HAProxy sets it from the TLS state; Caddy sets it by itself.
    assert.match(block('With HAProxy'), /http-request set-header X-Forwarded-Proto https if \{ ssl_fc \}/);
    assert.match(block('With HAProxy'), /option forwardfor/);
    assert.match(block('With Caddy'), /reverse_proxy 127\.0\.0\.1:8080/);
  });

  it('refuses a join without the CSRF token, with a wrong one, or from another origin', async () => {
    const slug = uniq('csrf');
    await s.channel(slug);
    const jar = await browser(s);
    const path = `/api/v1/channels/${slug}/join`;
    const attempts = [
      ['no token', { csrf: false }],
      ['a wrong token', { csrf: 'x'.repeat(43) }],
      ['a token of another length', { csrf: jar.get('crier_csrf').slice(1) }],
      ['a foreign Origin', { origin: 'http://evil.example' }],
      ['Origin null', { origin: 'null' }],
      ['neither Origin nor Referer', { origin: null }],
      ['a foreign Referer', { origin: null, headers: { referer: 'http://evil.example/' + slug } }],
      ['a look-alike host', { origin: s.url + '.evil.example' }],
    ];
    for (const [what, opts] of attempts) {
      const r = await call(s, jar, 'POST', path, opts);
      assert.equal(r.status, 403, what);
      assert.equal(r.json.error, 'csrf', what);
    }
    // The token from a browser that never got the cookie is no token.
    const stranger = new Jar();
    const r = await call(s, stranger, 'POST', path, { csrf: jar.get('crier_csrf') });
    assert.equal(r.status, 403);
    assert.equal(r.json.error, 'csrf');
    assert.equal(jar.get('crier_reader'), undefined, 'no reader was made');
    assert.equal(await members(s, slug), 0);

    // A Referer of this host does instead of Origin.
    const ok = await call(s, jar, 'POST', path, { origin: null, headers: { referer: `${s.url}/${slug}` } });
    assert.equal(ok.status, 200, ok.text);

    // The other state changes are guarded too.
    for (const [p, body] of [[`/api/v1/channels/${slug}/leave`], [`/api/v1/channels/${slug}/read`, { seq: 0 }], ['/api/v1/me/transfer']]) {
      const bad = await call(s, jar, 'POST', p, { body, csrf: false });
      assert.equal(bad.status, 403, p);
      assert.equal(bad.json.error, 'csrf', p);
    }
    assert.equal(await members(s, slug), 1, 'leave without the token did nothing');
  });

  it('takes the no-JavaScript form posts and answers 303 back to the page', async () => {
    const slug = uniq('form');
    await s.channel(slug);
    const jar = await browser(s);
    const noToken = await call(s, jar, 'POST', `/${slug}/join`, { form: { x: '1' }, csrf: false });
    assert.equal(noToken.status, 403);
    const r = await call(s, jar, 'POST', `/${slug}/join`, { form: { csrf: jar.get('crier_csrf') }, csrf: false });
    assert.equal(r.status, 303, r.text);
    assert.equal(r.headers.get('location'), `/${slug}`);
    assert.ok(jar.get('crier_reader'));
    assert.equal(await members(s, slug), 1);
    // The JSON endpoint also takes a form, and answers it the same way.
    const l = await call(s, jar, 'POST', `/api/v1/channels/${slug}/leave`, { form: { csrf: jar.get('crier_csrf') }, csrf: false });
    assert.equal(l.status, 303);
    assert.equal(l.headers.get('location'), `/${slug}`);
    assert.equal(await members(s, slug), 0);
    assert.equal((await call(s, jar, 'GET', `/${slug}/join`)).status, 405);
  });

  it('invites: a use per new reader, max uses, expiry, revocation', async () => {
    const slug = uniq('inv');
    await s.channel(slug, { visibility: 'private' });

    // Who may manage invites.
    assert.equal((await s.api('POST', `/api/v1/channels/${slug}/invites`, {}, { token: null })).status, 401);
    const other = uniq('other');
    await s.channel(other);
    const pub = await s.api('POST', '/api/v1/tokens', { scope: 'publish', channel: other });
    assert.equal((await s.api('GET', `/api/v1/channels/${slug}/invites`, undefined, { token: pub.json.token })).status, 404,
      'a token of another channel may not even know a private one');
    const mine = await s.api('POST', '/api/v1/tokens', { scope: 'publish', channel: slug });
    assert.equal((await s.api('GET', `/api/v1/channels/${slug}/invites`, undefined, { token: mine.json.token })).status, 200);
    for (const bad of [{ max_uses: 0 }, { max_uses: -1 }, { expires_in: 0 }, { approval: 'yes' }, { nope: 1 }, { label: 'x'.repeat(200) }])
      assert.equal((await s.api('POST', `/api/v1/channels/${slug}/invites`, bad)).status, 400, JSON.stringify(bad));

    const inv = await invite(s, slug, { max_uses: 2, label: 'newsletter' });
    assert.match(inv.token, /^[A-Za-z0-9_-]{43}$/);
    assert.equal(inv.url, '/+' + inv.token);
    assert.equal(inv.max_uses, 2);
    assert.equal(inv.approval, false);
    assert.equal(inv.expires_at, null);

    const [a, b, c] = [await browser(s), await browser(s), await browser(s)];
    const ra = await joinInvite(s, a, inv.url);
    assert.equal(ra.status, 303, ra.text);
    assert.equal(ra.headers.get('location'), `/${slug}`);
    assert.ok(a.get('crier_reader'), 'joining made a reader');
    const again = await joinInvite(s, a, inv.url);
    assert.equal(again.status, 303, 'a member may press Join again');
    assert.equal((await joinInvite(s, b, inv.url)).status, 303);
    const rc = await joinInvite(s, c, inv.url);
    assert.equal(rc.status, 410, 'used up');
    assert.equal(c.get('crier_reader'), undefined, 'a dead invite makes no reader');
    assert.equal(await members(s, slug), 2);
    const list = await s.api('GET', `/api/v1/channels/${slug}/invites`);
    assert.equal(list.status, 200);
    assert.equal(list.json.invites.length, 1);
    const row = list.json.invites[0];
    assert.equal(row.uses, 2, 'a member joining again used nothing');
    assert.equal(row.prefix, inv.token.slice(0, 8));
    assert.equal(row.label, 'newsletter');
    assert.equal(row.revoked, false);
    assert.ok(!('token' in row), 'the token is shown only once');

    // CSRF on the invite form too.
    const d = await browser(s);
    const unlimited = await invite(s, slug);
    assert.equal((await call(s, d, 'POST', unlimited.url, { form: { csrf: 'nope' }, csrf: false })).status, 403);
    assert.equal((await call(s, d, 'POST', unlimited.url, { form: { csrf: d.get('crier_csrf') }, csrf: false, origin: 'http://evil.example' })).status, 403);

    // Expiry.
    const short = await invite(s, slug, { expires_in: 1 });
    assert.ok(Date.parse(short.expires_at) > Date.now());
    await sleep(1200);
    assert.equal((await joinInvite(s, d, short.url)).status, 410, 'expired');

    // Revocation, by id and by token.
    const byId = await invite(s, slug);
    const byTok = await invite(s, slug);
    assert.equal((await s.api('DELETE', `/api/v1/channels/${slug}/invites/${byId.id}`)).status, 204);
    assert.equal((await s.api('DELETE', `/api/v1/channels/${slug}/invites/${byTok.token}`)).status, 204);
    assert.equal((await s.api('DELETE', `/api/v1/channels/${other}/invites/${unlimited.id}`)).status, 404, 'not an invite of that channel');
    assert.equal((await joinInvite(s, d, byId.url)).status, 410);
    assert.equal((await joinInvite(s, d, byTok.url)).status, 410);
    assert.equal((await joinInvite(s, d, '/+' + 'A'.repeat(43))).status, 404, 'unknown invite');
    const revoked = (await s.api('GET', `/api/v1/channels/${slug}/invites`)).json.invites.filter(i => i.revoked).map(i => i.id);
    assert.deepEqual(revoked.sort(), [byId.id, byTok.id].sort());
    // A member may still come in through a revoked link.
    assert.equal((await s.api('DELETE', `/api/v1/channels/${slug}/invites/${inv.id}`)).status, 204);
    assert.equal((await joinInvite(s, a, inv.url)).status, 303);
    assert.equal(await members(s, slug), 2);
  });

  it('an invite with approval waits until an admin approves', async () => {
    const slug = uniq('appr');
    await s.channel(slug, { visibility: 'private' });
    const inv = await invite(s, slug, { approval: true });
    assert.equal(inv.approval, true);
    const [a, b] = [await browser(s), await browser(s)];
    assert.equal((await joinInvite(s, a, inv.url)).status, 303);
    assert.equal((await joinInvite(s, b, inv.url)).status, 303);
    assert.deepEqual((await me(s, a)).map(c => [c.slug, c.state]), [[slug, 'pending']]);
    assert.equal(await members(s, slug), 0, 'pending readers are not members');

    // Still closed while pending.
    assert.equal((await call(s, a, 'GET', `/api/v1/channels/${slug}/events`)).status, 404);
    assert.equal((await call(s, a, 'GET', `/${slug}`)).status, 403, 'the page says "waiting for approval"');

    const pending = await s.api('GET', `/api/v1/channels/${slug}/members?state=pending`);
    assert.equal(pending.status, 200);
    assert.equal(pending.json.members.length, 2);
    const [pa, pb] = pending.json.members;
    assert.equal(pa.state, 'pending');
    assert.equal(pa.invite, inv.id);
    assert.equal(typeof pa.reader, 'number');
    assert.equal((await s.api('GET', `/api/v1/channels/${slug}/members?state=nope`)).status, 400);
    assert.equal((await s.api('GET', `/api/v1/channels/${slug}/members`, undefined, { token: null })).status, 401);

    const ok = await s.api('POST', `/api/v1/channels/${slug}/members/${pa.reader}/approve`);
    assert.equal(ok.status, 200, ok.text);
    assert.deepEqual(ok.json, { reader: pa.reader, state: 'member' });
    const no = await s.api('POST', `/api/v1/channels/${slug}/members/${pb.reader}/reject`);
    assert.deepEqual(no.json, { reader: pb.reader, state: 'none' });
    assert.equal((await s.api('POST', `/api/v1/channels/${slug}/members/${pb.reader}/approve`)).status, 404);

    assert.equal(await members(s, slug), 1);
    assert.deepEqual((await me(s, a)).map(c => [c.slug, c.state]), [[slug, 'member']]);
    assert.deepEqual(await me(s, b), []);
    assert.equal((await call(s, a, 'GET', `/api/v1/channels/${slug}/events`)).status, 200, 'approved: open');
    assert.equal((await call(s, b, 'GET', `/api/v1/channels/${slug}/events`)).status, 404, 'rejected: closed');
    const all = await s.api('GET', `/api/v1/channels/${slug}/members`);
    assert.deepEqual(all.json.members.map(m => [m.reader, m.state]), [[pa.reader, 'member']]);
  });

  it('a private channel is closed to non-members on every path and open to members', async () => {
    const slug = uniq('priv');
    await s.channel(slug, { visibility: 'private' });
    const p = await s.post(slug, { title: 'secret one' });
    assert.equal(p.status, 201);
    const member = await browser(s);
    const inv = await invite(s, slug);
    assert.equal((await joinInvite(s, member, inv.url)).status, 303);
    const stranger = await browser(s);
    // A stranger with a reader of their own (a member elsewhere).
    const elsewhere = uniq('else');
    await s.channel(elsewhere);
    assert.equal((await call(s, stranger, 'POST', `/api/v1/channels/${elsewhere}/join`)).status, 200);
    assert.ok(stranger.get('crier_reader'));

    // A private channel cannot be joined without an invite, nor told from
    // no channel at all: every path answers a stranger 404, as for a slug
    // that does not exist, with the same body.
    const direct = await call(s, stranger, 'POST', `/api/v1/channels/${slug}/join`);
    assert.equal(direct.status, 404);
    assert.deepEqual(direct.json, { error: 'not_found', message: `no channel named ${slug}` });
    const none = `${slug}-none`;
    for (const [method, p, body] of [['POST', 'join'], ['POST', 'leave'], ['POST', 'read', { seq: 1 }], ['GET', 'feed-url'],
      ['GET', 'events'], ['GET', ''], ['GET', 'selections'], ['POST', 'views', { views: { 1: 1 } }]]) {
      const path = x => `/api/v1/channels/${x}${p ? '/' + p : ''}`;
      const [a, b] = [await call(s, stranger, method, path(slug), { body }), await call(s, stranger, method, path(none), { body })];
      assert.equal(a.status, 404, `${method} ${path(slug)}: ${a.text}`);
      assert.equal(b.status, 404, path(none));
      assert.equal(a.text.replace(slug, none), b.text, `${method} ${p}: the same answer as for no channel`);
    }

    const paths = [`/${slug}`, `/${slug}/${p.json.seq}`, `/api/v1/channels/${slug}/events?after=0`,
      `/api/v1/channels/${slug}`, `/${slug}/atom.xml`, `/${slug}/selections/atom.xml`];
    for (const path of paths) {
      assert.equal((await call(s, null, 'GET', path)).status, 404, 'no cookie: ' + path);
      assert.equal((await call(s, stranger, 'GET', path)).status, 404, 'non-member: ' + path);
      const r = await call(s, member, 'GET', path);
      assert.equal(r.status, 200, 'member: ' + path + ' ' + r.text.slice(0, 200));
    }
    const ev = await call(s, member, 'GET', `/api/v1/channels/${slug}/events?after=0`);
    assert.deepEqual(ev.json.events.map(e => e.post.title), ['secret one']);
    // What only members may read must not sit in a shared cache.
    for (const path of [`/api/v1/channels/${slug}/events?after=0`, `/api/v1/channels/${slug}`, `/${slug}/atom.xml`,
      `/api/v1/channels/${slug}/posts/${p.json.id}`, `/api/v1/channels/${slug}/selections`]) {
      const r = await call(s, member, 'GET', path);
      assert.equal(r.status, 200, path);
      assert.match(r.headers.get('cache-control') || '', /\bprivate\b/, 'Cache-Control: private on ' + path);
      assert.match(r.headers.get('vary') || '', /Cookie/, 'Vary: Cookie on ' + path);
    }
    const byToken = await s.api('GET', `/api/v1/channels/${slug}/events`);
    assert.match(byToken.headers.get('cache-control') || '', /\bprivate\b/, 'read with a token');
    assert.match(byToken.headers.get('vary') || '', /Authorization/);
    assert.match((await s.api('GET', '/api/v1/channels')).headers.get('cache-control') || '', /\bprivate\b/,
      'the channel list as an admin sees it');
    assert.equal((await s.api('GET', '/api/v1/channels', undefined, { token: null })).headers.get('cache-control'), null,
      'the public list stays as it was');
    assert.equal((await call(s, stranger, 'GET', `/api/v1/channels/${elsewhere}/events`)).headers.get('cache-control'), null,
      'a public channel stays as it was');
    assert.equal((await call(s, stranger, 'GET', `/api/v1/channels/${slug}/events`)).headers.get('cache-control'), null,
      'nor does the 404 of a private channel differ from an unknown one');
    assert.match((await call(s, member, 'GET', `/${slug}/atom.xml`)).text, /secret one/);

    // SSE.
    const noSse = await sseFetch(`${s.url}/${slug}/events`, { headers: { cookie: stranger.header() } });
    assert.equal(noSse.status, 404);
    const sse = await sseFetch(`${s.url}/${slug}/events?after=0`, { headers: { cookie: member.header() } });
    assert.equal(sse.status, 200);
    const first = await sse.events.next();
    assert.equal(first.json.post.title, 'secret one');
    sse.close();

    // WebSocket.
    await assert.rejects(wsOpen(`ws://127.0.0.1:${s.port}/${slug}/ws`, { headers: { cookie: stranger.header() } }),
      e => e.status === 404);
    await assert.rejects(wsOpen(`ws://127.0.0.1:${s.port}/${slug}/ws`), e => e.status === 404);
    const ws = await wsOpen(`ws://127.0.0.1:${s.port}/${slug}/ws`, { headers: { cookie: member.header(), origin: s.url } });
    const hello = await ws.msgs.next();
    assert.equal(hello.json.type, 'hello');
    const live = await s.post(slug, { title: 'secret two' });
    assert.equal(live.status, 201);
    assert.equal((await ws.msgs.next()).json.post.title, 'secret two');
    await wsClose(ws);

    // Publish and admin tokens read as before.
    const tok = await s.api('POST', '/api/v1/tokens', { scope: 'publish', channel: slug });
    assert.equal((await s.api('GET', `/api/v1/channels/${slug}/events`, undefined, { token: tok.json.token })).status, 200);

    // After leaving, closed again.
    assert.equal((await call(s, member, 'POST', `/api/v1/channels/${slug}/leave`)).status, 200);
    assert.equal((await call(s, member, 'GET', `/api/v1/channels/${slug}/events`)).status, 404);
    assert.equal((await call(s, member, 'GET', `/${slug}`)).status, 404);
    assert.equal((await call(s, member, 'POST', `/api/v1/channels/${slug}/leave`)).status, 404, 'leaving again: a stranger');
  });

  it('a member gets a secret feed URL for a private channel', async () => {
    const slug = uniq('feed');
    await s.channel(slug, { visibility: 'private' });
    await s.post(slug, { title: 'for members' });
    const jar = await browser(s);
    assert.equal((await call(s, jar, 'GET', `/api/v1/channels/${slug}/feed-url`)).status, 404, 'not a member');
    const inv = await invite(s, slug);
    await joinInvite(s, jar, inv.url);
    const r = await call(s, jar, 'GET', `/api/v1/channels/${slug}/feed-url`);
    assert.equal(r.status, 200, r.text);
    const m = /^\/([a-z0-9-]+)\/atom\.xml\?key=([A-Za-z0-9_-]{43})$/.exec(r.json.url);
    assert.ok(m, r.json.url);
    assert.equal(m[1], slug);
    assert.equal((await call(s, jar, 'GET', `/api/v1/channels/${slug}/feed-url`)).json.url, r.json.url, 'stable');

    // A feed reader has no cookie: the key is enough.
    const feed = await fetch(s.url + r.json.url);
    assert.equal(feed.status, 200);
    assert.match(feed.headers.get('cache-control') || '', /\bprivate\b/, 'a keyed feed is private');
    assert.match(feed.headers.get('content-type'), /atom\+xml/);
    assert.match(await feed.text(), /for members/);
    const wrong = r.json.url.slice(0, -4) + (r.json.url.endsWith('AAAA') ? 'BBBB' : 'AAAA');
    assert.equal((await fetch(s.url + wrong)).status, 404);
    assert.equal((await fetch(`${s.url}/${slug}/atom.xml?key=short`)).status, 404);
    // Another channel's feed does not open with this key.
    const other = uniq('feed2');
    await s.channel(other, { visibility: 'private' });
    assert.equal((await fetch(`${s.url}/${other}/atom.xml?key=${m[2]}`)).status, 404);
    // Leaving kills the key.
    await call(s, jar, 'POST', `/api/v1/channels/${slug}/leave`);
    assert.equal((await fetch(s.url + r.json.url)).status, 404);

    // A public channel's feed URL is the plain one.
    const pub = uniq('pubfeed');
    await s.channel(pub);
    assert.deepEqual((await call(s, jar, 'GET', `/api/v1/channels/${pub}/feed-url`)).json, { url: `/${pub}/atom.xml` });
  });

  it('/api/v1/me counts unread posts and selections after the read marker', async () => {
    const slug = uniq('unread');
    await s.channel(slug);
    await s.post(slug, { title: 'before joining' });
    const jar = await browser(s);
    await call(s, jar, 'POST', `/api/v1/channels/${slug}/join`);
    let [c] = await me(s, jar);
    assert.equal(c.unread, 0, 'what came before the join is not unread');
    assert.equal(c.read_seq, 1);
    const ids = [];
    for (let i = 1; i <= 3; i++) ids.push((await s.post(slug, { title: 'p' + i })).json);
    assert.equal((await s.api('PATCH', `/api/v1/channels/${slug}/posts/${ids[0].id}`, { title: 'p1 edited' })).status, 200);
    assert.equal((await s.api('DELETE', `/api/v1/channels/${slug}/posts/${ids[1].id}`)).status, 200);
    [c] = await me(s, jar);
    assert.deepEqual([c.slug, c.lang, c.state, c.last_seq, c.read_seq, c.unread], [slug, 'en', 'member', 6, 1, 3]);
    assert.equal(c.title, 'Channel ' + slug);

    const r = await call(s, jar, 'POST', `/api/v1/channels/${slug}/read`, { body: { seq: ids[1].seq } });
    assert.equal(r.status, 204, r.text);
    [c] = await me(s, jar);
    assert.deepEqual([c.read_seq, c.unread], [ids[1].seq, 1]);
    await call(s, jar, 'POST', `/api/v1/channels/${slug}/read`, { body: { seq: 1 } });
    assert.equal((await me(s, jar))[0].read_seq, ids[1].seq, 'the marker never goes back');
    await call(s, jar, 'POST', `/api/v1/channels/${slug}/read`, { body: { seq: 999 } });
    [c] = await me(s, jar);
    assert.deepEqual([c.read_seq, c.unread], [6, 0], 'clamped to last_seq');

    for (const bad of [{}, { seq: -1 }, { seq: 'x' }, { seq: 1, more: 2 }])
      assert.equal((await call(s, jar, 'POST', `/api/v1/channels/${slug}/read`, { body: bad })).status, 400, JSON.stringify(bad));
    const other = await browser(s);
    assert.equal((await call(s, other, 'POST', `/api/v1/channels/${slug}/read`, { body: { seq: 1 } })).status, 403, 'not a member');
    assert.equal((await call(s, jar, 'POST', `/api/v1/channels/nope-${Date.now()}/read`, { body: { seq: 1 } })).status, 404);
  });

  it('a device link moves the reader to another browser, once', async () => {
    const slug = uniq('dev');
    await s.channel(slug, { visibility: 'private' });
    const phone = await browser(s);
    assert.equal((await call(s, phone, 'POST', '/api/v1/me/transfer')).status, 404, 'no reader yet');
    await joinInvite(s, phone, (await invite(s, slug)).url);
    const t = await call(s, phone, 'POST', '/api/v1/me/transfer');
    assert.equal(t.status, 201, t.text);
    assert.match(t.json.url, /^\/\+device\/[A-Za-z0-9_-]{43}$/);
    const ttl = Date.parse(t.json.expires_at) - Date.now();
    assert.ok(ttl > 14 * 60000 && ttl <= 15 * 60000 + 1000, `valid 15 minutes (${ttl} ms)`);

    const laptop = await browser(s);
    assert.equal((await call(s, laptop, 'GET', `/api/v1/channels/${slug}/events`)).status, 404);
    const bad = await call(s, laptop, 'POST', t.json.url, { form: { csrf: 'wrong' }, csrf: false });
    assert.equal(bad.status, 403, 'CSRF on the device form');
    const r = await call(s, laptop, 'POST', t.json.url, { form: { csrf: laptop.get('crier_csrf') }, csrf: false });
    assert.equal(r.status, 303, r.text);
    assert.equal(r.headers.get('location'), '/');
    assert.equal(laptop.get('crier_reader'), phone.get('crier_reader'), 'the same reader');
    assert.match(laptop.raw.get('crier_reader'), /HttpOnly/);
    assert.deepEqual(await me(s, laptop), await me(s, phone));
    assert.equal((await call(s, laptop, 'GET', `/api/v1/channels/${slug}/events`)).status, 200);

    const tablet = await browser(s);
    const used = await call(s, tablet, 'POST', t.json.url, { form: { csrf: tablet.get('crier_csrf') }, csrf: false });
    assert.equal(used.status, 410, 'one use');
    assert.equal(tablet.get('crier_reader'), undefined);
    const unknown = await call(s, tablet, 'POST', '/+device/' + 'B'.repeat(43), { form: { csrf: tablet.get('crier_csrf') }, csrf: false });
    assert.equal(unknown.status, 404);
    assert.equal((await call(s, phone, 'GET', `/api/v1/channels/${slug}/events`)).status, 200, 'the first device keeps it');
  });

  it('deleting a channel takes its memberships with it', async () => {
    const slug = uniq('gone');
    await s.channel(slug);
    const jar = await browser(s);
    await call(s, jar, 'POST', `/api/v1/channels/${slug}/join`);
    await invite(s, slug);
    assert.equal((await me(s, jar)).length, 1);
    assert.equal((await s.api('DELETE', `/api/v1/channels/${slug}`)).status, 204);
    assert.deepEqual(await me(s, jar), []);
  });
});

// The CLI side: crier invite and crier member, straight on the store.
describe('crier invite and crier member', () => {
  let s;
  before(async () => { s = new Server(); await s.start(); });
  after(async () => { if (s) await s.cleanup(); });

  it('creates, lists and revokes invites, and approves members', async () => {
    const slug = uniq('cli');
    await s.channel(slug, { visibility: 'private' });
    const made = cli(['invite', 'create', slug, '--max-uses', '5', '--approval', '--label', 'QR', '--expires', '7d', '--json'], { data: s.data });
    assert.equal(made.status, 0, made.stderr);
    const inv = JSON.parse(made.stdout);
    assert.match(inv.url, /^\/\+[A-Za-z0-9_-]{43}$/);
    assert.equal(inv.max_uses, 5);
    assert.equal(inv.approval, true);
    const ttl = Date.parse(inv.expires_at) - Date.now();
    assert.ok(ttl > 6.9 * 86400e3 && ttl <= 7 * 86400e3, 'seven days');
    const plain = cli(['invite', 'create', slug], { data: s.data });
    assert.equal(plain.status, 0, plain.stderr);
    assert.match(plain.stdout.trim(), /^\/\+[A-Za-z0-9_-]{43}$/);
    const base = cli(['invite', 'create', slug, '--base-url', 'https://news.example'], { data: s.data });
    assert.match(base.stdout.trim(), /^https:\/\/news\.example\/\+[A-Za-z0-9_-]{43}$/);

    const jar = await browser(s);
    assert.equal((await joinInvite(s, jar, inv.url)).status, 303);
    const listed = cli(['invite', 'list', slug, '--json'], { data: s.data });
    assert.equal(listed.status, 0, listed.stderr);
    const invs = JSON.parse(listed.stdout).invites;
    assert.equal(invs.length, 3);
    assert.equal(invs[0].uses, 1);
    assert.equal(invs[0].label, 'QR');
    assert.match(cli(['invite', 'list', slug], { data: s.data }).stdout, /QR/);

    const pend = JSON.parse(cli(['member', 'list', slug, '--pending', '--json'], { data: s.data }).stdout).members;
    assert.equal(pend.length, 1);
    assert.equal(pend[0].state, 'pending');
    const ap = cli(['member', 'approve', slug, String(pend[0].reader)], { data: s.data });
    assert.equal(ap.status, 0, ap.stderr);
    assert.deepEqual((await me(s, jar)).map(c => c.state), ['member']);
    assert.equal(cli(['member', 'approve', slug, '999999'], { data: s.data }).status, 1);
    assert.equal(cli(['member', 'approve', slug, 'x'], { data: s.data }).status, 2);

    assert.equal(cli(['invite', 'revoke', slug, String(invs[1].id)], { data: s.data }).status, 0);
    const byToken = cli(['invite', 'revoke', slug, inv.url.slice(2)], { data: s.data });
    assert.equal(byToken.status, 0, byToken.stderr);
    assert.equal(cli(['invite', 'revoke', slug, '424242'], { data: s.data }).status, 1);
    const after = JSON.parse(cli(['invite', 'list', slug, '--json'], { data: s.data }).stdout).invites;
    assert.deepEqual(after.map(i => i.revoked), [true, true, false]);
    const fresh = await browser(s);
    assert.equal((await joinInvite(s, fresh, inv.url)).status, 410);

    assert.equal(cli(['invite', 'create', 'no-such-channel'], { data: s.data }).status, 1);
    assert.equal(cli(['invite', 'create', slug, '--expires', 'soon'], { data: s.data }).status, 2);
    assert.equal(cli(['invite', 'create', slug, '--max-uses', '0'], { data: s.data }).status, 2);
    const rej = cli(['member', 'reject', slug, String(pend[0].reader)], { data: s.data });
    assert.equal(rej.status, 0, rej.stderr);
    assert.deepEqual(await me(s, jar), []);
  });
});
