// The studio's stats, next selection and readers tabs, by plain fetch with
// cookies by hand (lib/jar.mjs): the members chart drawn from what the
// "member days" job records (run every 200 ms here, --stats-every-ms), the
// per-post views; the next selection's preview with its score breakdown,
// and Pin changing what the selection takes; invites made, used, revoked,
// and a pending reader approved, all audited.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Server, cli, waitFor } from './lib/server.mjs';
import { call, browser, makeInvite, joinInvite } from './lib/jar.mjs';

let s;
before(async () => { s = await new Server({ args: ['--limit-signins', '1000', '--stats-every-ms', '200'] }).start(); });
after(async () => { await s.cleanup(); });

const form = (jar, fields) => ({ form: { csrf: jar.get('crier_csrf'), ...fields }, csrf: false });

// An account with a role and a password, signed in: its jar.
async function signedIn(email, slug, role) {
  const file = join(s.data, email + '.pw');
  writeFileSync(file, 'a long password\n');
  const r = cli(['user', 'add', email, '--channel', slug, '--role', role, '--password-file', file], { data: s.data });
  assert.equal(r.status, 0, r.stderr);
  const jar = await browser(s);
  const si = await call(s, jar, 'POST', '/studio/signin', form(jar, { email, password: 'a long password' }));
  assert.equal(si.status, 303, si.text);
  return jar;
}

test('stats: the members chart follows a join; the posts table shows views', async () => {
  await s.channel('stats', { lang: 'fr', tz: 'Europe/Paris' });
  const owner = await signedIn('stats-owner@example.org', 'stats', 'owner');
  const author = await signedIn('stats-author@example.org', 'stats', 'author');

  const before = await call(s, owner, 'GET', '/studio/stats/stats');
  assert.equal(before.status, 200, before.text);
  assert.match(before.text, /aria-current="page">Stats</);
  assert.match(before.text, /id="members-now">0</);

  const p = await s.post('stats', { title: 'Le <pont> rouvre', body: 'Texte.' });
  assert.equal(p.status, 201, p.text);
  const inv = await makeInvite(s, 'stats');
  const readers = [await browser(s), await browser(s)];
  for (const jar of readers) {
    assert.equal((await joinInvite(s, jar, inv.url)).status, 303);
    const v = await call(s, jar, 'POST', '/api/v1/channels/stats/views', { body: { views: { [p.json.id]: 1 } } });
    assert.equal(v.status, 204, v.text);
  }

  // The job records today's row; the chart's last point says 2.
  let page;
  await waitFor(async () => {
    page = await call(s, owner, 'GET', '/studio/stats/stats');
    return /<svg[^>]*>[\s\S]*: 2<\/title>[\s\S]*<\/svg>/.test(page.text);
  }, { what: 'the chart shows 2 members', timeout: 5000 });
  assert.match(page.text, /id="members-now">2</);
  const svg = /<svg[\s\S]*?<\/svg>/.exec(page.text)[0];
  assert.match(svg, /<title>Members<\/title>/, 'the chart is named');
  assert.doesNotMatch(svg, /style=/, 'no style attribute (CSP)');
  const fr = await call(s, owner, 'GET', '/studio/stats/stats', { headers: { 'accept-language': 'fr' } });
  assert.match(fr.text, /<title>Membres<\/title>/, 'in French for a French browser');
  assert.match(fr.text, /Publications récentes/);

  // The post's row: its title escaped, 2 views, a reach of 2, an audience.
  const row = new RegExp(`<tr data-post="${p.json.id}">([\\s\\S]*?)</tr>`).exec(page.text);
  assert.ok(row, 'the post is listed');
  assert.match(row[1], /Le &lt;pont&gt; rouvre/);
  assert.match(row[1], /class="num views">2</);
  assert.match(row[1], /class="num reach">2</);
  assert.match(row[1], /class="num audience">(2|—)</);

  // Authors see the stats (read-only); a reader's cookie opens nothing.
  assert.equal((await call(s, author, 'GET', '/studio/stats/stats')).status, 200);
  assert.equal((await call(s, readers[0], 'GET', '/studio/stats/stats')).status, 401);
});

test('next selection: the preview with its breakdown; Pin, from the tab, makes the selection take the post', async () => {
  // A slot two hours ahead (UTC), one item a selection.
  const at = new Date(Date.now() + 2 * 3600e3);
  const time = `${String(at.getUTCHours()).padStart(2, '0')}:${String(at.getUTCMinutes()).padStart(2, '0')}`;
  await s.channel('sel', { lang: 'en', tz: 'UTC', selection: { slots: [{ name: 'soon', time }], max_items: 1 } });
  const editor = await signedIn('sel-editor@example.org', 'sel', 'editor');
  const author = await signedIn('sel-author@example.org', 'sel', 'author');
  const big = await s.post('sel', { title: 'Dam breaks upstream', body: 'The dam broke at dawn. Villages are evacuated.', importance: 2 });
  const small = await s.post('sel', { title: 'Bakery wins a prize', body: 'The bakery on the square won a prize.', importance: 1 });
  assert.equal(big.status, 201, big.text);
  assert.equal(small.status, 201, small.text);

  const preview = async () => (await s.api('GET', '/api/v1/channels/sel/selections/preview?slot=soon')).json.items.map((i) => i.post_id);
  assert.deepEqual(await preview(), [big.json.id], 'one item: the important post');

  const page = await call(s, editor, 'GET', '/studio/sel/selection');
  assert.equal(page.status, 200, page.text);
  assert.match(page.text, /Soon selection — /, 'the next slot');
  const items = /<ol class="sel-items" id="sel-items">([\s\S]*?)<\/ol>/.exec(page.text)[1];
  assert.match(items, new RegExp(`data-post="${big.json.id}"`));
  assert.match(items, /Dam breaks upstream/);
  assert.match(items, /The dam broke at dawn\./, 'the lede');
  for (const part of ['Score', 'importance', 'engagement', 'coverage', 'freshness']) assert.match(items, new RegExp(`${part} <b>\\d+\\.\\d\\d</b>`));
  assert.doesNotMatch(items, /Bakery/);
  const out = /id="out-h"[\s\S]*$/.exec(page.text)[0];
  assert.match(out, /Bakery wins a prize/, 'left out, listed');
  const pinAction = `/studio/sel/posts/${small.json.id}/pin`;
  assert.match(out, new RegExp(`action="${pinAction}"`), 'with a Pin form');

  // An author has no such tab.
  assert.equal((await call(s, author, 'GET', '/studio/sel/selection')).status, 403);

  // Pin: back to the tab, and the selection takes the pinned post.
  const pin = await call(s, editor, 'POST', pinAction, form(editor, { back: 'selection' }));
  assert.equal(pin.status, 303, pin.text);
  assert.equal(pin.headers.get('location'), '/studio/sel/selection?done=pin');
  assert.ok((await preview()).includes(small.json.id), 'the pinned post is chosen');
  const after = await call(s, editor, 'GET', '/studio/sel/selection?done=pin');
  const items2 = /<ol class="sel-items" id="sel-items">([\s\S]*?)<\/ol>/.exec(after.text)[1];
  assert.match(items2, /Bakery wins a prize[\s\S]*Pinned/);
  assert.match(items2, new RegExp(`action="/studio/sel/posts/${small.json.id}/unpin"`));

  // Exclude the important one: out, and listed as excluded; Unpin clears
  // either mark, and the selection is as it was.
  const mark = (id, what) => call(s, editor, 'POST', `/studio/sel/posts/${id}/${what}`, form(editor, { back: 'selection' }));
  assert.equal((await mark(big.json.id, 'exclude')).status, 303);
  assert.deepEqual(await preview(), [small.json.id], 'excluded');
  const ex = await call(s, editor, 'GET', '/studio/sel/selection');
  assert.match(/id="out-h"[\s\S]*$/.exec(ex.text)[0], /Dam breaks upstream[\s\S]*Excluded/);
  assert.equal((await mark(big.json.id, 'unpin')).status, 303);
  assert.equal((await mark(small.json.id, 'unpin')).status, 303);
  assert.deepEqual(await preview(), [big.json.id], 'unmarked: as before');
  const audit = await call(s, editor, 'GET', '/studio/sel/audit');
  for (const a of ['pin', 'exclude', 'unmark']) assert.match(audit.text, new RegExp(`<td>${a} #`));
});

test('readers: an invite made in the studio works, is revoked, and a pending reader is approved', async () => {
  await s.channel('club', { visibility: 'private', lang: 'en' });
  const owner = await signedIn('club-owner@example.org', 'club', 'owner');
  const author = await signedIn('club-author@example.org', 'club', 'author');
  assert.equal((await call(s, author, 'GET', '/studio/club/readers')).status, 403);

  const made = await call(s, owner, 'POST', '/studio/club/readers', form(owner, { op: 'create', label: 'Family & friends', max_uses: '5', expires_days: '7' }));
  assert.equal(made.status, 200, made.text);
  const link = /id="invite-link" class="link" href="([^"]+)"/.exec(made.text)[1];
  assert.match(link, /^http:\/\/127\.0\.0\.1:\d+\/\+[A-Za-z0-9_-]{16,}$/);
  assert.match(made.text, new RegExp(`data-qr="${link.replace(/[+.]/g, '\\$&')}"`), 'the QR code to draw');
  const path = new URL(link).pathname;

  // A reader joins with it.
  const a = await browser(s);
  assert.equal((await joinInvite(s, a, path)).status, 303);
  const members = async (state) => (await s.api('GET', `/api/v1/channels/club/members?state=${state}`)).json.members;
  assert.equal((await members('member')).length, 1);

  // The list shows it (uses 1 / 5); the link is not shown again.
  const list = await call(s, owner, 'GET', '/studio/club/readers');
  assert.doesNotMatch(list.text, /id="invite-link"/);
  const id = /data-invite="(\d+)"/.exec(list.text)[1];
  assert.match(list.text, /Family &amp; friends/);
  assert.match(list.text, /1 \/ 5 uses/);

  // Revoked: the link stops working.
  const rev = await call(s, owner, 'POST', '/studio/club/readers', form(owner, { revoke: id }));
  assert.equal(rev.status, 303, rev.text);
  assert.equal((await joinInvite(s, await browser(s), path)).status, 410);
  assert.match((await call(s, owner, 'GET', '/studio/club/readers')).text, /class="state">revoked</);

  // An invite with approval: the reader waits, the owner approves.
  const ap = await call(s, owner, 'POST', '/studio/club/readers', form(owner, { op: 'create', approval: 'on' }));
  const apPath = new URL(/id="invite-link" class="link" href="([^"]+)"/.exec(ap.text)[1]).pathname;
  const b = await browser(s);
  assert.equal((await joinInvite(s, b, apPath)).status, 303);
  const [pend] = await members('pending');
  assert.ok(pend, 'pending');
  const q = await call(s, owner, 'GET', '/studio/club/readers');
  assert.match(q.text, new RegExp(`data-reader="${pend.reader}"[\\s\\S]*name="approve" value="${pend.reader}"`));
  const ok = await call(s, owner, 'POST', '/studio/club/readers', form(owner, { approve: String(pend.reader) }));
  assert.equal(ok.status, 303, ok.text);
  assert.equal((await members('pending')).length, 0);
  assert.equal((await members('member')).length, 2);
  assert.equal((await call(s, b, 'GET', '/api/v1/channels/club/events')).status, 200, 'approved: open');

  // Reject a second one; a bad id is a 404 on the page, nothing done.
  const c = await browser(s);
  assert.equal((await joinInvite(s, c, apPath)).status, 303);
  const [pc] = await members('pending');
  assert.equal((await call(s, owner, 'POST', '/studio/club/readers', form(owner, { reject: String(pc.reader) }))).status, 303);
  assert.equal((await members('pending')).length, 0);
  assert.equal((await call(s, owner, 'POST', '/studio/club/readers', form(owner, { approve: '999999' }))).status, 404);
  // CSRF: no field, nothing made
  const none = await call(s, owner, 'POST', '/studio/club/readers', { form: { op: 'create' }, csrf: false });
  assert.equal(none.status, 403);

  const audit = await call(s, owner, 'GET', '/studio/club/audit');
  for (const act of ['invite_create', 'invite_revoke', 'member_approve', 'member_reject']) assert.match(audit.text, new RegExp(`<td>${act}</td>`));
});
