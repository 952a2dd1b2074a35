// The studio in a real browser (Debian's Chromium through playwright-core):
// an owner signs in and invites an author (the team page shows the one-time
// link), the author sets a password through it and writes a draft with the
// Markdown toolbar, an editor publishes it and a reader's open channel page
// shows it live. Every studio page, at 390x844 and 1440x900, has no
// horizontal overflow and no CSP violation. The stats, next selection and
// readers tabs too, with an invite's QR code that decodes to its link.
// e2e: long: a real browser.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Server, cli, waitFor } from './lib/server.mjs';
import { call, browser as jarBrowser, makeInvite, joinInvite } from './lib/jar.mjs';
import { launch, openPage, outFile, VIEWPORTS, CHROMIUM } from './lib/browser.mjs';

const HAVE_BROWSER = existsSync(CHROMIUM);
let s;
let browser;

before(async () => {
  if (!HAVE_BROWSER) return;
  s = await new Server({ args: ['--limit-signins', '1000', '--stats-every-ms', '200'] }).start();
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

// No horizontal overflow, no CSP violation; a screenshot for the record.
async function layoutOk(p, name) {
  const { page, problems } = p;
  const w = await page.evaluate(() => ({ sw: document.documentElement.scrollWidth, iw: window.innerWidth, csp: window.__csp }));
  assert.ok(w.sw <= w.iw, `${name}: scrollWidth ${w.sw} > ${w.iw}`);
  assert.deepEqual(w.csp, [], `${name}: CSP violations`);
  assert.deepEqual(problems, [], `${name}: problems`);
  await page.screenshot({ path: outFile(`studio-${name}.png`), fullPage: true });
}

test('owner invites an author, the author drafts, an editor publishes, a reader sees it live', { skip: !HAVE_BROWSER && 'no chromium' }, async () => {
  await s.channel('desk', { title: 'Le desk', lang: 'fr' });
  account('owner@example.org', 'desk', 'owner');
  account('editor@example.org', 'desk', 'editor');

  // the owner adds an author; the team page shows the link to hand over
  const owner = await studioPage(VIEWPORTS.desktop);
  await signIn(owner.page, 'owner@example.org');
  await owner.page.goto(s.url + '/studio/desk/team');
  await owner.page.fill('input[name=email]', 'author@example.org');
  await owner.page.selectOption('select[name=role]', 'author');
  await owner.page.click('form[action="/studio/desk/team"] button.primary');
  const link = await owner.page.inputValue('#member-link');
  assert.match(link, /\/studio\/link\/[A-Za-z0-9_-]{43}$/);
  await layoutOk(owner, 'team-desktop');

  // the author takes the link and writes a draft with the toolbar
  const author = await studioPage(VIEWPORTS.phone);
  await author.page.goto(link);
  await author.page.fill('input[name=password]', 'author password');
  await author.page.fill('input[name=password2]', 'author password');
  await Promise.all([author.page.waitForURL(s.url + '/studio'), author.page.click('button[type=submit]')]);
  await author.page.click('a[href="/studio/desk"]');
  await author.page.waitForSelector('.toolbar:not([hidden])');
  assert.equal(await author.page.locator('button[value=publish]').count(), 0, 'drafts only');
  await author.page.fill('input[name=title]', 'Le brouillon de l’auteur');
  await author.page.fill('textarea[name=body]', 'Une phrase ');
  await author.page.click('.toolbar button[data-md=bold]');
  assert.equal(await author.page.inputValue('textarea[name=body]'), 'Une phrase **bold**');
  await author.page.click('button[value=preview]');
  await author.page.waitForSelector('.preview article.post strong');
  await layoutOk(author, 'preview-phone');
  await author.page.click('button[value=draft]');
  await author.page.waitForSelector('#drafts-list .stream-post');
  assert.match(await author.page.textContent('#drafts-list'), /Le brouillon de l’auteur/);
  await layoutOk(author, 'channel-phone');

  // a reader has the channel open
  const reader = await openPage(browser, { viewport: VIEWPORTS.phone });
  await reader.page.goto(s.url + '/desk');
  await reader.page.waitForSelector('body[data-conn="live"]', { timeout: 5000 });

  // the editor publishes the draft
  const editor = await studioPage(VIEWPORTS.desktop);
  await signIn(editor.page, 'editor@example.org');
  await editor.page.goto(s.url + '/studio/desk');
  await editor.page.click('#drafts-list form[action$="/publish"] button');
  await editor.page.waitForURL(/done=publish/);
  await layoutOk(editor, 'channel-desktop');
  await reader.page.waitForSelector('article.post:has-text("Le brouillon de l’auteur")', { timeout: 5000 });
  assert.match(await reader.page.innerHTML('#posts'), /<strong>bold<\/strong>/);

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
