// The studio in a real browser (Debian's Chromium through playwright-core),
// as issue 12 asks it: an owner signs in and invites an author (the team
// page shows the one-time link), the author sets a password through it and
// writes a draft with the Markdown toolbar and a photo (uploaded from the
// compose form's file input through the media API, with alt, caption and
// credit); an editor opens the draft, previews it (the photo from /media/)
// and schedules it two minutes ahead in the channel's zone; a reader has
// the channel open, the test moves the server's clock two minutes on (serve
// --test-clock), and the post appears live on the reader's page, photo and
// all; an edit in the studio reaches the reader's page live. The next
// selection tab's Pin makes the selection take the post. Every studio page,
// at 390x844 and 1440x900, has no horizontal overflow and no CSP violation.
// The stats, next selection and readers tabs too, with an invite's QR code
// that decodes to its link.
// e2e: long: a real browser.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Server, cli, waitFor, ROOT } from './lib/server.mjs';
import { call, browser as jarBrowser, makeInvite, joinInvite } from './lib/jar.mjs';
import { launch, openPage, outFile, VIEWPORTS, CHROMIUM } from './lib/browser.mjs';

const HAVE_BROWSER = existsSync(CHROMIUM);
let s;
let browser;

before(async () => {
  if (!HAVE_BROWSER) return;
  s = await new Server({ args: ['--limit-signins', '1000', '--stats-every-ms', '200', '--test-clock', '--selection-every-ms', '1000'] }).start();
  browser = await launch();
});
after(async () => {
  if (browser) await browser.close();
  if (s) await s.cleanup();
});

function account(email, slug, role) {
  const file = join(s.data, email + '.pw');
  writeFileSync(file, 'a long password\n');
  const r = cli(['user', 'add', email, '--channel', slug, '--role', role, '--password-file', file], { data: s.data });
  assert.equal(r.status, 0, r.stderr);
}

// A page that also records securitypolicyviolation events.
async function studioPage(viewport) {
  const p = await openPage(browser, { viewport });
  await p.page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));
  });
  return p;
}

async function signIn(page, email) {
  await page.goto(s.url + '/studio/signin');
  await page.fill('input[name=email]', email);
  await page.fill('input[name=password]', 'a long password');
  await Promise.all([page.waitForURL(s.url + '/studio'), page.click('button[type=submit]')]);
}

// The server's clock (serve --test-clock): {now} sets it, {advance_ms}
// moves it; returns what it reads.
async function serverClock(body) {
  const r = await s.api('POST', '/api/v1/test/clock', body);
  assert.equal(r.status, 200, r.text);
  return r.json.now;
}

// ms as the wall clock of zone tz shows it, to the minute, as a
// datetime-local input takes it: "2026-05-06T11:02".
function localMinute(ms, tz) {
  const f = new Intl.DateTimeFormat('en-GB', { timeZone: tz, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const p = Object.fromEntries(f.formatToParts(new Date(ms)).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

// No horizontal overflow, no CSP violation; a screenshot for the record.
async function layoutOk(p, name) {
  const { page, problems } = p;
  const w = await page.evaluate(() => ({ sw: document.documentElement.scrollWidth, iw: window.innerWidth, csp: window.__csp }));
  assert.ok(w.sw <= w.iw, `${name}: scrollWidth ${w.sw} > ${w.iw}`);
  assert.deepEqual(w.csp, [], `${name}: CSP violations`);
  assert.deepEqual(problems, [], `${name}: problems`);
  await page.screenshot({ path: outFile(`studio-${name}.png`), fullPage: true });
}

test('owner invites an author, the author drafts with a photo, an editor previews and schedules it, a reader sees it live at that time; an edit goes live', { skip: !HAVE_BROWSER && 'no chromium' }, async () => {
  const TZ = 'Europe/Paris';
  await s.channel('desk', { title: 'Le desk', lang: 'fr', tz: TZ });
  account('owner@example.org', 'desk', 'owner');
  account('editor@example.org', 'desk', 'editor');

  // the owner adds an author; the team page shows the link to hand over
  const owner = await studioPage(VIEWPORTS.desktop);
  await signIn(owner.page, 'owner@example.org');
  await owner.page.click('a[href="/studio/desk"]');
  await owner.page.click('a[href="/studio/desk/team"]');
  await owner.page.waitForURL(s.url + '/studio/desk/team');
  await owner.page.fill('input[name=email]', 'author@example.org');
  await owner.page.selectOption('select[name=role]', 'author');
  await owner.page.click('form[action="/studio/desk/team"] button.primary');
  const link = await owner.page.inputValue('#member-link');
  assert.match(link, /\/studio\/link\/[A-Za-z0-9_-]{43}$/);
  await layoutOk(owner, 'team-desktop');

  // the author takes the link and writes a draft with the toolbar and a photo
  const author = await studioPage(VIEWPORTS.phone);
  await author.page.goto(link);
  await author.page.fill('input[name=password]', 'author password');
  await author.page.fill('input[name=password2]', 'author password');
  await Promise.all([author.page.waitForURL(s.url + '/studio'), author.page.click('button[type=submit]')]);
  await author.page.click('a[href="/studio/desk"]');
  await author.page.waitForSelector('.toolbar:not([hidden])');
  assert.equal(await author.page.locator('button[value=publish]').count(), 0, 'drafts only');
  assert.equal(await author.page.locator('button[value=schedule]').count(), 0, 'no schedule for a drafts-only author');
  const TITLE = 'Le brouillon de l’auteur';
  await author.page.fill('input[name=title]', TITLE);
  await author.page.fill('textarea[name=body]', 'Une phrase ');
  await author.page.click('.toolbar button[data-md=bold]');
  assert.equal(await author.page.inputValue('textarea[name=body]'), 'Une phrase **bold**');
  // the photo: alt first (the upload sends it), then the file input; studio.js
  // uploads it through the media API and fills in its id
  await author.page.fill('#alt', 'Le port de Marseille au lever du jour');
  assert.ok(await author.page.locator('label.upload').isVisible(), 'the file input is offered');
  const uploaded = author.page.waitForResponse((r) => r.url().includes('/api/v1/channels/desk/media'));
  await author.page.setInputFiles('#upload', join(ROOT, 'tests/fixtures/photo.jpg'));
  const up = await uploaded;
  assert.equal(up.status(), 201, 'the media API takes the upload');
  await waitFor(async () => /^[0-9a-f]{64}$/.test(await author.page.inputValue('#photo')), { what: 'the photo id', timeout: 5000, step: 50 });
  const photoId = await author.page.inputValue('#photo');
  assert.equal(await author.page.textContent('.upload-status'), '', 'no upload error');
  await author.page.fill('input[name=caption]', 'Le Vieux-Port, à l’aube');
  await author.page.fill('input[name=credit]', 'Photo Jeanne Martin');
  await author.page.click('button[value=preview]');
  await author.page.waitForSelector('.preview article.post strong');
  assert.match(await author.page.getAttribute('.preview article.post img', 'src'), /^\/media\//);
  await layoutOk(author, 'preview-phone');
  await author.page.click('button[value=draft]');
  await author.page.waitForSelector('#drafts-list .stream-post');
  assert.match(await author.page.textContent('#drafts-list'), /Le brouillon de l’auteur/);
  await layoutOk(author, 'channel-phone');
  const stored = await s.api('GET', '/api/v1/channels/desk/posts');
  const draft = stored.json.drafts.find((p) => p.title === TITLE);
  assert.ok(draft, 'the draft is stored');
  assert.equal(draft.media.id, photoId, 'with the uploaded photo');
  assert.equal(draft.media.caption, 'Le Vieux-Port, à l’aube');
  assert.equal(draft.media.credit, 'Photo Jeanne Martin');
  assert.equal(stored.json.posts.length, 0, 'nothing out');

  // a reader has the channel open
  const reader = await openPage(browser, { viewport: VIEWPORTS.phone });
  await reader.page.goto(s.url + '/desk');
  await reader.page.waitForSelector('body[data-conn="live"]', { timeout: 5000 });

  // the server's clock at the start of a minute, so that "two minutes
  // ahead" to the minute is exactly 2 min less 1 s ahead
  const t0 = await serverClock({ now: Math.ceil(Date.now() / 60000) * 60000 + 1000 });
  const at = localMinute(t0 - 1000 + 120000, TZ);

  // the editor opens the draft, previews it (the photo from /media/) and
  // schedules it two minutes ahead, in the channel's zone
  const editor = await studioPage(VIEWPORTS.desktop);
  await signIn(editor.page, 'editor@example.org');
  await editor.page.click('a[href="/studio/desk"]');
  await editor.page.click(`#drafts-list a[href="/studio/desk/posts/${draft.id}/edit"]`);
  await editor.page.waitForURL(/\/edit$/);
  assert.equal(await editor.page.inputValue('#photo'), photoId, 'the photo stays with the draft');
  await editor.page.click('button[value=preview]');
  const shown = editor.page.locator('.preview article.post img');
  await shown.waitFor();
  assert.match(await shown.getAttribute('src'), new RegExp(`^/media/${photoId}`));
  assert.equal(await shown.getAttribute('alt'), 'Le port de Marseille au lever du jour');
  assert.ok(await shown.evaluate((img) => img.complete && img.naturalWidth > 0), 'the photo loads from /media/');
  assert.match(await editor.page.textContent('.preview figcaption'), /Le Vieux-Port, à l’aube[\s\S]*Photo Jeanne Martin/);
  await layoutOk(editor, 'edit-preview-desktop');
  await editor.page.fill('input[name=publish_at]', at);
  await Promise.all([editor.page.waitForURL(/done=schedule/), editor.page.click('button[value=schedule]')]);
  assert.match(await editor.page.textContent('#scheduled-list'), /Le brouillon de l’auteur/);
  await layoutOk(editor, 'channel-desktop');

  // not before its time: the due job (every second) leaves it waiting
  await sleep(1500);
  assert.equal(await reader.page.locator('article.post:has-text("Le brouillon de l’auteur")').count(), 0, 'not yet');
  const waiting = await s.api('GET', '/api/v1/channels/desk/posts');
  assert.equal(waiting.json.scheduled.length, 1);
  assert.equal(waiting.json.scheduled[0].id, draft.id);

  // two minutes later on the server's clock, it is live on the reader's page
  const t1 = await serverClock({ advance_ms: 120000 });
  assert.ok(t1 >= t0 + 120000);
  const live = reader.page.locator('#posts article.post:has-text("Le brouillon de l’auteur")');
  await live.waitFor({ timeout: 5000 });
  assert.match(await live.innerHTML(), /<strong>bold<\/strong>/);
  const img = live.locator('img');
  assert.match(await img.getAttribute('src'), /^\/media\/[0-9a-f]{64}/);
  await waitFor(() => img.evaluate((i) => i.complete && i.naturalWidth > 0), { what: 'the photo on the reader’s page', timeout: 5000, step: 50 });
  assert.match(await live.textContent(), /Photo Jeanne Martin/);
  const out = await s.api('GET', '/api/v1/channels/desk/posts');
  assert.equal(out.json.posts.length, 1);
  assert.ok(out.json.posts[0].published_at >= t0 + 119000, 'published at its time on the server’s clock');

  // an edit made in the studio reaches the reader's open page
  await editor.page.goto(s.url + '/studio/desk');
  await editor.page.click(`#published-list a[href="/studio/desk/posts/${draft.id}/edit"]`);
  await editor.page.fill('input[name=title]', 'Le papier revu par l’éditeur');
  await Promise.all([editor.page.waitForURL(/done=edit/), editor.page.click('button[value=save]')]);
  await reader.page.locator('#posts article.post:has-text("Le papier revu par l’éditeur")').waitFor({ timeout: 5000 });
  assert.equal(await reader.page.locator('#posts article.post:has-text("Le brouillon de l’auteur")').count(), 0, 'the old title is gone');
  assert.deepEqual(reader.problems, [], 'the reader page: no problems');
  await reader.page.screenshot({ path: outFile('studio-reader-live-phone.png'), fullPage: true });

  // every studio page at both sizes
  for (const [size, vp] of Object.entries({ phone: VIEWPORTS.phone, desktop: VIEWPORTS.desktop })) {
    const p = await studioPage(vp);
    await p.page.goto(s.url + '/studio/signin');
    await layoutOk(p, `signin-${size}`);
    await signIn(p.page, 'owner@example.org');
    for (const path of ['', '/desk', '/desk/team', '/desk/audit', '/desk/sources']) {
      await p.page.goto(s.url + '/studio' + path);
      await layoutOk(p, `${path.replaceAll('/', '-') || '-home'}-${size}`.slice(1));
    }
    await p.context.close();
  }
  for (const p of [owner, author, reader, editor]) await p.context.close();
});

test('the next selection tab: Pin changes the next selection', { skip: !HAVE_BROWSER && 'no chromium' }, async () => {
  // one item a selection, at a slot two hours ahead of the server's clock
  const now = await serverClock({});
  const at = new Date(now + 2 * 3600e3);
  const time = `${String(at.getUTCHours()).padStart(2, '0')}:${String(at.getUTCMinutes()).padStart(2, '0')}`;
  await s.channel('une', { lang: 'fr', tz: 'UTC', selection: { slots: [{ name: 'soon', time }], max_items: 1 } });
  account('une-editor@example.org', 'une', 'editor');
  const big = await s.post('une', { title: 'Un barrage cède en amont', body: 'Le barrage a cédé à l’aube. Des villages sont évacués.', importance: 2 });
  const small = await s.post('une', { title: 'La boulangerie primée', body: 'La boulangerie de la place a reçu un prix.', importance: 1 });
  assert.equal(big.status, 201, big.text);
  assert.equal(small.status, 201, small.text);
  const preview = async () => (await s.api('GET', '/api/v1/channels/une/selections/preview?slot=soon')).json.items.map((i) => i.post_id);
  assert.deepEqual(await preview(), [big.json.id], 'before: the important post');

  for (const [size, vp] of Object.entries({ phone: VIEWPORTS.phone, desktop: VIEWPORTS.desktop })) {
    const p = await studioPage(vp);
    await signIn(p.page, 'une-editor@example.org');
    await p.page.goto(s.url + '/studio/une/selection');
    await layoutOk(p, `pin-before-${size}`);
    if (size === 'desktop') {
      // the left-out post's Pin, one click
      const row = p.page.locator(`.left-out li[data-post="${small.json.id}"]`);
      await Promise.all([p.page.waitForURL(/\/studio\/une\/selection\?done=pin$/), row.locator(`form[action$="/posts/${small.json.id}/pin"] button`).click()]);
      assert.equal(await p.page.locator(`#sel-items .sel-item[data-post="${small.json.id}"]`).count(), 1, 'the tab shows it chosen');
      assert.deepEqual(await preview(), [small.json.id], 'after: the pinned post is chosen');
      await layoutOk(p, `pin-after-${size}`);
    }
    await p.context.close();
  }
});

test('the stats, next selection and readers tabs; an invite\'s QR code', { skip: !HAVE_BROWSER && 'no chromium' }, async () => {
  await s.channel('tabs', { title: 'Les onglets', lang: 'fr', visibility: 'private' });
  account('tabs-owner@example.org', 'tabs', 'owner');
  const posts = [];
  for (const [title, importance] of [['Un barrage cède en amont de la vallée, des villages évacués', 2], ['La boulangerie de la place primée', 1], ['Une très longue publication dont le titre ne tient pas sur une seule ligne de téléphone', 1]]) {
    const r = await s.post('tabs', { title, body: title + '. Et une phrase de plus.', importance });
    assert.equal(r.status, 201, r.text);
    posts.push(r.json);
  }
  // a member, views, a pending reader
  const inv = await makeInvite(s, 'tabs');
  const jar = await jarBrowser(s);
  assert.equal((await joinInvite(s, jar, inv.url)).status, 303);
  await call(s, jar, 'POST', '/api/v1/channels/tabs/views', { body: { views: { [posts[0].id]: 1 } } });
  const wait = await makeInvite(s, 'tabs', { approval: true });
  assert.equal((await joinInvite(s, await jarBrowser(s), wait.url)).status, 303);

  for (const [size, vp] of Object.entries({ phone: VIEWPORTS.phone, desktop: VIEWPORTS.desktop })) {
    const p = await studioPage(vp);
    await signIn(p.page, 'tabs-owner@example.org');
    // the chart once the job has counted the member
    await waitFor(async () => {
      await p.page.goto(s.url + '/studio/tabs/stats');
      return (await p.page.locator('figure.chart svg circle').count()) > 0;
    }, { what: 'the members chart', timeout: 5000, step: 200 });
    assert.match(await p.page.textContent('#post-stats'), /Un barrage cède/);
    await layoutOk(p, `tabs-stats-${size}`);
    await p.page.goto(s.url + '/studio/tabs/selection');
    assert.ok(await p.page.locator('#sel-items .sel-item').count() >= 1);
    await layoutOk(p, `tabs-selection-${size}`);
    await p.page.goto(s.url + '/studio/tabs/readers');
    assert.equal(await p.page.locator('#pending li').count(), 1);
    await layoutOk(p, `tabs-readers-${size}`);

    // a new invite: its link, and its QR code drawn by studio.js
    await p.page.fill('input[name=label]', 'Affiche ' + size);
    await p.page.check('input[name=approval]');
    await p.page.click('#invite-new button[type=submit]');
    await p.page.waitForSelector('#invite-link');
    const link = await p.page.textContent('#invite-link');
    assert.match(link, /\/\+[A-Za-z0-9_-]{16,}$/);
    const qr = p.page.locator('.qr-box svg.qr');
    await qr.waitFor();
    await layoutOk(p, `tabs-invite-${size}`);
    if (existsSync('/usr/bin/zbarimg')) {
      const dir = mkdtempSync(join(tmpdir(), 'crier-qr-'));
      const png = join(dir, 'qr.png');
      await qr.screenshot({ path: png });
      const z = spawnSync('/usr/bin/zbarimg', ['-q', '--raw', png], { encoding: 'utf8' });
      rmSync(dir, { recursive: true, force: true });
      assert.equal(z.stdout.trim(), link, 'the QR code decodes to the link');
    }
    await p.context.close();
  }
});

test('the live preview: what one types is rendered by the server as readers will get it', { skip: !HAVE_BROWSER && 'no chromium' }, async () => {
  await s.channel('direct', { lang: 'fr' });
  account('direct-author@example.org', 'direct', 'author');
  const p = await studioPage(VIEWPORTS.desktop);
  await signIn(p.page, 'direct-author@example.org');
  await p.page.goto(s.url + '/studio/direct');
  await p.page.fill('input[name=title]', '« Direct » : M. Martin répond');
  await p.page.fill('textarea[name=body]', 'Une **réponse** attendue.\n\n<script>alert(1)</script>');
  const card = p.page.locator('.live-preview article');
  await card.waitFor({ timeout: 10000 });
  await p.page.waitForFunction(() => /réponse/.test(document.querySelector('.live-preview')?.textContent || ''));
  assert.match(await card.innerHTML(), /<strong>réponse<\/strong>/, 'the server rendered the Markdown');
  assert.match(await card.textContent(), /«\s?Direct\s?»\s?: M\. Martin répond/);
  assert.match(await card.innerHTML(), /&lt;script&gt;/, 'raw HTML is shown as text, as readers would see it');
  // an empty title: the refusal replaces the preview
  await p.page.fill('input[name=title]', '');
  await p.page.waitForFunction(() => !!document.querySelector('.live-preview p.error'));
  assert.equal(await p.page.evaluate(() => window.__csp.length), 0, 'no CSP violation');
  assert.equal((await s.api('GET', '/api/v1/channels/direct/posts')).json.drafts.length, 0, 'a preview stores nothing');
  await p.context.close();
});
