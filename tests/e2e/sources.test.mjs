// Sources in (issue 12, "Sources"), black-box. A local HTTP server in this
// process serves feeds written for the test, in French and English: RSS 2.0,
// Atom and JSON Feed, with a repeated item, an updated item, a 304, a 301, a
// redirect loop, a 20 MB body, a slow drip, malformed XML, XXE and billion
// laughs, and a feed on a loopback address that is not the allowed host.
// `crier source fetch` and the server's own fetcher turn items into posts
// exactly once; errors are recorded per source; the node stays healthy.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createServer } from 'node:http';
import { Server, CRIER, storeEnv } from './lib/server.mjs';

// The CLI run asynchronously: the feeds are served by this very process.
function crier(args, data) {
  return new Promise(resolve => {
    execFile(CRIER, [...args, '--data', data], {
      encoding: 'utf8', timeout: 60000, maxBuffer: 8 << 20,
      env: { ...process.env, CRIER_DATA: '', CRIER_TOKEN: '', CRIER_SERVER: '', ...storeEnv(data) },
    }, (err, stdout, stderr) => resolve({ status: err ? (err.code ?? 1) : 0, stdout, stderr }));
  });
}

const state = { rssVersion: 1, hits: {}, conditional: 0, longDrips: 0 };

function rss() {
  const second = state.rssVersion === 1
    ? 'Le bilan provisoire fait état de deux blessés légers.'
    : 'Le bilan a été revu : trois blessés légers, selon la préfecture.';
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Le Courrier du Lac</title><link>https://courrier.example/</link><language>fr</language>
<item><title>Grève des trams : « On ne lâchera rien », dit M. Favre</title>
<link>https://courrier.example/a/greve</link><guid isPermaLink="false">courrier-101</guid>
<dc:creator>Marie Dupont</dc:creator>
<content:encoded><![CDATA[<p>GENÈVE (ATS) - Les conducteurs de trams ont cessé le travail mardi à l'aube. M. Favre, délégué syndical, dénonce « un mépris total ».</p>
<figure><img src="https://img.courrier.example/tram.jpg" alt="Un tram à l'arrêt"><figcaption>Un tram à l'arrêt place Bel-Air. Photo : ATS / Jean Roux</figcaption></figure>
<p>${second}</p>
<p>Lire aussi : <a href="/a/trams-chiffres">Les trams en chiffres</a></p>
<p>Suivez-nous sur Facebook et Instagram</p>]]></content:encoded></item>
<item><title>Incendie à Carouge : un immeuble évacué</title>
<link>https://courrier.example/a/incendie</link><guid isPermaLink="false">courrier-102</guid>
<description>&lt;p&gt;Une quarantaine d'habitants ont été relogés.&lt;/p&gt;</description></item>
<item><title>Incendie à Carouge : un immeuble évacué</title>
<link>https://courrier.example/a/incendie</link><guid isPermaLink="false">courrier-102</guid>
<description>&lt;p&gt;Une quarantaine d'habitants ont été relogés.&lt;/p&gt;</description></item>
</channel></rss>`;
}

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
<title>Lakeside Wire</title><id>urn:lakeside</id><updated>2026-12-05T08:00:00Z</updated>
<entry><title>Tram drivers walk out in Geneva</title><id>urn:lakeside:1</id>
<link rel="alternate" href="https://lakeside.example/tram-strike"/>
<updated>2026-12-05T08:00:00Z</updated><author><name>John Smith</name></author>
<content type="html">&lt;p&gt;GENEVA (Reuters) - Tram drivers stopped work on Tuesday.&lt;/p&gt;&lt;p&gt;Read more: &lt;a href="/more"&gt;Strikes in Europe&lt;/a&gt;&lt;/p&gt;</content></entry>
</feed>`;

const JSONFEED = JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Le Fil Romand',
  items: [
    { id: 'fil-1', url: 'https://fil.example/1', title: 'Vote sur les loyers au Grand Conseil',
      content_text: 'Le Grand Conseil vote jeudi sur le plafonnement des loyers.\n\nLe débat s\'annonce serré.' },
    // The courrier's fire story again, under another id and link: a duplicate.
    { id: 'fil-2', url: 'https://fil.example/2', title: 'Incendie à Carouge : un immeuble évacué',
      content_html: '<p>Une quarantaine d\'habitants ont été relogés.</p>' },
  ],
});

const XXE = `<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><title>x</title><item><title>&secret;</title><guid>x1</guid></item></channel></rss>`;

function lol() {
  let d = '<?xml version="1.0"?>\n<!DOCTYPE lolz [\n<!ENTITY lol0 "lol">\n';
  for (let i = 1; i <= 10; i++) d += `<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">\n`;
  return d + ']>\n<rss version="2.0"><channel><title>&lol10;</title></channel></rss>';
}

function feedServer() {
  return createServer((req, res) => {
    const path = req.url.split('?')[0];
    state.hits[path] = (state.hits[path] || 0) + 1;
    const send = (type, body, headers = {}) => {
      res.writeHead(200, { 'content-type': type, ...headers });
      res.end(body);
    };
    switch (path) {
    case '/rss.xml': {
      const etag = `"rss-v${state.rssVersion}"`;
      if (req.headers['if-none-match'] === etag) {
        state.conditional++;
        res.writeHead(304, { etag });
        return res.end();
      }
      return send('application/rss+xml; charset=utf-8', rss(), { etag });
    }
    case '/atom.xml': return send('application/atom+xml', ATOM);
    case '/feed.json': return send('application/feed+json', JSONFEED);
    case '/old-atom.xml':
      res.writeHead(301, { location: '/atom.xml' });
      return res.end();
    case '/loop-a': res.writeHead(302, { location: '/loop-b' }); return res.end();
    case '/loop-b': res.writeHead(302, { location: '/loop-a' }); return res.end();
    case '/big.xml': {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      const chunk = Buffer.alloc(1 << 20, 'a');
      let sent = 0;
      const more = () => {
        while (sent < 20) {
          sent++;
          if (!res.write(chunk)) return res.once('drain', more);
        }
        res.end();
      };
      res.write('<?xml version="1.0"?><rss version="2.0"><channel><title>');
      return more();
    }
    case '/drip.xml': {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      const t = setInterval(() => { if (!res.write('<')) clearInterval(t); }, 300);
      req.socket.on('close', () => clearInterval(t));
      return;
    }
    case '/drip-long.xml': {
      // Drips until the node's own timeout (30 s) ends it; counts while open.
      state.longDrips++;
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      const t = setInterval(() => { if (!res.write('<')) clearInterval(t); }, 300);
      req.socket.on('close', () => { clearInterval(t); state.longDrips--; });
      return;
    }
    case '/bad.xml': return send('application/rss+xml', '<rss version="2.0"><channel><title>x</title><item><title>y</item>');
    case '/xxe.xml': return send('application/rss+xml', XXE);
    case '/lol.xml': return send('application/rss+xml', lol());
    case '/gone.xml': res.writeHead(500); return res.end('oops');
    default: res.writeHead(404); return res.end();
    }
  });
}

describe('sources in', { timeout: 180000 }, () => {
  let srv, feeds, host, data;

  before(async () => {
    feeds = feedServer();
    await new Promise(r => feeds.listen(0, '127.0.0.1', r));
    host = `127.0.0.1:${feeds.address().port}`;
    srv = new Server({ args: ['--source-allow-host', host] });
    await srv.start();
    data = srv.data;
    await srv.channel('romandie', { lang: 'fr', tz: 'Europe/Zurich' });
    await srv.channel('brouillons', { lang: 'fr' });
  });

  after(async () => {
    await srv?.stop();
    await srv?.cleanup();
    await new Promise(r => feeds?.close(r));
  });

  const url = p => `http://${host}${p}`;
  const add = async (slug, path, extra = []) => {
    const r = await crier(['source', 'add', slug, url(path), '--json', ...extra], data);
    assert.equal(r.status, 0, r.stderr);
    return JSON.parse(r.stdout);
  };
  const fetchAll = async (slug, extra = []) => {
    const r = await crier(['source', 'fetch', slug, '--json', '--source-allow-host', host, '--timeout', '3', ...extra], data);
    assert.ok(r.stdout, 'fetch printed its report: ' + r.stderr);
    return { ...r, report: JSON.parse(r.stdout).sources };
  };
  const byUrl = (report, path) => report.find(s => s.source.url === url(path));
  const livePosts = async slug => {
    const r = await srv.api('GET', `/api/v1/channels/${slug}/posts?limit=100`);
    assert.equal(r.status, 200, r.text);
    return r.json;
  };

  it('refuses bad sources with a clear error', async () => {
    for (const [args, re] of [
      [['source', 'add', 'romandie', 'ftp://x.example/feed'], /http/],
      [['source', 'add', 'romandie', url('/rss.xml'), '--mode', 'maybe'], /mode/],
      [['source', 'add', 'romandie', url('/rss.xml'), '--importance', '9'], /importance/],
      [['source', 'add', 'romandie', url('/rss.xml'), '--interval', '5'], /interval/],
      [['source', 'add', 'nowhere', url('/rss.xml')], /nowhere/],
    ]) {
      const r = await crier(args, data);
      assert.notEqual(r.status, 0, args.join(' '));
      assert.match(r.stderr, re);
    }
    const r = await srv.api('POST', '/api/v1/channels/romandie/sources', { url: 'javascript:alert(1)' });
    assert.equal(r.status, 400);
    assert.equal(r.json.error, 'invalid');
    const noToken = await srv.api('GET', '/api/v1/channels/romandie/sources', undefined, { token: null });
    assert.equal(noToken.status, 401);
  });

  it('makes each item a post exactly once, in RSS, Atom and JSON Feed', async () => {
    await add('romandie', '/rss.xml', ['--importance', '2']);
    await add('romandie', '/old-atom.xml');
    await add('romandie', '/feed.json');
    const { report } = await fetchAll('romandie');
    const r = byUrl(report, '/rss.xml');
    assert.equal(r.result, 'ok');
    assert.equal(r.created, 2, 'two items (one repeated in the feed)');
    assert.equal(r.source.name, 'Le Courrier du Lac');
    const a = byUrl(report, '/old-atom.xml');
    assert.equal(a.result, 'ok', 'a 301 is followed');
    assert.equal(a.created, 1);
    const j = byUrl(report, '/feed.json');
    assert.equal(j.created, 1);
    assert.equal(j.duplicates, 1, "the courrier's story under another id is a duplicate");
    assert.match(j.items.find(i => i.action === 'duplicate').why, /same text/);

    const { posts } = await livePosts('romandie');
    assert.equal(posts.length, 4, 'four posts: ' + posts.map(p => p.title).join(' | '));
    const greve = posts.find(p => p.title.startsWith('Grève'));
    assert.equal(greve.title, 'Grève des trams : « On ne lâchera rien », dit M. Favre');
    assert.equal(greve.importance, 2);
    assert.equal(greve.author, 'Marie Dupont');
    assert.equal(greve.lang, 'fr');
    assert.equal(greve.source_url, 'https://courrier.example/a/greve');
    assert.match(greve.body, /^GENÈVE \(ATS\) - Les conducteurs/, 'the dateline stays');
    assert.doesNotMatch(greve.body, /Lire aussi|Suivez-nous/, 'the furniture is gone');
    assert.equal(greve.media.url, 'https://img.courrier.example/tram.jpg');
    assert.equal(greve.media.credit, 'ATS / Jean Roux');
    const tram = posts.find(p => p.title === 'Tram drivers walk out in Geneva');
    assert.equal(tram.lang, 'en');
    assert.equal(tram.author, 'John Smith');
    assert.doesNotMatch(tram.body, /Read more/);
    const loyers = posts.find(p => p.title.startsWith('Vote sur les loyers'));
    assert.equal(loyers.body, "Le Grand Conseil vote jeudi sur le plafonnement des loyers.\n\nLe débat s'annonce serré.\n");
    assert.equal(loyers.author, 'Le Fil Romand', 'no author: the source name');

    // Again: a 304 for the RSS, nothing new anywhere.
    const again = await fetchAll('romandie');
    assert.equal(byUrl(again.report, '/rss.xml').result, 'not_modified');
    assert.ok(state.conditional >= 1, 'the conditional GET was sent');
    for (const s of again.report) assert.equal(s.created + s.drafted + s.edited, 0, s.source.url);
    assert.equal((await livePosts('romandie')).posts.length, 4);
  });

  it('turns an updated item into an edit of its post', async () => {
    state.rssVersion = 2;
    const { report } = await fetchAll('romandie');
    const r = byUrl(report, '/rss.xml');
    assert.equal(r.edited, 1);
    assert.equal(r.created, 0);
    const { posts } = await livePosts('romandie');
    assert.equal(posts.length, 4, 'no new post');
    const greve = posts.find(p => p.title.startsWith('Grève'));
    assert.match(greve.body, /trois blessés légers/);
    assert.ok(greve.edited_at > 0, 'marked edited');
    const events = await srv.allEvents('romandie');
    assert.equal(events.filter(e => e.type === 'edit' || e.kind === 'edit').length, 1, 'one edit event');
  });

  it('records each broken source\'s error and keeps the others and the node going', async () => {
    for (const p of ['/loop-a', '/big.xml', '/drip.xml', '/bad.xml', '/xxe.xml', '/lol.xml', '/gone.xml'])
      await add('brouillons', p);
    // A loopback address that is not the allowed host:port.
    const other = `http://127.0.0.2:${feeds.address().port}/rss.xml`;
    assert.equal((await crier(['source', 'add', 'brouillons', other], data)).status, 0);
    const t0 = Date.now();
    const res = await fetchAll('brouillons');
    assert.equal(res.status, 1, 'a failed source makes the exit status 1');
    assert.match(res.stderr, /8 of 8 sources failed/);
    assert.ok(Date.now() - t0 < 20000, 'the slow drip ends at the timeout, fetched alongside the others');
    const err = p => byUrl(res.report, p).error;
    assert.match(err('/loop-a'), /more than 5 redirects/);
    assert.match(err('/big.xml'), /larger than/);
    assert.match(err('/drip.xml'), /no whole answer within 3000 ms/);
    assert.match(err('/bad.xml'), /malformed XML/);
    assert.match(err('/xxe.xml'), /entity declarations refused/);
    assert.match(err('/lol.xml'), /entity declarations refused/);
    assert.match(err('/gone.xml'), /HTTP status 500/);
    assert.match(res.report.find(s => s.source.url === other).error, /address refused: loopback/);
    assert.equal((await livePosts('brouillons')).posts.length, 0, 'nothing was posted');

    const list = JSON.parse((await crier(['source', 'list', 'brouillons', '--json'], data)).stdout).sources;
    assert.equal(list.length, 8);
    for (const s of list) {
      assert.equal(s.failures, 1, s.url);
      assert.ok(s.error && s.last_fetch, s.url);
      assert.ok(Date.parse(s.next_fetch) > Date.now() + 60000, 'backed off: ' + s.url);
    }
    const h = await fetch(srv.url + '/healthz');
    assert.equal(h.status, 200, 'the node is healthy');
    assert.equal((await srv.api('GET', '/api/v1/channels/romandie/sources')).json.sources.length, 3);
  });

  it('the node fetches a source added through the API; a draft source holds its posts', async () => {
    const r = await srv.api('POST', '/api/v1/channels/brouillons/sources',
      { url: url('/atom.xml'), mode: 'draft', importance: 3, interval: 600 });
    assert.equal(r.status, 201, r.text);
    assert.equal(r.json.mode, 'draft');
    // The node's fetcher looks for due sources every 5 s; a slow feed
    // holds one of its slots, not the others (the next test). The wait is
    // generous for a loaded CI machine.
    let drafts = [];
    for (const end = Date.now() + 60000; Date.now() < end && drafts.length === 0;) {
      await new Promise(res => setTimeout(res, 200));
      drafts = (await livePosts('brouillons')).drafts;
    }
    assert.equal(drafts.length, 1, "the server's fetcher made a draft");
    assert.equal(drafts[0].title, 'Tram drivers walk out in Geneva');
    assert.equal(drafts[0].importance, 3);
    assert.equal((await livePosts('brouillons')).posts.length, 0, 'nothing published');
    // The draft is written before its item's row and the source's outcome:
    // a look in between sees the draft and no item yet.
    let atom;
    for (const end = Date.now() + 10000; Date.now() < end;) {
      const list = (await srv.api('GET', '/api/v1/channels/brouillons/sources')).json.sources;
      atom = list.find(s => s.url === url('/atom.xml'));
      if (atom.items === 1 && atom.last_fetch) break;
      await new Promise(res => setTimeout(res, 100));
    }
    assert.equal(atom.items, 1);
    assert.equal(atom.error, null);

    const pub = await srv.api('POST', `/api/v1/channels/brouillons/posts/${drafts[0].id}/publish`, {});
    assert.equal(pub.status, 200, pub.text);
    assert.equal(pub.json.state, 'live');
    const after = await livePosts('brouillons');
    assert.equal(after.drafts.length, 0);
    assert.equal(after.posts.length, 1);
    assert.equal(after.posts[0].seq, pub.json.seq);
    const twice = await srv.api('POST', `/api/v1/channels/brouillons/posts/${drafts[0].id}/publish`, {});
    assert.equal(twice.status, 409);
    // the newsroom's log has the publish once (the refused second one changed nothing)
    const log = (await srv.api('GET', '/api/v1/channels/brouillons/audit')).json.entries;
    assert.deepEqual(log.filter(e => e.post_id === drafts[0].id).map(e => e.action), ['publish']);

    const del = await srv.api('DELETE', `/api/v1/channels/brouillons/sources/${atom.id}`);
    assert.equal(del.status, 204);
    assert.equal((await srv.api('DELETE', `/api/v1/channels/brouillons/sources/${atom.id}`)).status, 404);
  });

  it('a feed that drips until its timeout holds up no other source', async () => {
    await srv.channel('lent', { lang: 'en' });
    const slow = await srv.api('POST', '/api/v1/channels/lent/sources',
      { url: url('/drip-long.xml'), mode: 'draft', interval: 600 });
    assert.equal(slow.status, 201, slow.text);
    // The node's fetcher looks for due sources every 5 s.
    for (const end = Date.now() + 20000; Date.now() < end && state.longDrips === 0;)
      await new Promise(res => setTimeout(res, 100));
    assert.equal(state.longDrips, 1, "the node's fetcher is on the dripping feed");
    const t0 = Date.now();
    const fast = await srv.api('POST', '/api/v1/channels/lent/sources',
      { url: url('/atom.xml'), mode: 'draft', interval: 600 });
    assert.equal(fast.status, 201, fast.text);
    let drafts = [];
    for (const end = Date.now() + 25000; Date.now() < end && drafts.length === 0;) {
      await new Promise(res => setTimeout(res, 200));
      drafts = (await livePosts('lent')).drafts;
    }
    assert.equal(drafts.length, 1, 'the second source was fetched');
    assert.equal(drafts[0].title, 'Tram drivers walk out in Geneva');
    // Fetched while the drip still ran: a pass that waited for every fetch
    // it began took this source only after the drip's 30 s.
    assert.equal(state.longDrips, 1, 'fetched while the drip still ran, ' + (Date.now() - t0) + ' ms');
    // The node stops (after()) with the drip still running: the fetch ends
    // at once and the source's lease runs out.
  });
});
