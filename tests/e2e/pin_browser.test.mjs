// The pinned post in a real browser (Debian's Chromium through
// playwright-core) against the real binary: a reader's open channel page
// moves a post to the top, marked "Pinned", as soon as the API pins it,
// moves it back into the stream on unpin, keeps it pinned through an edit,
// drops it on delete, and fetches a pinned post older than the page shows.
// e2e: long (scripts/test.sh starts it first): a real browser.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { Server } from './lib/server.mjs';
import { launch, openPage, shownPosts, CHROMIUM } from './lib/browser.mjs';

const HAVE_BROWSER = existsSync(CHROMIUM);
let server;
let browser;
let slugN = 0;
const slug = (p) => `${p}-${++slugN}`;

async function publish(s, ch, fields) {
  const r = await s.post(ch, fields);
  assert.equal(r.status, 201, r.text);
  return r.json;
}

async function pin(s, ch, id) {
  const r = id ? await s.api('PUT', `/api/v1/channels/${ch}/pin`, { post_id: id })
    : await s.api('DELETE', `/api/v1/channels/${ch}/pin`);
  assert.equal(r.status, 200, r.text);
  return r.json;
}

// The pinned article's id and its badges, or null.
function pinnedShown(page) {
  return page.evaluate(() => {
    const a = document.querySelector('#pinned > article');
    if (!a) return null;
    return { id: Number(a.dataset.id), badges: [...a.querySelectorAll('.kicker .badge')].map((b) => b.textContent), cls: a.className };
  });
}

describe('pinned post in Chromium', { skip: !HAVE_BROWSER && 'no Chromium' }, () => {
  before(async () => {
    server = await new Server().start();
    browser = await launch();
  });
  after(async () => {
    if (browser) await browser.close();
    if (server) await server.cleanup();
  });

  it('an open page shows the pinned post at the top live, and moves it back after unpin', { timeout: 60000 }, async () => {
    const ch = slug('pinlive');
    await server.channel(ch);
    const a = await publish(server, ch, { title: 'Oldest' });
    const b = await publish(server, ch, { title: 'Middle', importance: 3 });
    const c = await publish(server, ch, { title: 'Newest' });
    const { context, page, problems } = await openPage(browser);
    await page.goto(`${server.url}/${ch}`);
    await page.waitForSelector('body[data-conn="live"]');
    assert.equal(await pinnedShown(page), null);
    await page.evaluate(() => { window.__samePage = true; });

    await pin(server, ch, a.id);
    await page.waitForSelector(`#pinned > #p-${a.seq}`, { timeout: 2000 });
    assert.deepEqual(await pinnedShown(page), { id: a.id, badges: ['Pinned'], cls: 'post imp-1 pinned' });
    assert.deepEqual((await shownPosts(page)).map((p) => p.title), ['Newest', 'Middle'], 'not again in the stream');
    const top = await page.evaluate(() => {
      const pinned = document.querySelector('#pinned > article').getBoundingClientRect().top;
      const first = document.querySelector('#posts > article').getBoundingClientRect().top;
      return pinned < first;
    });
    assert.ok(top, 'the pinned post is above the stream');

    // another pin replaces it; the first goes back to its place
    await pin(server, ch, b.id);
    await page.waitForSelector(`#pinned > #p-${b.seq}`, { timeout: 2000 });
    assert.deepEqual((await pinnedShown(page)).badges, ['Pinned', 'Breaking'], 'its own badge stays, after Pinned');
    assert.deepEqual((await shownPosts(page)).map((p) => p.title), ['Newest', 'Oldest']);
    assert.equal(await page.$$eval('#posts .badge.pinned', (x) => x.length), 0, 'the old one lost its badge');

    // an edit keeps it pinned
    const e = await server.api('PATCH', `/api/v1/channels/${ch}/posts/${b.id}`, { title: 'Middle, edited' });
    assert.equal(e.status, 200, e.text);
    await page.waitForFunction(() => document.querySelector('#pinned .post-title')?.textContent.includes('edited'), null, { timeout: 2000 });
    assert.deepEqual((await pinnedShown(page)).badges, ['Pinned', 'Breaking']);

    // unpin: back into the stream in seq order
    await pin(server, ch, null);
    await page.waitForFunction(() => !document.querySelector('#pinned > article'), null, { timeout: 2000 });
    assert.deepEqual((await shownPosts(page)).map((p) => p.title), ['Newest', 'Middle, edited', 'Oldest']);
    assert.equal(await page.$$eval('.badge.pinned', (x) => x.length), 0);

    // pin, then delete: gone from the top, and nothing pinned after a reload
    await pin(server, ch, c.id);
    await page.waitForSelector(`#pinned > #p-${c.seq}`, { timeout: 2000 });
    assert.equal((await server.api('DELETE', `/api/v1/channels/${ch}/posts/${c.id}`)).status, 200);
    await page.waitForFunction(() => !document.querySelector('#pinned > article'), null, { timeout: 2000 });
    assert.deepEqual((await shownPosts(page)).map((p) => p.title), ['Middle, edited', 'Oldest']);
    assert.equal(await page.evaluate(() => window.__samePage), true, 'all without a reload');

    // the server's page agrees with what the app did
    await pin(server, ch, a.id);
    await page.waitForSelector(`#pinned > #p-${a.seq}`, { timeout: 2000 });
    await page.reload();
    await page.waitForSelector('body[data-conn="live"]');
    assert.deepEqual(await pinnedShown(page), { id: a.id, badges: ['Pinned'], cls: 'post imp-1 pinned' });
    assert.deepEqual((await shownPosts(page)).map((p) => p.title), ['Middle, edited']);
    assert.deepEqual(problems, [], 'no CSP violations or uncaught errors');
    await context.close();
  });

  it('a French page says Épinglé, and a pinned post older than the page is fetched', { timeout: 60000 }, async () => {
    const ch = slug('pinold');
    await server.channel(ch, { lang: 'fr' });
    const first = await publish(server, ch, { title: 'Tout premier' });
    for (let i = 0; i < 100; i++) await publish(server, ch, { title: `Dépêche ${i}` });
    const { context, page, problems } = await openPage(browser, { locale: 'fr-FR' });
    await page.goto(`${server.url}/${ch}`);
    await page.waitForSelector('body[data-conn="live"]');
    assert.equal(await page.$(`#p-${first.seq}`), null, 'the first post is past the page');
    await pin(server, ch, first.id);
    await page.waitForSelector(`#pinned > #p-${first.seq}`, { timeout: 3000 });
    assert.deepEqual((await pinnedShown(page)).badges, ['Épinglé']);
    assert.equal(await page.$eval(`#p-${first.seq} .post-title`, (t) => t.textContent.trim()), 'Tout premier');
    await pin(server, ch, null);
    await page.waitForFunction(() => !document.querySelector('#pinned > article'), null, { timeout: 2000 });
    assert.equal(await page.$$eval(`#posts > #p-${first.seq}`, (x) => x.length), 1, 'then it goes into the stream');
    assert.deepEqual(problems, []);
    await context.close();
  });
});
