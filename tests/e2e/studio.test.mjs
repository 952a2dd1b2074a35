// The studio at /studio, by plain fetch with cookies by hand (lib/jar.mjs):
// sign-in (a generic error, the rate limits), the one-time link, sign-out and
// `crier user reset` ending a session, a reader's cookie opening nothing, CSRF
// on compose, and the roles: an author's drafts, an author's limits, an
// editor publishing an author's draft into the channel's events.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Server, cli, ROOT } from './lib/server.mjs';
import { Jar, call, browser, makeInvite, joinInvite } from './lib/jar.mjs';

let s;
before(async () => { s = await new Server({ args: ['--limit-signins', '1000'] }).start(); });
after(async () => { await s.cleanup(); });

// `crier user add` on the running server's data directory: the link's path.
function addUser(email, slug, role, extra = []) {
  const r = cli(['user', 'add', email, '--channel', slug, '--role', role, ...extra], { data: s.data });
  assert.equal(r.status, 0, r.stderr);
  const m = /\/studio\/link\/[A-Za-z0-9_-]+/.exec(r.stdout);
  assert.ok(m, 'a link is printed: ' + r.stdout);
  return m[0];
}

// A browser that takes the link and sets its password: signed in.
async function viaLink(link, password) {
  const jar = await browser(s);
  const page = await call(s, jar, 'GET', link);
  assert.equal(page.status, 200);
  assert.match(page.text, /name="password2"/);
  const r = await call(s, jar, 'POST', link, { form: { csrf: jar.get('crier_csrf'), password, password2: password }, csrf: false });
  assert.equal(r.status, 303, r.text);
  assert.equal(r.headers.get('location'), '/studio');
  return jar;
}

async function signIn(email, password, jar) {
  jar = jar || await browser(s);
  const r = await call(s, jar, 'POST', '/studio/signin', { form: { csrf: jar.get('crier_csrf'), email, password }, csrf: false });
  return { jar, r };
}

const form = (jar, fields) => ({ form: { csrf: jar.get('crier_csrf'), ...fields }, csrf: false });
const isSignIn = (r) => /action="\/studio\/signin"/.test(r.text);

test('the link sets a password and signs in; the cookie has its flags; a wrong password gets the generic error', async () => {
  await s.channel('desk');
  const link = addUser('owner@example.org', 'desk', 'owner');
  const jar = await browser(s);
  await call(s, jar, 'GET', link);
  const r = await call(s, jar, 'POST', link, form(jar, { password: 'correct horse 1', password2: 'correct horse 1' }));
  assert.equal(r.status, 303);
  const set = jar.raw.get('crier_studio');
  assert.match(set, /HttpOnly/);
  assert.match(set, /SameSite=Strict/);
  assert.match(set, /Path=\//);
  assert.match(set, /Max-Age=1209600/);
  assert.doesNotMatch(set, /Secure/, 'plain HTTP: no Secure');
  const home = await call(s, jar, 'GET', '/studio');
  assert.equal(home.status, 200);
  assert.match(home.text, /href="\/studio\/desk"/);
  assert.match(home.text, /Owner/);
  // the link is used up
  const again = await call(s, await browser(s), 'POST', link, form(jar, { password: 'another pass 1', password2: 'another pass 1' }));
  assert.notEqual(again.status, 303);

  const wrong = await signIn('owner@example.org', 'not the password');
  assert.equal(wrong.r.status, 401);
  assert.ok(!wrong.jar.get('crier_studio'));
  const unknown = await signIn('nobody@example.org', 'not the password');
  assert.equal(unknown.r.status, 401);
  const msg = (t) => /class="error"[^>]*>([^<]*)</.exec(t)[1];
  assert.equal(msg(wrong.r.text), msg(unknown.r.text), 'one message for both');
  const good = await signIn('owner@example.org', 'correct horse 1');
  assert.equal(good.r.status, 303);
  assert.ok(good.jar.get('crier_studio'));
  // TLS as reader.c decides (X-Forwarded-Proto): Secure
  const tjar = await browser(s);
  const t = await call(s, tjar, 'POST', '/studio/signin', { ...form(tjar, { email: 'owner@example.org', password: 'correct horse 1' }), headers: { 'x-forwarded-proto': 'https' } });
  assert.equal(t.status, 303);
  assert.match(tjar.raw.get('crier_studio'), /; Secure/);
});

test("a reader's cookie opens nothing in the studio", async () => {
  await s.channel('open');
  const inv = await makeInvite(s, 'open');
  const jar = await browser(s);
  const j = await joinInvite(s, jar, inv.url);
  assert.equal(j.status, 303);
  assert.ok(jar.get('crier_reader'));
  for (const path of ['/studio', '/studio/open', '/studio/open/team', '/studio/open/audit', '/studio/open/sources', '/studio/open/stats', '/studio/open/selection', '/studio/open/readers']) {
    const r = await call(s, jar, 'GET', path);
    assert.equal(r.status, 401, path);
    assert.ok(isSignIn(r), path + ' shows the sign-in page');
  }
  const r = await call(s, jar, 'POST', '/studio/open/compose', form(jar, { title: 'x', do: 'publish' }));
  assert.ok(isSignIn(r));
  assert.equal((await s.allEvents('open')).length, 0);
});

test('sign-out and `crier user reset` end the session', async () => {
  await s.channel('ends');
  const link = addUser('ends@example.org', 'ends', 'editor');
  const a = await viaLink(link, 'first password');
  const old = a.get('crier_studio');
  assert.equal((await call(s, a, 'GET', '/studio/ends')).status, 200);
  const out = await call(s, a, 'POST', '/studio/signout', form(a, {}));
  assert.equal(out.status, 303);
  const stale = new Jar();
  stale.cookies.set('crier_studio', old);
  stale.cookies.set('crier_csrf', a.get('crier_csrf'));
  assert.ok(isSignIn(await call(s, stale, 'GET', '/studio/ends')), 'the old cookie opens nothing');

  const b = (await signIn('ends@example.org', 'first password')).jar;
  assert.equal((await call(s, b, 'GET', '/studio/ends')).status, 200);
  const r = cli(['user', 'reset', 'ends@example.org'], { data: s.data });
  assert.equal(r.status, 0, r.stderr);
  assert.ok(isSignIn(await call(s, b, 'GET', '/studio/ends')), 'reset ends the session');
});

test('CSRF: a compose without the csrf field, or from a foreign Origin, is 403', async () => {
  await s.channel('csrf');
  const jar = await viaLink(addUser('csrf@example.org', 'csrf', 'editor'), 'csrf password');
  const none = await call(s, jar, 'POST', '/studio/csrf/compose', { form: { title: 'no token', do: 'publish' }, csrf: false });
  assert.equal(none.status, 403);
  const foreign = await call(s, jar, 'POST', '/studio/csrf/compose', { ...form(jar, { title: 'foreign', do: 'publish' }), origin: 'https://evil.example' });
  assert.equal(foreign.status, 403);
  assert.equal((await s.allEvents('csrf')).length, 0);
  const ok = await call(s, jar, 'POST', '/studio/csrf/compose', form(jar, { title: 'Fine', body: 'ok', do: 'publish' }));
  assert.equal(ok.status, 303, ok.text);
  assert.equal((await s.allEvents('csrf')).length, 1);
});

test('roles: an author drafts, may not publish nor delete an editor’s post; an editor publishes the draft', async () => {
  await s.channel('newsroom', { lang: 'fr', tz: 'Europe/Paris' });
  const author = await viaLink(addUser('author@example.org', 'newsroom', 'author'), 'author password');
  const editor = await viaLink(addUser('editor@example.org', 'newsroom', 'editor'), 'editor password');

  const page = await call(s, author, 'GET', '/studio/newsroom');
  assert.equal(page.status, 200);
  assert.doesNotMatch(page.text, /value="publish"/, 'no Publish now for a drafts-only author');

  const pub = await call(s, author, 'POST', '/studio/newsroom/compose', form(author, { title: 'Pas permis', body: 'x', do: 'publish' }));
  assert.equal(pub.status, 403);

  // a preview is the channel page's own rendering, and stores nothing
  const pre = await call(s, author, 'POST', '/studio/newsroom/compose', form(author, { title: 'Un *titre*', body: 'Du **gras**', importance: '3', tags: 'a, b', do: 'preview' }));
  assert.equal(pre.status, 200);
  assert.match(pre.text, /<article class="post imp-3/);
  assert.match(pre.text, /<strong>gras<\/strong>/);
  assert.match(pre.text, /<ul class="tags"><li>a<\/li><li>b<\/li><\/ul>/);
  assert.match(pre.text, /value="Un \*titre\*"/, 'the fields are kept');
  // a refusal keeps the fields and says why
  const bad = await call(s, author, 'POST', '/studio/newsroom/compose', form(author, { title: 'Bad link', body: 'kept body', source_url: 'javascript:alert(1)', do: 'draft' }));
  assert.equal(bad.status, 400);
  assert.match(bad.text, /source_url/);
  assert.match(bad.text, />kept body<\/textarea>/);

  const draft = await call(s, author, 'POST', '/studio/newsroom/compose', form(author, { title: 'Brouillon', body: 'Texte', do: 'draft' }));
  assert.equal(draft.status, 303, draft.text);
  assert.equal((await s.allEvents('newsroom')).length, 0, 'a draft is not out');
  const list = await s.api('GET', '/api/v1/channels/newsroom/posts');
  const d = list.json.drafts.find((p) => p.title === 'Brouillon');
  assert.ok(d, 'the draft is stored');
  // the author cannot publish it either
  assert.equal((await call(s, author, 'POST', `/studio/newsroom/posts/${d.id}/publish`, form(author, {}))).status, 403);

  // the editor's post: the author may not delete it
  const ed = await call(s, editor, 'POST', '/studio/newsroom/compose', form(editor, { title: 'Par l’éditeur', body: 'x', do: 'publish' }));
  assert.equal(ed.status, 303);
  const edPost = (await s.api('GET', '/api/v1/channels/newsroom/posts')).json.posts.find((p) => p.title === 'Par l’éditeur');
  const del = await call(s, author, 'POST', `/studio/newsroom/posts/${edPost.id}/delete`, form(author, {}));
  assert.equal(del.status, 403);
  assert.equal((await s.api('GET', `/api/v1/channels/newsroom/posts/${edPost.id}`)).status, 200);

  // the editor publishes the author's draft: it is in the catch-up events
  const go = await call(s, editor, 'POST', `/studio/newsroom/posts/${d.id}/publish`, form(editor, {}));
  assert.equal(go.status, 303, go.text);
  const evs = await s.allEvents('newsroom');
  assert.ok(evs.some((e) => JSON.stringify(e).includes('"title":"Brouillon"') && (e.type || e.kind) !== 'delete'), JSON.stringify(evs));
  // an edit goes out as an event too, and everything is in the audit log
  const edit = await call(s, editor, 'POST', `/studio/newsroom/posts/${d.id}/edit`, form(editor, { title: 'Brouillon revu', body: 'Texte', importance: '1', do: 'save' }));
  assert.equal(edit.status, 303, edit.text);
  assert.ok((await s.allEvents('newsroom')).some((e) => (e.type || e.kind) === 'edit' && JSON.stringify(e).includes('Brouillon revu')));
  const audit = await call(s, editor, 'GET', '/studio/newsroom/audit');
  assert.equal(audit.status, 200);
  for (const a of ['draft', 'publish', 'edit']) assert.match(audit.text, new RegExp(`<td>${a}`));
  assert.match(audit.text, /author@example.org/);
  assert.equal((await call(s, author, 'GET', '/studio/newsroom/audit')).status, 403);
});

test('the team page: an owner adds an author and hands over the link; toggles publishing', async () => {
  await s.channel('team');
  const owner = await viaLink(addUser('boss@example.org', 'team', 'owner'), 'boss password');
  const r = await call(s, owner, 'POST', '/studio/team/team', form(owner, { op: 'add', email: 'new@example.org', role: 'author' }));
  assert.equal(r.status, 200, r.text);
  const link = /value="https?:\/\/[^"]*(\/studio\/link\/[A-Za-z0-9_-]+)"/.exec(r.text)[1];
  const newbie = await viaLink(link, 'newbie password');
  const home = await call(s, newbie, 'GET', '/studio');
  assert.match(home.text, /href="\/studio\/team"/);
  assert.match(home.text, /drafts only/);
  const uid = /name="allow" value="(\d+)"/.exec((await call(s, owner, 'GET', '/studio/team/team')).text)[1];
  assert.equal((await call(s, owner, 'POST', '/studio/team/team', form(owner, { allow: uid }))).status, 303);
  assert.match((await call(s, newbie, 'GET', '/studio/team')).text, /value="publish"/);
  // an author cannot change the team
  assert.equal((await call(s, newbie, 'POST', '/studio/team/team', form(newbie, { remove: uid }))).status, 403);
});

test('sign-in is rate limited per address, without checking the password; and per account', async () => {
  const t = await new Server().start();
  try {
    await t.channel('rl');
    const pwFile = join(t.data, 'pw.txt');
    writeFileSync(pwFile, 'right password\n');
    const r = cli(['user', 'add', 'rl@example.org', '--channel', 'rl', '--role', 'owner', '--password-file', pwFile], { data: t.data });
    assert.equal(r.status, 0, r.stderr);
    const jar = await browser(t);
    const attempt = (email, password) => call(t, jar, 'POST', '/studio/signin', form(jar, { email, password }));
    // the account limit: 5 a minute
    for (let i = 0; i < 5; i++) assert.equal((await attempt('rl@example.org', 'wrong ' + i + ' password')).status, 401);
    const acc = await attempt('rl@example.org', 'right password');
    assert.equal(acc.status, 429, 'the account is held even with the right password');
    assert.ok(Number(acc.headers.get('retry-after')) >= 1);
    // the address limit: 10 a minute; 6 were taken above, this makes 10, the 11th is refused
    for (let i = 0; i < 4; i++) assert.equal((await attempt(`n${i}@example.org`, 'some password')).status, 401);
    const t0 = Date.now();
    const over = await attempt('other@example.org', 'some password');
    assert.equal(over.status, 429);
    assert.ok(Number(over.headers.get('retry-after')) >= 1);
    assert.ok(Date.now() - t0 < 500, 'no Argon2 behind a 429');
    assert.match(over.text, /action="\/studio\/signin"/);
  } finally { await t.cleanup(); }
});

test('wrong guesses at an account lock out unknown browsers, not the editor at a browser the node knows', async () => {
  const t = await new Server({ args: ['--limit-signins', '1000'] }).start();
  try {
    await t.channel('kd');
    const pwFile = join(t.data, 'pw.txt');
    writeFileSync(pwFile, 'right password\n');
    const r = cli(['user', 'add', 'kd@example.org', '--channel', 'kd', '--role', 'owner', '--password-file', pwFile], { data: t.data });
    assert.equal(r.status, 0, r.stderr);
    const attempt = (jar, password) => call(t, jar, 'POST', '/studio/signin', form(jar, { email: 'kd@example.org', password }));
    // The editor signs in once: the browser is known from then on.
    const editor = await browser(t);
    assert.equal((await attempt(editor, 'right password')).status, 303);
    const known = editor.raw.get('crier_known');
    assert.ok(known, 'a known-device cookie');
    assert.match(known, /HttpOnly/);
    assert.match(known, /Path=\/studio/);
    assert.match(known, /SameSite=Strict/);
    assert.match(known, /Max-Age=31536000/);
    // Someone else guesses: with the editor's first sign-in, five attempts
    // at the account; the account is held for browsers it does not know...
    const attacker = await browser(t);
    for (let i = 0; i < 4; i++) assert.equal((await attempt(attacker, 'guess ' + i)).status, 401);
    assert.equal((await attempt(attacker, 'right password')).status, 429, 'held, even with the right password');
    const forged = await browser(t);
    forged.cookies.set('crier_known', editor.get('crier_known').replace(/.$/, c => (c === 'A' ? 'B' : 'A')));
    assert.equal((await attempt(forged, 'right password')).status, 429, 'a forged cookie is no known browser');
    // ...but not for the editor's own browser (signed out: its known-device
    // cookie and no session).
    const later = async () => {
      const j = await browser(t);
      j.cookies.set('crier_known', editor.get('crier_known'));
      return j;
    };
    const back = await attempt(await later(), 'right password');
    assert.equal(back.status, 303, 'the editor signs in: ' + back.status);
    assert.equal(back.headers.getSetCookie().filter(c => c.startsWith('crier_known=')).length, 0,
      'a known browser gets no new device cookie');
    // That browser's own attempts still count, in a bucket of its own (the
    // sign-in above was the first of five).
    for (let i = 0; i < 4; i++) assert.equal((await attempt(await later(), 'typo ' + i)).status, 401);
    assert.equal((await attempt(await later(), 'right password')).status, 429, 'its own five attempts hold it');
  } finally { await t.cleanup(); }
});

test('a photo upload from a studio session: an author of the channel may (with the CSRF header), no role or no header may not', async () => {
  await s.channel('photos');
  await s.channel('ailleurs');
  const au = await viaLink(addUser('photo-au@example.org', 'photos', 'author'), 'photo author');
  const other = await viaLink(addUser('photo-other@example.org', 'ailleurs', 'editor'), 'photo other');
  const jpeg = readFileSync(join(ROOT, 'tests/fixtures/photo.jpg'));
  const upload = (jar, slug, csrf = true) => fetch(`${s.url}/api/v1/channels/${slug}/media?alt=${encodeURIComponent('Un quai')}`, {
    method: 'POST',
    headers: { cookie: jar.header(), origin: s.url, 'content-type': 'image/jpeg', ...(csrf ? { 'x-csrf-token': jar.get('crier_csrf') } : {}) },
    body: jpeg,
  });
  const ok = await upload(au, 'photos');
  const okText = await ok.text();
  assert.equal(ok.status, 201, okText);
  const j = JSON.parse(okText);
  assert.match(j.id, /^[0-9a-f]{64}$/);
  assert.match(j.url, /^\/media\//);
  assert.equal((await upload(au, 'photos', false)).status, 403, 'no CSRF header');
  assert.equal((await upload(other, 'photos')).status, 403, 'no role in the channel');
  // and the author's draft takes it
  const d = await call(s, au, 'POST', '/studio/photos/compose', form(au, { title: 'Avec photo', body: 'x', photo: j.id, caption: 'Le quai', credit: 'Photo X', do: 'draft' }));
  assert.equal(d.status, 303, d.text);
  const draft = (await s.api('GET', '/api/v1/channels/photos/posts')).json.drafts[0];
  assert.equal(draft.media.id, j.id);
});

test('schedule: "Publish at" is local to the channel’s zone; the post waits in the stream', async () => {
  await s.channel('sched', { tz: 'Asia/Tokyo' });
  const ed = await viaLink(addUser('sched@example.org', 'sched', 'editor'), 'sched password');
  // two hours ahead, written as Tokyo's wall clock (UTC+9, no daylight saving)
  const at = new Date(Date.now() + 2 * 3600e3 + 9 * 3600e3).toISOString().slice(0, 16);
  const r = await call(s, ed, 'POST', '/studio/sched/compose', form(ed, { title: 'Plus tard', body: 'x', publish_at: at, do: 'schedule' }));
  assert.equal(r.status, 303, r.text);
  const list = await s.api('GET', '/api/v1/channels/sched/posts');
  assert.equal(list.json.scheduled.length, 1);
  const when = Date.parse(list.json.scheduled[0].publish_at);
  assert.ok(Math.abs(when - (Date.now() + 2 * 3600e3)) < 120e3, list.json.scheduled[0].publish_at);
  assert.equal((await s.allEvents('sched')).length, 0);
  const page = await call(s, ed, 'GET', '/studio/sched');
  assert.match(page.text, /id="scheduled-list"[\s\S]*Plus tard/);
});

test('schedule a draft from its edit form: who may publish, a time to come, the form saved with it', async () => {
  await s.channel('sched2', { tz: 'Asia/Tokyo' });
  const au = await viaLink(addUser('sched2-au@example.org', 'sched2', 'author'), 'sched2 author');
  const ed = await viaLink(addUser('sched2-ed@example.org', 'sched2', 'editor'), 'sched2 editor');
  const tokyo = (ms) => new Date(ms + 9 * 3600e3).toISOString().slice(0, 16);
  const d = await call(s, au, 'POST', '/studio/sched2/compose', form(au, { title: 'Brouillon', body: 'x', do: 'draft' }));
  assert.equal(d.status, 303, d.text);
  const id = (await s.api('GET', '/api/v1/channels/sched2/posts')).json.drafts[0].id;
  const url = `/studio/sched2/posts/${id}/edit`;
  // the author's edit form has no schedule, and a forged one is refused
  assert.doesNotMatch((await call(s, au, 'GET', url)).text, /value="schedule"/);
  const later = tokyo(Date.now() + 3600e3);
  assert.equal((await call(s, au, 'POST', url, form(au, { title: 'Brouillon', body: 'x', publish_at: later, do: 'schedule' }))).status, 403);
  // the editor's has; a time already past, or none, is refused and nothing changes
  assert.match((await call(s, ed, 'GET', url)).text, /name="publish_at"[\s\S]*value="schedule"/);
  for (const at of [tokyo(Date.now() - 3600e3), '']) {
    const r = await call(s, ed, 'POST', url, form(ed, { title: 'Brouillon', body: 'x', publish_at: at, do: 'schedule' }));
    assert.equal(r.status, 400, r.text);
    assert.match(r.text, /publish_at/);
  }
  assert.equal((await s.api('GET', '/api/v1/channels/sched2/posts')).json.drafts.length, 1);
  const ok = await call(s, ed, 'POST', url, form(ed, { title: 'Revu et programmé', body: 'x', publish_at: later, do: 'schedule' }));
  assert.equal(ok.status, 303, ok.text);
  const list = (await s.api('GET', '/api/v1/channels/sched2/posts')).json;
  assert.equal(list.drafts.length, 0);
  assert.equal(list.scheduled.length, 1);
  assert.equal(list.scheduled[0].title, 'Revu et programmé', 'the form is saved with the time');
  assert.ok(Math.abs(Date.parse(list.scheduled[0].publish_at) - (Date.now() + 3600e3)) < 120e3);
  assert.equal((await s.allEvents('sched2')).length, 0, 'not out yet');
  // its edit form shows the time, local; the audit log says who scheduled it
  assert.match((await call(s, ed, 'GET', url)).text, new RegExp(`name="publish_at" value="${later}"`));
  assert.match((await call(s, ed, 'GET', '/studio/sched2/audit')).text, /<td>schedule/);
});

test('an editor pins a post to the top of the channel page and takes it down; an author may not', async () => {
  await s.channel('une', { lang: 'fr' });
  const ed = await viaLink(addUser('une-ed@example.org', 'une', 'editor'), 'une password ed');
  const au = await viaLink(addUser('une-au@example.org', 'une', 'author', ['--may-publish']), 'une password au');
  const p = await s.post('une', { title: '« Alerte » météo : M. Dupont appelle à la prudence' });
  assert.equal(p.status, 201, p.text);
  const stream = await call(s, ed, 'GET', '/studio/une');
  assert.match(stream.text, new RegExp(`/studio/une/posts/${p.json.id}/top"`), 'the stream offers it');
  const top = await call(s, ed, 'POST', `/studio/une/posts/${p.json.id}/top`, form(ed, {}));
  assert.equal(top.status, 303, top.text);
  assert.equal((await s.api('GET', '/api/v1/channels/une')).json.pinned_post_id, p.json.id);
  const events = await s.allEvents('une');
  assert.equal(events.at(-1).type, 'pin', 'readers learn it live');
  assert.match((await call(s, ed, 'GET', '/studio/une')).text,
    new RegExp(`/studio/une/posts/${p.json.id}/untop"`), 'now offered the other way');
  const no = await call(s, au, 'POST', `/studio/une/posts/${p.json.id}/untop`, form(au, {}));
  assert.equal(no.status, 403, 'an author may not move the top of the page');
  assert.equal((await s.api('GET', '/api/v1/channels/une')).json.pinned_post_id, p.json.id);
  const off = await call(s, ed, 'POST', `/studio/une/posts/${p.json.id}/untop`, form(ed, {}));
  assert.equal(off.status, 303);
  assert.equal((await s.api('GET', '/api/v1/channels/une')).json.pinned_post_id, null);
  const audit = await s.api('GET', '/api/v1/channels/une/audit');
  assert.deepEqual(audit.json.entries.slice(0, 2).map(e => [e.action, e.actor]),
    [['unpin_top', 'une-ed@example.org'], ['pin_top', 'une-ed@example.org']]);
});

test('a live preview asks with fragment=1: the preview block alone, or the refusal; nothing is stored', async () => {
  await s.channel('frag', { lang: 'fr' });
  const au = await viaLink(addUser('frag@example.org', 'frag', 'author'), 'frag password');
  const ok = await call(s, au, 'POST', '/studio/frag/compose',
    form(au, { title: 'Aperçu « vif »', body: 'Du **gras**.', do: 'preview', fragment: '1' }));
  assert.equal(ok.status, 200, ok.text);
  assert.doesNotMatch(ok.text, /<html|<form/i, 'a fragment, not a page');
  assert.match(ok.text, /<section class="preview"[\s\S]*Aperçu «\s?vif\s?»[\s\S]*<strong>gras<\/strong>/);
  assert.match(ok.headers.get('content-security-policy') || '', /default-src 'self'/);
  const bad = await call(s, au, 'POST', '/studio/frag/compose', form(au, { title: '', do: 'preview', fragment: '1' }));
  assert.equal(bad.status, 400);
  assert.match(bad.text, /^<p class="error" role="alert">/);
  const none = await call(s, au, 'POST', '/studio/frag/compose', { form: { title: 'x', do: 'preview', fragment: '1' }, csrf: false });
  assert.equal(none.status, 403, 'the CSRF field is still required');
  assert.equal((await s.api('GET', '/api/v1/channels/frag/posts')).json.drafts.length, 0);
});
