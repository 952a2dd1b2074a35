// The reader web app in a real browser (Debian's Chromium through
// playwright-core) against the real binary: joining through an invite and
// receiving posts live, catch-up after closing the page and after the
// connection drops, bad invites in French and English, approval, private
// channels, moving to another device, unread markers and view counts,
// screenshots and layout at three sizes, contrast and keyboard use, offline
// reading through the service worker, the Atom feed, and the security
// properties (CSP, CSRF, WebSocket Origin, post HTML).
// e2e: long (scripts/test.sh starts it first): a real browser and its waits for pages to settle.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import http from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { Server, ROOT, waitFor } from './lib/server.mjs';
import { launch, openPage, outFile, invite, shownPosts, VIEWPORTS, CHROMIUM } from './lib/browser.mjs';

const HAVE_BROWSER = existsSync(CHROMIUM);
// The web app's timers (web/app.js) that some tests run at once through
// Playwright's clock instead of waiting for them: the views batch is sent
// every VIEW_FLUSH_MS, and a pending join asks every APPROVAL_POLL_MS.
const VIEW_FLUSH_MS = 10000;
const APPROVAL_POLL_MS = 3000;
const ICON = readFileSync(join(ROOT, 'web/icon-512.png'));

let server;
let browser;
let slugN = 0;
const slug = (p) => `${p}-${++slugN}`;

// Serves "https://img.example/..." images from the test, so pages with media
// render without the network.
async function fakeImages(context) {
  await context.route('https://img.example/**', (route) => route.fulfill({ status: 200, contentType: 'image/png', body: ICON }));
}

async function publish(s, ch, fields) {
  const r = await s.post(ch, fields);
  assert.equal(r.status, 201, r.text);
  return r.json;
}

function assertClean(problems, what) {
  assert.deepEqual(problems, [], `${what}: no CSP violations or uncaught errors`);
}

describe('reader web app in Chromium', { skip: !HAVE_BROWSER && 'no Chromium' }, () => {
  before(async () => {
    server = await new Server().start();
    browser = await launch();
  });
  after(async () => {
    if (browser) await browser.close();
    if (server) await server.cleanup();
  });

  it('join from an invite on a phone, then a post arrives live within 2 s', { timeout: 60000 }, async () => {
    const ch = slug('live');
    await server.channel(ch, { visibility: 'private', description: 'Live news' });
    await publish(server, ch, { title: 'Before joining', body: 'old' });
    const inv = await invite(server, ch, {});
    const { context, page, problems } = await openPage(browser, { viewport: VIEWPORTS.phone });
    const res = await page.goto(server.url + inv.url);
    assert.equal(res.status(), 200);
    assert.match(res.headers()['content-security-policy'] || '', /default-src 'self'/);
    await page.getByRole('heading', { name: `Channel ${ch}` }).waitFor();
    await page.getByRole('button', { name: 'Join' }).click();
    await page.waitForURL(`${server.url}/${ch}`);
    await page.waitForSelector('body[data-conn="live"]', { timeout: 5000 });
    assert.deepEqual((await shownPosts(page)).map((p) => p.title), ['Before joining']);
    await page.evaluate(() => { window.__samePage = true; });
    const t0 = Date.now();
    const pub = await publish(server, ch, { title: 'Breaking live', body: 'Now **bold**' });
    await page.waitForSelector(`#p-${pub.seq}`, { timeout: 2000 });
    const elapsed = Date.now() - t0;
    assert.ok(elapsed <= 2000, `arrived in ${elapsed} ms`);
    assert.equal(await page.evaluate(() => window.__samePage), true, 'no reload');
    assert.equal(await page.$eval(`#p-${pub.seq} .body strong`, (e) => e.textContent), 'bold');
    assert.deepEqual((await shownPosts(page)).map((p) => p.title), ['Breaking live', 'Before joining']);
    assert.equal(await page.$eval('#members', (e) => e.textContent.trim()), '1 member');
    assertClean(problems, 'join');
    await context.close();
  });

  it('an uploaded photo arrives live with its srcset, sizes, alt and dimensions, and loads', { timeout: 60000 }, async () => {
    const ch = slug('photo');
    await server.channel(ch);
    const { context, page, problems } = await openPage(browser);
    await page.goto(`${server.url}/${ch}`);
    await page.waitForSelector('body[data-conn="live"]');
    const up = await fetch(`${server.url}/api/v1/channels/${ch}/media?alt=${encodeURIComponent('Un quai <de nuit>')}`, {
      method: 'POST', headers: { authorization: 'Bearer ' + server.token, 'content-type': 'image/jpeg' },
      body: readFileSync(join(ROOT, 'tests/fixtures/photo.jpg')),
    }).then((r) => r.json());
    const pub = await publish(server, ch, { title: 'Photo live', media: { id: up.id, caption: 'Le quai', credit: 'AFP' } });
    const img = await page.waitForSelector(`#p-${pub.seq} figure.media img`, { timeout: 2000 });
    const a = await img.evaluate((e) => ({ src: e.getAttribute('src'), srcset: e.getAttribute('srcset'), sizes: e.getAttribute('sizes'),
      alt: e.getAttribute('alt'), width: e.getAttribute('width'), height: e.getAttribute('height') }));
    assert.deepEqual(a, { src: up.url, srcset: up.sizes.map((x) => `${x.url} ${x.width}w`).join(', '),
      sizes: '(max-width: 700px) 100vw, 700px', alt: 'Un quai <de nuit>', width: '1000', height: '700' });
    await img.scrollIntoViewIfNeeded();
    await page.waitForFunction((e) => e.complete && e.naturalWidth > 0, img, { timeout: 5000 });
    assertClean(problems, 'photo');
    await context.close();
  });

  it('catch-up: close the page, 5 posts, an edit and a delete, reopen', { timeout: 60000 }, async () => {
    const ch = slug('catchup');
    await server.channel(ch);
    const first = [];
    for (let i = 1; i <= 3; i++) first.push(await publish(server, ch, { title: `First ${i}` }));
    const { context, page, problems } = await openPage(browser);
    await page.goto(`${server.url}/${ch}`);
    await page.waitForSelector('body[data-conn="live"]');
    assert.deepEqual((await shownPosts(page)).map((p) => p.title), ['First 3', 'First 2', 'First 1']);
    await page.close();

    const more = [];
    for (let i = 1; i <= 5; i++) more.push(await publish(server, ch, { title: `More ${i}` }));
    let r = await server.api('PATCH', `/api/v1/channels/${ch}/posts/${first[1].id}`, { title: 'First 2 (edited)' });
    assert.equal(r.status, 200, r.text);
    r = await server.api('DELETE', `/api/v1/channels/${ch}/posts/${first[0].id}`);
    assert.equal(r.status, 200, r.text);

    const again = await context.newPage();
    again.on('pageerror', (e) => problems.push(String(e)));
    await again.goto(`${server.url}/${ch}`);
    await again.waitForSelector('body[data-conn="live"]');
    const want = [
      ...more.slice().reverse().map((p) => ({ seq: p.seq, title: p.post.title })),
      { seq: first[2].seq, title: 'First 3' },
      { seq: first[1].seq, title: 'First 2 (edited)' },
    ];
    assert.deepEqual(await shownPosts(again), want);
    assertClean(problems, 'catch-up');
    await context.close();
  });

  it('catch-up after the connection drops: resumes from the last seq, once each, in order', { timeout: 90000 }, async () => {
    const s = await new Server().start();
    try {
      const ch = slug('resume');
      await s.channel(ch);
      const a = await publish(s, ch, { title: 'A' });
      const b = await publish(s, ch, { title: 'B' });
      const { context, page, problems } = await openPage(browser);
      await page.goto(`${s.url}/${ch}`);
      await page.waitForSelector('body[data-conn="live"]');
      const sseUrls = [];
      page.on('request', (req) => { if (req.url().includes('/events?')) sseUrls.push(req.url()); });
      await s.stop();
      await page.waitForSelector('body:not([data-conn="live"])', { timeout: 10000 });
      await s.start();
      const posts = [];
      for (let i = 1; i <= 5; i++) posts.push(await publish(s, ch, { title: `R${i}` }));
      assert.equal((await s.api('PATCH', `/api/v1/channels/${ch}/posts/${b.id}`, { title: 'B edited' })).status, 200);
      assert.equal((await s.api('DELETE', `/api/v1/channels/${ch}/posts/${a.id}`)).status, 200);
      assert.equal((await s.api('PATCH', `/api/v1/channels/${ch}/posts/${posts[4].id}`, { title: 'R5 edited' })).status, 200);
      const want = ['R5 edited', 'R4', 'R3', 'R2', 'R1', 'B edited'];
      await waitFor(async () => JSON.stringify((await shownPosts(page)).map((p) => p.title)) === JSON.stringify(want),
        { timeout: 20000, what: 'the page to catch up' });
      await sleep(500);
      const shown = await shownPosts(page);
      assert.deepEqual(shown.map((p) => p.title), want);
      assert.equal(new Set(shown.map((p) => p.seq)).size, shown.length, 'no duplicates');
      assert.ok(sseUrls.some((u) => u.endsWith(`after=${b.seq}`)), `resumed after ${b.seq}: ${sseUrls.join(' ')}`);
      assert.equal(await page.evaluate((c) => localStorage.getItem(`crier:last:${c}`), ch), String(posts[4].seq + 3));
      assertClean(problems, 'resume');
      await context.close();
    } finally {
      await s.cleanup();
    }
  });

  it('bad invites (expired, revoked, used up, unknown) say so in French and in English', { timeout: 60000 }, async () => {
    const messages = {
      fr: { expired: 'Cette invitation a expiré', revoked: 'Cette invitation a été révoquée',
        used: 'Cette invitation a atteint son nombre maximal d’utilisations', unknown: 'Ce lien d’invitation n’est pas valide' },
      en: { expired: 'This invite has expired', revoked: 'This invite was revoked',
        used: 'This invite has been used up', unknown: 'This invite link is not valid' },
    };
    // The two languages have a channel each: they run at once.
    const one = async (lang) => {
      const ch = slug(`inv-${lang}`);
      await server.channel(ch, { visibility: 'private', lang });
      const expired = await invite(server, ch, { expires_in: 1 });
      const pastExpiry = Date.now() + 1100; // it expires 1 s after it was made, before its answer came
      const revoked = await invite(server, ch, {});
      assert.equal((await server.api('DELETE', `/api/v1/channels/${ch}/invites/${revoked.id}`)).status, 204);
      const used = await invite(server, ch, { max_uses: 1 });
      {
        const { context, page } = await openPage(browser);
        await page.goto(server.url + used.url);
        await page.getByRole('button', { name: lang === 'fr' ? 'Rejoindre' : 'Join' }).click();
        await page.waitForURL(`${server.url}/${ch}`);
        await context.close();
      }
      await sleep(Math.max(0, pastExpiry - Date.now())); // past the 1 s expiry
      const locale = lang === 'fr' ? 'fr-FR' : 'en-US';
      const cases = [[expired, 'expired', 410], [revoked, 'revoked', 410], [used, 'used', 410],
        [{ url: '/+' + 'Z'.repeat(43) }, 'unknown', 404]];
      for (const [inv, kind, status] of cases) {
        const { context, page, problems } = await openPage(browser, { locale });
        const res = await page.goto(server.url + inv.url);
        assert.equal(res.status(), status, `${lang} ${kind}`);
        assert.equal(await page.getAttribute('html', 'lang'), lang, `${lang} ${kind}: page language`);
        assert.equal((await page.textContent('h1')).trim(), messages[lang][kind], `${lang} ${kind}`);
        assert.equal(await page.$('form.invite-join'), null, `${lang} ${kind}: no Join button`);
        assertClean(problems, `${lang} ${kind}`);
        await context.close();
      }
    };
    const failed = (await Promise.allSettled(['fr', 'en'].map(one))).find((r) => r.status === 'rejected');
    if (failed) throw failed.reason;
  });

  it('approval: the request waits, then the page opens the channel once approved', { timeout: 60000 }, async () => {
    const ch = slug('approval');
    await server.channel(ch, { visibility: 'private' });
    await publish(server, ch, { title: 'Members only' });
    const inv = await invite(server, ch, { approval: true });
    const context = await browser.newContext({ viewport: VIEWPORTS.phone, locale: 'en-US' });
    await context.clock.install(); // runs at real speed; lets the next poll come at once below
    const { page, problems } = await openPage(browser, { context });
    await page.goto(server.url + inv.url);
    await page.getByRole('button', { name: 'Join' }).click();
    await page.waitForSelector('body[data-page="pending"]');
    assert.match(await page.textContent('h1'), /Waiting for approval/);
    assert.equal(await page.$('#posts'), null, 'no posts while pending');
    const pending = await server.api('GET', `/api/v1/channels/${ch}/members?state=pending`);
    assert.equal(pending.status, 200, pending.text);
    assert.equal(pending.json.members.length, 1);
    await sleep(2500); // still waiting: nothing happens without approval
    assert.equal(await page.getAttribute('body', 'data-page'), 'pending');
    const ok = await server.api('POST', `/api/v1/channels/${ch}/members/${pending.json.members[0].reader}/approve`);
    assert.equal(ok.status, 200, ok.text);
    await page.clock.fastForward(APPROVAL_POLL_MS); // the page's next poll, now
    await page.waitForSelector('body[data-page="channel"]', { timeout: 10000 });
    assert.deepEqual((await shownPosts(page)).map((p) => p.title), ['Members only']);
    assertClean(problems, 'approval');
    await context.close();
  });

  it('a private channel: 404 for non-members on the page, the stream and the feed, as if it did not exist', { timeout: 30000 }, async () => {
    const ch = slug('private');
    await server.channel(ch, { visibility: 'private' });
    await publish(server, ch, { title: 'Secret post' });
    for (const path of [`/${ch}`, `/${ch}/events`, `/${ch}/atom.xml`, `/${ch}/1`]) {
      const ctl = new AbortController();
      const r = await fetch(server.url + path, { signal: ctl.signal });
      assert.equal(r.status, 404, path);
      const text = await r.text();
      assert.ok(!text.includes('Secret post'), `${path}: nothing leaks`);
    }
    const { context, page, problems } = await openPage(browser, { locale: 'fr-FR' });
    const res = await page.goto(`${server.url}/${ch}`);
    assert.equal(res.status(), 404);
    const h1 = await page.textContent('h1');
    const unknown = await page.goto(`${server.url}/${ch}-none`);
    assert.equal(unknown.status(), 404);
    assert.equal(h1, await page.textContent('h1'), 'the page of a channel that does not exist');
    const sse = await page.evaluate(async (c) => (await fetch(`/${c}/events`)).status, ch);
    assert.equal(sse, 404, 'stream from the browser');
    assertClean(problems, 'private');
    await context.close();
  });

  it('moves to another device with a one-time link and its QR code', { timeout: 60000 }, async () => {
    const ch = slug('device');
    await server.channel(ch, { visibility: 'private' });
    const inv = await invite(server, ch, {});
    const a = await openPage(browser);
    await a.page.goto(server.url + inv.url);
    await a.page.getByRole('button', { name: 'Join' }).click();
    await a.page.waitForURL(`${server.url}/${ch}`);
    await a.page.getByRole('button', { name: 'Move to another device' }).click();
    const link = a.page.locator('dialog[open] a.transfer-url');
    await link.waitFor();
    const url = await link.getAttribute('href');
    assert.match(url, /^http:\/\/127\.0\.0\.1:\d+\/\+device\/[A-Za-z0-9_-]+$/);
    const qr = a.page.locator('dialog[open] svg.qr');
    await qr.waitFor();
    assert.equal(await qr.getAttribute('aria-label'), 'QR code of the link');
    if (existsSync('/usr/bin/zbarimg')) {
      const dir = mkdtempSync(join(tmpdir(), 'crier-qr-'));
      const png = join(dir, 'qr.png');
      await qr.screenshot({ path: png });
      const z = spawnSync('/usr/bin/zbarimg', ['-q', '--raw', png], { encoding: 'utf8' });
      rmSync(dir, { recursive: true, force: true });
      assert.equal(z.stdout.trim(), url, 'the QR code decodes to the link');
    }
    await a.page.keyboard.press('Escape');
    assertClean(a.problems, 'device A');

    const b = await openPage(browser, { viewport: VIEWPORTS.tablet });
    await b.page.goto(url);
    await b.page.getByRole('button', { name: 'Use this device' }).click();
    await b.page.waitForURL(`${server.url}/`);
    await b.page.waitForSelector(`#my-channels a[href="/${ch}"]`);
    const res = await b.page.goto(`${server.url}/${ch}`);
    assert.equal(res.status(), 200, 'the second device reads the private channel');
    const reuse = await openPage(browser);
    await reuse.page.goto(url);
    await reuse.page.getByRole('button', { name: 'Use this device' }).click();
    await reuse.page.waitForSelector('body[data-page="device-error"]');
    assert.match(await reuse.page.textContent('h1'), /already used/);
    assertClean(b.problems, 'device B');
    await Promise.all([a.context.close(), b.context.close(), reuse.context.close()]);
  });

  it('unread marker, mark read, and batched view counts with the CSRF header', { timeout: 60000 }, async () => {
    const ch = slug('unread');
    await server.channel(ch);
    await publish(server, ch, { title: 'Old news' });
    const context = await browser.newContext({ viewport: VIEWPORTS.phone, locale: 'en-US' });
    await context.clock.install(); // runs at real speed; lets the views batch go at once below
    const { page, problems } = await openPage(browser, { context });
    await page.goto(`${server.url}/${ch}`);
    await page.getByRole('button', { name: 'Join' }).click();
    await page.waitForSelector('form.leave:not([hidden])');
    await page.waitForSelector('body[data-conn="live"]');
    const p1 = await publish(server, ch, { title: 'Unread one' });
    const p2 = await publish(server, ch, { title: 'Unread two' });
    await page.waitForSelector(`#p-${p2.seq}.unread`);
    assert.ok(await page.$(`#p-${p1.seq}.unread`));
    assert.equal(await page.$('#posts article.unread:has-text("Old news")'), null, 'old post is read');
    assert.equal((await page.textContent('#unread-bar .unread-text')).trim(), '2 new posts');
    let me = await page.evaluate(async () => (await fetch('/api/v1/me')).json());
    assert.equal(me.channels.find((c) => c.slug === ch)?.unread, 2);
    const index = await context.newPage();
    await index.goto(server.url + '/');
    assert.equal((await index.textContent(`#my-channels li:has(a[href="/${ch}"]) .unread-count`)).trim(), '2 unread',
      'My channels shows the unread count');
    await index.close();
    const viewReq = page.waitForRequest((r) => r.url().endsWith(`/api/v1/channels/${ch}/views`) && r.method() === 'POST', { timeout: 15000 });
    await page.getByRole('button', { name: 'Mark as read' }).click();
    await page.waitForSelector('#posts article.unread', { state: 'detached' });
    assert.equal(await page.isHidden('#unread-bar'), true);
    await waitFor(async () => {
      me = await page.evaluate(async () => (await fetch('/api/v1/me')).json());
      return me.channels.find((c) => c.slug === ch)?.unread === 0;
    }, { what: 'read state stored' });
    await page.clock.fastForward(VIEW_FLUSH_MS); // the batch's period, now
    const req = await viewReq;
    const body = JSON.parse(req.postData());
    assert.ok(body.views && body.views[String(p1.id)] === 1 && body.views[String(p2.id)] === 1, req.postData());
    assert.ok(req.headers()['x-csrf-token'], 'views carry the CSRF token');
    const vres = await req.response();
    assert.equal(vres.status(), 204);
    assertClean(problems, 'unread');
    await context.close();
  });

  it('works without JavaScript: Join and Leave are plain forms with the CSRF field', { timeout: 30000 }, async () => {
    const ch = slug('nojs');
    await server.channel(ch, { lang: 'fr' });
    await publish(server, ch, { title: 'Sans script', body: 'Du *texte*.' });
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: VIEWPORTS.phone });
    const { page, problems } = await openPage(browser, { context });
    await page.goto(`${server.url}/${ch}`);
    assert.deepEqual((await shownPosts(page)).map((p) => p.title), ['Sans script']);
    assert.equal(await page.$eval('#p-1 .body em', (e) => e.textContent), 'texte');
    assert.ok(await page.getAttribute('form.join input[name="csrf"]', 'value'));
    await page.getByRole('button', { name: 'Rejoindre' }).click();
    await page.waitForURL(`${server.url}/${ch}`);
    await page.waitForSelector('form.leave:not([hidden])');
    assert.equal((await page.textContent('#members')).trim(), '1 membre');
    await page.getByRole('button', { name: 'Quitter' }).click();
    await page.waitForSelector('form.join:not([hidden])');
    assert.equal((await page.textContent('#members')).trim(), '0 membre');
    assertClean(problems, 'no-JS');
    await context.close();
  });

  it('screenshots at phone, tablet and desktop sizes with nothing overflowing; keyboard, labels, contrast', { timeout: 90000 }, async () => {
    const ch = slug('layout');
    await server.channel(ch, { description: 'A channel with long words: Donaudampfschifffahrtsgesellschaftskapitänswitwe and https://example.org/a/very/long/path/that/should/wrap/somewhere/nicely' });
    await publish(server, ch, { title: 'An image with a caption and a credit', importance: 2,
      media: { url: 'https://img.example/harbour.png', caption: 'The harbour at dawn', credit: 'Jane Doe' },
      body: 'A paragraph, then code:\n\n```\n' + 'x'.repeat(300) + '\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |', tags: ['port', 'sea'],
      source_url: 'https://example.org/source' });
    await publish(server, ch, { title: 'A breaking one with a very long title that goes on and on to test wrapping on small screens', importance: 3, body: 'https://example.org/' + 'segment/'.repeat(30) });
    const inv = await invite(server, ch, {});
    // The six sizes and schemes each have their own context: they run at once,
    // so that their waits for the network to settle overlap.
    const one = async (scheme, name, viewport) => {
      const context = await browser.newContext({ viewport, colorScheme: scheme, locale: 'en-US' });
      await fakeImages(context);
      const { page, problems } = await openPage(browser, { context });
      for (const [what, path] of [['channel', `/${ch}`], ['invite', inv.url], ['index', '/'], ['permalink', `/${ch}/1`]]) {
        await page.goto(server.url + path);
        await page.waitForLoadState('networkidle').catch(() => {});
        const file = outFile(`${what}-${name}-${scheme}.png`);
        await page.screenshot({ path: file, fullPage: true });
        const [sw, iw] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
        assert.ok(sw <= iw, `${what} ${name} ${scheme}: scrollWidth ${sw} <= innerWidth ${iw}`);
        const lowContrast = await page.evaluate(contrastAudit);
        assert.deepEqual(lowContrast, [], `${what} ${name} ${scheme}: WCAG AA contrast`);
        const unlabelled = await page.evaluate(() => [...document.querySelectorAll('button, input:not([type=hidden]), select, textarea, a[href]')]
          .filter((e) => !(e.getAttribute('aria-label') || e.textContent.trim() || e.labels?.length || e.querySelector('img[alt]:not([alt=""])')))
          .map((e) => e.outerHTML.slice(0, 80)));
        assert.deepEqual(unlabelled, [], `${what} ${name}: every control has a name`);
      }
      assert.ok(existsSync(outFile(`channel-${name}-${scheme}.png`)));
      // Keyboard: the skip link comes first, focus is visible, Join works from the keyboard.
      await page.goto(`${server.url}/${ch}`);
      await page.keyboard.press('Tab');
      const first = await page.evaluate(() => {
        const e = document.activeElement;
        const cs = getComputedStyle(e);
        return { cls: e.className, outline: cs.outlineStyle, width: parseFloat(cs.outlineWidth) };
      });
      assert.equal(first.cls, 'skip', 'skip link first');
      assert.ok(first.outline !== 'none' && first.width >= 2, `visible focus: ${JSON.stringify(first)}`);
      if (name === 'phone' && scheme === 'light') {
        await page.focus('form.join button');
        await page.keyboard.press('Enter');
        await page.waitForSelector('form.leave:not([hidden])');
        assert.equal(await page.evaluate(() => document.activeElement.textContent.trim()), 'Leave', 'focus moves to Leave');
      }
      assertClean(problems, `layout ${name} ${scheme}`);
      await context.close();
    };
    const runs = ['light', 'dark'].flatMap((scheme) => Object.entries(VIEWPORTS).map(([name, viewport]) => one(scheme, name, viewport)));
    const failed = (await Promise.allSettled(runs)).find((r) => r.status === 'rejected');
    if (failed) throw failed.reason;
  });

  it('offline: a reload with the network cut still shows the cached posts, then syncs', { timeout: 60000 }, async () => {
    const ch = slug('offline');
    await server.channel(ch);
    await publish(server, ch, { title: 'Cached one' });
    const { context, page, problems } = await openPage(browser);
    await page.goto(`${server.url}/${ch}`);
    await page.getByRole('button', { name: 'Join' }).click();
    await page.waitForSelector('form.leave:not([hidden])');
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 10000 });
    await page.waitForSelector('body[data-conn="live"]');
    const live = await publish(server, ch, { title: 'Arrived live' });
    await page.waitForSelector(`#p-${live.seq}`);
    // The worker's copy of the page follows what arrived live.
    await waitFor(() => page.evaluate(async (path) => {
      const c = await caches.open('crier-pages');
      const r = await c.match(location.origin + path, { ignoreVary: true });
      return !!r && (await r.text()).includes('Arrived live');
    }, `/${ch}`), { timeout: 10000, what: 'the cached page' });

    await context.setOffline(true);
    await page.reload();
    await page.waitForSelector(`#p-${live.seq}`);
    assert.deepEqual((await shownPosts(page)).map((p) => p.title), ['Arrived live', 'Cached one']);
    assert.equal(await page.getAttribute('body', 'data-conn'), 'offline');
    const missed = await publish(server, ch, { title: 'Published while offline' });
    await sleep(300);
    await context.setOffline(false);
    await page.waitForSelector(`#p-${missed.seq}`, { timeout: 10000 });
    assert.deepEqual((await shownPosts(page)).map((p) => p.title), ['Published while offline', 'Arrived live', 'Cached one']);
    assertClean(problems, 'offline');
    await context.close();
  });

  it('Atom: feedparser reads the feed with bozo 0 and the entries match the posts; members of a private channel get a secret URL', { timeout: 60000 }, async () => {
    const ch = slug('atom');
    await server.channel(ch, { description: 'Feeds & <things>' });
    const posts = [];
    for (let i = 1; i <= 4; i++) posts.push(await publish(server, ch, { title: `Entry ${i} <&>`, body: `Body *${i}*` }));
    await server.api('DELETE', `/api/v1/channels/${ch}/posts/${posts[0].id}`);
    const { context, page, problems } = await openPage(browser);
    await page.goto(`${server.url}/${ch}`);
    const href = await page.getAttribute('link[rel="alternate"][type="application/atom+xml"]', 'href');
    assert.equal(href, `/${ch}/atom.xml`);
    const feed = await feedCheck(server.url + href);
    assert.equal(feed.bozo, 0, JSON.stringify(feed.bozo_exception));
    const titles = feed.entries.map((e) => e.title);
    for (const p of posts.slice(1)) assert.ok(titles.includes(p.post.title), `${p.post.title} in ${titles}`);
    const live = feed.entries.filter((e) => titles.includes(e.title) && /^Entry [234]/.test(e.title));
    assert.equal(live.length, 3);
    assert.ok(live.every((e) => e.content.includes('<em>')), 'full content');
    assert.equal(new Set(feed.entries.map((e) => e.id)).size, feed.entries.length, 'stable distinct ids');

    const priv = slug('atom-private');
    await server.channel(priv, { visibility: 'private' });
    await publish(server, priv, { title: 'Private entry' });
    const inv = await invite(server, priv, {});
    await page.goto(server.url + inv.url);
    await page.getByRole('button', { name: 'Join' }).click();
    await page.waitForURL(`${server.url}/${priv}`);
    const secret = await page.getAttribute('link[rel="alternate"][type="application/atom+xml"]', 'href');
    assert.match(secret, new RegExp(`^/${priv}/atom\\.xml\\?key=[A-Za-z0-9_-]+$`));
    const pf = await feedCheck(server.url + secret);
    assert.equal(pf.bozo, 0);
    assert.deepEqual(pf.entries.map((e) => e.title), ['Private entry']);
    assert.equal((await fetch(`${server.url}/${priv}/atom.xml?key=${'A'.repeat(43)}`)).status, 404, 'a wrong key');
    assertClean(problems, 'atom');
    await context.close();
  });

  it('security: CSP, no violations, post HTML only from cmark, CSRF and WebSocket Origin refused', { timeout: 60000 }, async () => {
    const ch = slug('sec');
    await server.channel(ch);
    const evil = await publish(server, ch, {
      title: '<img src=x onerror=alert(1)>',
      body: '<script>alert(2)</script>\n\n<img src=x onerror=alert(3)>\n\n[click](javascript:alert(4))',
      media: { url: "https://img.example/x.png?a='onerror='alert(5)", caption: '"><script>alert(6)</script>', credit: '<b>x</b>' },
    });
    const { context, page, problems } = await openPage(browser);
    await fakeImages(context);
    const dialogs = [];
    page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
    const res = await page.goto(`${server.url}/${ch}`);
    const csp = res.headers()['content-security-policy'];
    assert.equal(csp, "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https: data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'");
    assert.equal(res.headers()['x-content-type-options'], 'nosniff');
    assert.equal(res.headers()['referrer-policy'], 'same-origin');
    await page.waitForSelector('body[data-conn="live"]');
    const art = `#p-${evil.seq}`;
    assert.equal(await page.$$eval(`${art} script, ${art} [onerror]`, (x) => x.length), 0, 'no script, no handler');
    assert.equal(await page.$eval(`${art} .post-title`, (e) => e.textContent.trim()), '<img src=x onerror=alert(1)>');
    assert.equal(await page.$$eval(`${art} .body a[href^="javascript"]`, (x) => x.length), 0, 'no javascript: link');
    // The same post, delivered live, is just as inert.
    const live = await publish(server, ch, { title: '<svg onload=alert(7)>', body: '<iframe src="javascript:alert(8)"></iframe>' });
    await page.waitForSelector(`#p-${live.seq}`);
    assert.equal(await page.$$eval(`#p-${live.seq} iframe, #p-${live.seq} svg`, (x) => x.length), 0);
    await sleep(300);
    assert.deepEqual(dialogs, [], 'nothing ran');
    assert.equal(await page.$$eval('[style]', (x) => x.length), 0, 'no style attributes');
    assert.equal(await page.$$eval('script:not([src])', (x) => x.length), 0, 'no inline script');

    // CSRF: the reader's cookies without the token are refused; with it, accepted.
    await page.getByRole('button', { name: 'Join' }).click();
    await page.waitForSelector('form.leave:not([hidden])');
    const cookies = await context.cookies(server.url);
    const jar = cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    const csrf = cookies.find((c) => c.name === 'crier_csrf')?.value;
    assert.ok(jar.includes('crier_reader=') && csrf, 'reader and CSRF cookies');
    const base = { cookie: jar, origin: server.url, 'content-type': 'application/json' };
    let r = await fetch(`${server.url}/api/v1/channels/${ch}/read`, { method: 'POST', headers: base, body: '{"seq":1}' });
    assert.equal(r.status, 403, 'no X-CSRF-Token');
    r = await fetch(`${server.url}/api/v1/channels/${ch}/read`, { method: 'POST', headers: { ...base, 'x-csrf-token': 'A'.repeat(43) }, body: '{"seq":1}' });
    assert.equal(r.status, 403, 'a wrong token');
    r = await fetch(`${server.url}/api/v1/channels/${ch}/read`, { method: 'POST', headers: { ...base, origin: 'http://evil.example', 'x-csrf-token': csrf }, body: '{"seq":1}' });
    assert.equal(r.status, 403, 'a foreign Origin');
    r = await fetch(`${server.url}/${ch}/leave`, { method: 'POST', headers: { cookie: jar, origin: server.url, 'content-type': 'application/x-www-form-urlencoded' }, body: 'x=1', redirect: 'manual' });
    assert.equal(r.status, 403, 'form without the csrf field');
    r = await fetch(`${server.url}/api/v1/channels/${ch}/read`, { method: 'POST', headers: { ...base, 'x-csrf-token': csrf }, body: '{"seq":1}' });
    assert.equal(r.status, 204, 'with the token it works');

    // WebSocket: a foreign Origin is refused, our own accepted.
    assert.equal(await wsUpgrade(server, `/${ch}/ws`, 'http://evil.example'), 403);
    assert.equal(await wsUpgrade(server, `/${ch}/ws`, server.url), 101);
    assertClean(problems, 'security');
    await context.close();
  });
});

// Text elements whose contrast with their background is under WCAG AA
// (4.5:1, or 3:1 for large text). Runs in the page.
function contrastAudit() {
  const parse = (c) => {
    const m = c.match(/rgba?\(([^)]+)\)/);
    if (!m) return null;
    const p = m[1].split(/[ ,/]+/).filter(Boolean).map(Number);
    return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 };
  };
  const lum = ({ r, g, b }) => {
    const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const bgOf = (el) => {
    for (let e = el; e; e = e.parentElement) {
      const c = parse(getComputedStyle(e).backgroundColor);
      if (c && c.a > 0.5) return c;
    }
    return parse(getComputedStyle(document.body).backgroundColor) || { r: 255, g: 255, b: 255 };
  };
  const bad = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const seen = new Set();
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    if (!el || seen.has(el) || !n.textContent.trim()) continue;
    seen.add(el);
    const cs = getComputedStyle(el);
    const rect = el.getBoundingClientRect();
    if (cs.visibility === 'hidden' || cs.display === 'none' || rect.width <= 1 || rect.height <= 1) continue;
    if (el.closest('[hidden], .visually-hidden, img')) continue;
    const fg = parse(cs.color);
    const bg = bgOf(el);
    if (!fg) continue;
    const l1 = lum(fg), l2 = lum(bg);
    const ratio = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
    const size = parseFloat(cs.fontSize);
    const large = size >= 24 || (size >= 18.66 && Number(cs.fontWeight) >= 700);
    const opacity = Number(cs.opacity);
    if (ratio < (large ? 3 : 4.5) || opacity < 1) bad.push(`${el.tagName}.${el.className}: ${ratio.toFixed(2)} "${n.textContent.trim().slice(0, 30)}"`);
  }
  return bad;
}

// feed_check.py's summary of the document at url.
async function feedCheck(url) {
  const r = await fetch(url);
  assert.equal(r.status, 200, url);
  assert.match(r.headers.get('content-type'), /application\/atom\+xml/);
  const dir = mkdtempSync(join(tmpdir(), 'crier-feed-'));
  const file = join(dir, 'feed.xml');
  writeFileSync(file, Buffer.from(await r.arrayBuffer()));
  const out = spawnSync('python3', [join(ROOT, 'tests/e2e/feed_check.py'), file], { encoding: 'utf8' });
  rmSync(dir, { recursive: true, force: true });
  assert.equal(out.status, 0, out.stderr);
  return JSON.parse(out.stdout);
}

// The status of a WebSocket upgrade request with that Origin (101 or the refusal).
function wsUpgrade(s, path, origin) {
  return new Promise((resolve, reject) => {
    const req = http.request({
      host: '127.0.0.1', port: s.port, path,
      headers: { connection: 'Upgrade', upgrade: 'websocket', 'sec-websocket-version': '13',
        'sec-websocket-key': 'dGhlIHNhbXBsZSBub25jZQ==', origin },
    });
    req.on('upgrade', (res, socket) => { socket.destroy(); resolve(res.statusCode); });
    req.on('response', (res) => { res.resume(); resolve(res.statusCode); });
    req.on('error', reject);
    req.end();
  });
}
