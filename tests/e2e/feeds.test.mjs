// Feeds and pages as feed readers and browsers fetch them: validators and
// 304 (feedparser's own conditional GET), gzip when asked, two feeds with
// titles a reader can tell apart, the source link, xml:base for a
// selection's relative links, deleted entries with their link, an icon, a
// favicon, and a description in plain text.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import http from 'node:http';
import { gunzipSync } from 'node:zlib';
import { Server } from './lib/server.mjs';
import { setTimeout as sleep } from 'node:timers/promises';
import { rawExchange, uniq } from './lib/proto.mjs';

// feedparser.parse(url) twice, the second time with the first answer's etag
// and modified: the statuses it saw.
function feedparserTwice(url) {
  const py = `
import json, sys
sys.path.insert(0, "/usr/lib/python3/dist-packages")
import feedparser
a = feedparser.parse(sys.argv[1])
b = feedparser.parse(sys.argv[1], etag=a.get("etag"), modified=a.get("modified"))
c = feedparser.parse(sys.argv[1], modified=a.get("modified"))
print(json.dumps({"first": a.get("status"), "etag": a.get("etag"), "modified": a.get("modified"),
  "second": b.get("status"), "entries": len(a.entries), "again": len(b.entries), "by_date": c.get("status"),
  "bozo": int(a.bozo), "title": a.feed.get("title"), "icon": a.feed.get("icon"),
  "via": [l.get("href") for e in a.entries for l in e.get("links", []) if l.get("rel") == "via"]}))
`;
  const r = spawnSync('/usr/bin/python3', ['-c', py, url], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout);
}

describe('feeds and pages', () => {
  let s, slug;
  before(async () => {
    s = new Server();
    await s.start();
    slug = uniq('feeds');
    await s.channel(slug, { lang: 'fr', title: 'Le Monde' });
    await s.post(slug, { title: 'Accord à Paris', body: 'Le texte **complet**, dit M. Dupont.', source_url: 'https://source.example/a' });
    const gone = await s.post(slug, { title: 'Erreur' });
    await s.post(slug, { title: 'Troisième' });
    assert.equal((await s.api('DELETE', `/api/v1/channels/${slug}/posts/${gone.json.id}`)).status, 200);
  });
  after(async () => { if (s) await s.cleanup(); });

  it('feedparser gets 304 on its conditional GET, by ETag and by date', async () => {
    await sleep(1100); // a date in the current second is not given: see below
    const r = feedparserTwice(`${s.url}/${slug}/atom.xml`);
    assert.equal(r.bozo, 0);
    assert.equal(r.first, 200);
    assert.ok(r.etag && r.modified, 'an ETag and a Last-Modified');
    assert.equal(r.second, 304, 'not modified');
    assert.equal(r.again, 0, 'and no entries sent again');
    assert.equal(r.by_date, 304, 'If-Modified-Since alone works too');
    assert.equal(r.title, 'Le Monde');
    assert.ok(r.icon && r.icon.endsWith('/static/icon-192.png'), 'a feed icon');
    assert.deepEqual(r.via, ['https://source.example/a'], 'the source as rel="via"');
  });

  it('a change in the current second gives no Last-Modified, so that If-Modified-Since never hides a post of that second', async () => {
    const ch = uniq('same-second');
    await s.channel(ch);
    // Start early in a second, so that the two posts and the read between
    // them fall in one second.
    while (Date.now() % 1000 > 200) await sleep(20);
    await s.post(ch, { title: 'A' });
    const first = await fetch(`${s.url}/${ch}/atom.xml`);
    const date = first.headers.get('date');
    assert.equal(first.status, 200);
    await first.text();
    const samesecond = new Date(date).getTime() === Math.floor(Date.now() / 1000) * 1000;
    if (samesecond) assert.equal(first.headers.get('last-modified'), null, 'no date for a change of this second');
    await s.post(ch, { title: 'B' });
    // A client that only sends If-Modified-Since, with the response's own Date.
    const again = await fetch(`${s.url}/${ch}/atom.xml`, { headers: { 'if-modified-since': date } });
    assert.equal(again.status, 200, 'B is there: not a 304');
    assert.match(await again.text(), /<title[^>]*>B<\/title>/);
    assert.match(again.headers.get('vary') || '', /Accept-Encoding/);
    // Once the second has passed, the date is given and a 304 by date works.
    await sleep(1100);
    const later = await fetch(`${s.url}/${ch}/atom.xml`);
    const lm = later.headers.get('last-modified');
    assert.ok(lm, 'a Last-Modified once its second is over');
    await later.text();
    const cond = await fetch(`${s.url}/${ch}/atom.xml`, { headers: { 'if-modified-since': lm } });
    assert.equal(cond.status, 304);
    assert.match(cond.headers.get('vary') || '', /Accept-Encoding/, 'the 304 says what it varies with');
  });

  it('HEAD answers the identity form: no gzip made for a body never sent', async () => {
    const head = await new Promise((res, rej) => {
      const rq = http.request({ host: '127.0.0.1', port: s.port, method: 'HEAD', path: `/${slug}/atom.xml`,
        headers: { 'accept-encoding': 'gzip' } }, r => { r.resume(); r.on('end', () => res(r)); });
      rq.on('error', rej);
      rq.end();
    });
    assert.equal(head.statusCode, 200);
    assert.equal(head.headers['content-encoding'], undefined);
    const body = await (await fetch(`${s.url}/${slug}/atom.xml`, { headers: { 'accept-encoding': 'identity' } })).text();
    assert.equal(Number(head.headers['content-length']), Buffer.byteLength(body), 'the identity length');
  });

  it('the two feeds have distinct titles, and the page advertises both', async () => {
    const sel = feedparserTwice(`${s.url}/${slug}/selections/atom.xml`);
    assert.equal(sel.title, 'Le Monde — Sélections');
    const page = await (await fetch(`${s.url}/${slug}`)).text();
    const links = [...page.matchAll(/<link rel="alternate" type="application\/atom\+xml" title="([^"]*)" href="([^"]*)">/g)].map(m => [m[1], m[2]]);
    assert.deepEqual(links, [['Le Monde', `/${slug}/atom.xml`], ['Le Monde — Sélections', `/${slug}/selections/atom.xml`]]);
  });

  it('a deleted entry keeps its link; content resolves relative links against the site', async () => {
    const feed = await (await fetch(`${s.url}/${slug}/atom.xml`)).text();
    const deleted = feed.split('<entry>').find(e => e.includes('[supprimé]'));
    assert.ok(deleted, 'the deleted entry is there');
    assert.match(deleted, /<link rel="alternate" type="text\/html" href="http:\/\/[^"]+\/2"\/>/);
    assert.match(feed, /<content type="html" xml:base="http:\/\/127\.0\.0\.1:\d+\/">/);
  });

  it('pages get an ETag and 304; gzip when asked, never for a stream', async () => {
    // A browser: it keeps the CSRF cookie the first answer gave it.
    const first = await rawExchange(s.port, `GET /${slug} HTTP/1.1\r\nHost: x\r\n\r\n`);
    const cookie = first.responses[0].headers['set-cookie'].split(';')[0];
    const second = await rawExchange(s.port, `GET /${slug} HTTP/1.1\r\nHost: x\r\nCookie: ${cookie}\r\n\r\n`);
    const etag = second.responses[0].headers.etag;
    assert.ok(etag);
    const again = await rawExchange(s.port, `GET /${slug} HTTP/1.1\r\nHost: x\r\nCookie: ${cookie}\r\nIf-None-Match: ${etag}\r\n\r\n`);
    assert.equal(again.responses[0].status, 304);
    assert.equal(again.responses[0].body.length, 0);
    await s.post(slug, { title: 'Quatrième' });
    const changed = await rawExchange(s.port, `GET /${slug} HTTP/1.1\r\nHost: x\r\nCookie: ${cookie}\r\nIf-None-Match: ${etag}\r\n\r\n`);
    assert.equal(changed.responses[0].status, 200, 'a new post: the page is new');
    for (const path of [`/${slug}`, `/${slug}/atom.xml`, `/api/v1/channels/${slug}/events?after=0`, '/static/app.js']) {
      const z = await rawExchange(s.port, `GET ${path} HTTP/1.1\r\nHost: x\r\nCookie: ${cookie}\r\nAccept-Encoding: gzip, br\r\n\r\n`);
      const plain = await rawExchange(s.port, `GET ${path} HTTP/1.1\r\nHost: x\r\nCookie: ${cookie}\r\n\r\n`);
      const zr = z.responses[0], pr = plain.responses[0];
      assert.equal(zr.headers['content-encoding'], 'gzip', path);
      assert.match(zr.headers.vary || '', /Accept-Encoding/, path);
      assert.equal(pr.headers['content-encoding'], undefined, path + ' without Accept-Encoding');
      assert.deepEqual(gunzipSync(zr.body), pr.body, path + ': the same bytes once unzipped');
      assert.ok(zr.body.length < pr.body.length, path + ' is smaller');
    }
    const refused = await rawExchange(s.port, `GET /${slug} HTTP/1.1\r\nHost: x\r\nAccept-Encoding: gzip;q=0\r\n\r\n`);
    assert.equal(refused.responses[0].headers['content-encoding'], undefined, 'gzip;q=0 means no');
    const st = await fetch(`${s.url}/${slug}/events`, { headers: { 'accept-encoding': 'gzip' } });
    assert.equal(st.headers.get('content-encoding'), null, 'an event stream is never compressed');
    st.body.cancel();
  });

  it('/favicon.ico answers; og:description is the text of the body, not its Markdown', async () => {
    const fav = await fetch(`${s.url}/favicon.ico`);
    assert.equal(fav.status, 200);
    assert.match(fav.headers.get('content-type'), /^image\//);
    const page = await (await fetch(`${s.url}/${slug}/1`)).text();
    const desc = /<meta property="og:description" content="([^"]*)"/.exec(page)[1];
    assert.equal(desc, 'Le texte complet, dit M. Dupont.');
  });
});

describe('dates and typography on pages', () => {
  let s, browser;
  before(async () => { s = new Server(); await s.start(); });
  after(async () => {
    if (browser) await browser.close();
    if (s) await s.cleanup();
  });

  it("a French page shows dates in French and in the channel's zone, with or without JavaScript; « » keep their words", { timeout: 60000 }, async () => {
    const slug = uniq('dates');
    await s.channel(slug, { lang: 'fr', tz: 'Europe/Paris', title: 'Paris' });
    const p = await s.post(slug, { title: '« Accord » trouvé', body: 'Il a dit « oui ».' });
    const at = new Date(p.json.published_at);
    // What a Paris reader's clock said, written as the server writes it.
    const parts = Object.fromEntries(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', year: 'numeric', month: 'numeric',
      day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(at).map(x => [x.type, x.value]));
    const months = ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'];
    const want = `${Number(parts.day)} ${months[Number(parts.month) - 1]} ${parts.year} à ${parts.hour}:${parts.minute}`;
    const html = await (await fetch(`${s.url}/${slug}/1`)).text();
    assert.ok(html.includes(`>${want}</time>`), `without JavaScript: ${want} in ${/<time[^>]*>[^<]*<\/time>/.exec(html)}`);
    assert.ok(html.includes('«\u00a0Accord\u00a0» trouvé'), 'the title keeps its guillemets with their word');
    assert.ok(html.includes('«\u00a0oui\u00a0»'), 'and so does the body');
    // A browser in New York set to English: the page still speaks French, in Paris time.
    const { launch } = await import('./lib/browser.mjs');
    browser = await launch();
    const ctx = await browser.newContext({ locale: 'en-US', timezoneId: 'America/New_York' });
    const page = await ctx.newPage();
    await page.goto(`${s.url}/${slug}`);
    await page.waitForSelector('#posts time');
    const shown = await page.$eval('#posts time', e => e.textContent);
    const intl = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Paris' }).format(at);
    assert.equal(shown, intl, 'with JavaScript: French, Paris time');
    assert.match(shown, new RegExp(`${parts.hour}:${parts.minute}`));
    await ctx.close();
  });
});
