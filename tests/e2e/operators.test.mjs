// What an operator and a third-party client meet first: a port already taken,
// a stop while clients are connected and publishes are in flight, and the
// HTTP details real clients rely on (Date, HEAD, 501, 304, WebSocket over
// HTTP/1.0, the newer close codes).
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { Server, CRIER, cli } from './lib/server.mjs';
import { rawConnect, rawExchange, rawWs, wsFrame, closeInfo, parseResponses, sseFetch, wsOpen, uniq } from './lib/proto.mjs';

describe('operators', () => {
  it('a second server on a port that is taken fails with a clear error; the first keeps every request', async () => {
    const s = new Server();
    await s.start();
    try {
      const slug = uniq('port');
      await s.channel(slug);
      const r = spawnSync(CRIER, ['serve', '--data', s.data + '-second', '--listen', `127.0.0.1:${s.port}`],
        { encoding: 'utf8', timeout: 10000 });
      assert.notEqual(r.status, 0, 'the second server exits non-zero');
      assert.match(r.stderr, /cannot listen on 127\.0\.0\.1:\d+: Address already in use/);
      for (let i = 0; i < 20; i++) {
        const g = await fetch(`${s.url}/api/v1/channels/${slug}`);
        assert.equal(g.status, 200, 'every request reaches the one server');
        await g.arrayBuffer();
      }
    } finally { await s.cleanup(); }
  });

  it('two servers on one data directory share their events and their access changes', async () => {
    const a = new Server();
    await a.start();
    const b = new Server({ data: a.data });
    b.port = 0;
    try {
      await b.start();
      const slug = uniq('shared');
      await a.channel(slug);
      await a.post(slug, { title: 'before' });
      const onB = await sseFetch(`${b.url}/${slug}/events`);
      const wsB = await wsOpen(`ws://127.0.0.1:${b.port}/${slug}/ws`);
      assert.equal((await wsB.msgs.next()).json.type, 'hello');
      const t0 = Date.now();
      for (let i = 1; i <= 5; i++) assert.equal((await a.post(slug, { title: 'through a ' + i })).status, 201);
      assert.equal((await b.post(slug, { title: 'through b' })).status, 201);
      const got = [];
      while (got.length < 6) {
        const ev = await onB.events.next(3000);
        assert.equal(ev.event, 'post', JSON.stringify(ev));
        got.push(Number(ev.id));
      }
      assert.deepEqual(got, [2, 3, 4, 5, 6, 7], 'every post, once, in order, whichever node took it');
      assert.ok(Date.now() - t0 < 2000, 'within the poll period');
      const ws = [];
      while (ws.length < 6) { const m = await wsB.msgs.next(3000); if (m.json.type === 'post') ws.push(m.json.seq); }
      assert.deepEqual(ws, [2, 3, 4, 5, 6, 7]);
      // A change of access made through a reaches b's streams.
      assert.equal((await a.api('PATCH', `/api/v1/channels/${slug}`, { visibility: 'private' })).status, 200);
      for (;;) {
        const ev = await onB.events.next(2000);
        if (ev.event === 'close') { assert.equal(ev.json.reason, 'revoked'); break; }
      }
      wsB.terminate();
    } finally {
      await b.stop();
      await a.cleanup();
    }
  });

  it('SIGTERM: WebSocket clients get 1001, SSE streams end with a close event, accepted publishes are kept', async () => {
    const s = new Server();
    await s.start();
    const slug = uniq('stop');
    await s.channel(slug);
    const ws = await wsOpen(`ws://127.0.0.1:${s.port}/${slug}/ws`);
    const sse = await sseFetch(`${s.url}/${slug}/events`);
    const wsClosed = new Promise(r => ws.on('close', (code, reason) => r({ code, reason: reason.toString() })));
    // Publishes in flight when the signal comes.
    const results = [];
    const pubs = Array.from({ length: 30 }, (_, i) => s.post(slug, { title: 'in flight ' + i })
      .then(r => results.push(r.status)).catch(() => results.push('error')));
    await sleep(20);
    const t0 = Date.now();
    s.proc.kill('SIGTERM');
    await Promise.all(pubs);
    const exit = await s.exited;
    const took = Date.now() - t0;
    assert.equal(exit.code, 0, 'a clean exit');
    assert.ok(took < 6000, `stopped in ${took} ms (the grace is 5 s)`);
    const wc = await wsClosed;
    assert.equal(wc.code, 1001, 'WebSocket close 1001');
    let last;
    for (;;) { try { last = await sse.events.next(1000); } catch { break; } }
    assert.ok(last, 'the SSE stream ended with an event');
    assert.equal(last.event, 'close');
    assert.deepEqual(last.json, { reason: 'shutdown' });
    // Every publish that was acknowledged is there after a restart.
    const acked = results.filter(x => x === 201).length;
    await s.start();
    try {
      const all = await s.allEvents(slug);
      assert.ok(all.length >= acked, `${all.length} stored, ${acked} acknowledged`);
      assert.deepEqual(all.map(e => e.seq), all.map((_, i) => i + 1), 'no holes');
      for (const st of results) assert.ok(st === 201 || st === 503 || st === 'error', 'answered or refused: ' + st);
    } finally { await s.cleanup(); }
  });
});

describe('the command line', () => {
  it('an argument that starts with a dash (a base64url token) is an argument, not an unknown option', async () => {
    const s = new Server();
    await s.start();
    try {
      const slug = uniq('dash');
      await s.channel(slug);
      const token = '-' + 'A'.repeat(42);
      const r = cli(['invite', 'revoke', slug, token], { data: s.data, env: { CRIER_SERVER: s.url } });
      assert.equal(r.status, 1, r.stderr);
      assert.doesNotMatch(r.stderr, /unknown option/);
      const short = cli(['channel', 'show', '-x'], { data: s.data });
      assert.equal(short.status, 2, 'a short option is still a usage error');
    } finally { await s.cleanup(); }
  });

  it('serve refuses a selection period out of range, from the flag or the environment', () => {
    for (const v of ['0', '99', '60001', '1s', '']) {
      const r = cli(['serve', '--listen', '127.0.0.1:0', '--selection-every-ms', v]);
      assert.equal(r.status, 2, `--selection-every-ms '${v}': ${r.stderr}`);
      assert.match(r.stderr, /invalid --selection-every-ms/);
    }
    const e = cli(['serve', '--listen', '127.0.0.1:0'], { env: { CRIER_SELECTION_EVERY_MS: '70000' } });
    assert.equal(e.status, 2, e.stderr);
    assert.match(e.stderr, /selection-every-ms '70000'/);
  });
});

describe('HTTP details', () => {
  let s, slug;
  before(async () => {
    s = new Server();
    await s.start();
    slug = uniq('http');
    await s.channel(slug);
    await s.post(slug, { title: 'one' });
  });
  after(async () => { if (s) await s.cleanup(); });

  const host = () => `Host: 127.0.0.1:${s.port}\r\n`;

  it('a Date header on every response, errors and streams included', async () => {
    const dated = h => assert.match(h.date || '', /^[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d GMT$/, JSON.stringify(h));
    for (const path of ['/healthz', `/api/v1/channels/${slug}`, '/api/v1/channels/nope', `/${slug}`, '/static/app.css']) {
      const r = await rawExchange(s.port, `GET ${path} HTTP/1.1\r\n${host()}\r\n`);
      dated(r.responses[0].headers);
    }
    const bad = await rawExchange(s.port, `GET / HTTP/1.1\r\n${host()}${host()}\r\n`, { waitClose: true });
    assert.equal(bad.responses[0].status, 400);
    dated(bad.responses[0].headers);
    const st = await rawConnect(s.port);
    await st.write(`GET /${slug}/events HTTP/1.1\r\n${host()}\r\n`);
    await st.until(x => x.data.indexOf('\r\n\r\n') >= 0);
    dated(parseResponses(st.data.subarray(0, st.data.indexOf('\r\n\r\n') + 4)).responses[0].headers);
    st.destroy();
    const ws = await rawWs(s.port, `/${slug}/ws`);
    dated(ws.handshake.headers);
    ws.destroy();
  });

  it('HEAD works wherever GET does, with the head GET would have and no body', async () => {
    for (const path of [`/api/v1/channels/${slug}`, `/api/v1/channels/${slug}/events?after=0`, '/api/v1/channels',
      `/${slug}`, `/${slug}/atom.xml`, '/healthz']) {
      const get = await rawExchange(s.port, `GET ${path} HTTP/1.1\r\n${host()}Authorization: Bearer ${s.token}\r\n\r\n`);
      const st = await rawConnect(s.port);
      await st.write(`HEAD ${path} HTTP/1.1\r\n${host()}Authorization: Bearer ${s.token}\r\n\r\n` +
        `GET /healthz HTTP/1.1\r\n${host()}\r\n`);
      await st.until(x => x.data.includes('{"status":"ok"}'), 2000);
      st.destroy();
      const g = get.responses[0];
      assert.equal(g.status, 200, path);
      const text = st.data.toString('latin1');
      const head = text.slice(0, text.indexOf('\r\n\r\n') + 4);
      assert.match(head, /^HTTP\/1\.1 200 /, `HEAD ${path}: ${head.slice(0, 80)}`);
      assert.match(head, new RegExp(`content-length: ${g.headers['content-length']}\r\n`, 'i'), 'the same length as GET');
      assert.ok(text.slice(head.length).startsWith('HTTP/1.1 200'), `HEAD ${path}: no body before the next answer`);
    }
  });

  it('an unknown method is 501 with a JSON error; garbage is 400', async () => {
    const r = await rawExchange(s.port, `BREW /healthz HTTP/1.1\r\n${host()}\r\n`, { waitClose: true });
    assert.equal(r.responses[0].status, 501);
    assert.equal(r.responses[0].json.error, 'not_implemented');
    const g = await rawExchange(s.port, '\x16\x03\x01\x00\xa5\x01\x00\x00\xa1\x03\x03 / HTTP/1.1\r\n\r\n', { waitClose: true });
    assert.equal(g.responses[0].status, 400);
  });

  it('304 and 204 carry no Content-Length', async () => {
    const first = await rawExchange(s.port, `GET /static/app.css HTTP/1.1\r\n${host()}\r\n`);
    const etag = first.responses[0].headers.etag;
    assert.ok(etag);
    const st = await rawConnect(s.port);
    await st.write(`GET /static/app.css HTTP/1.1\r\n${host()}If-None-Match: ${etag}\r\n\r\nGET /healthz HTTP/1.1\r\n${host()}\r\n`);
    await st.until(x => x.data.includes('{"status":"ok"}'), 2000);
    st.destroy();
    const text = st.data.toString('latin1');
    const head304 = text.slice(0, text.indexOf('\r\n\r\n'));
    assert.match(head304, /^HTTP\/1\.1 304 /);
    assert.doesNotMatch(head304, /content-length/i);
    const t = await s.api('POST', '/api/v1/tokens', { scope: 'publish', channel: slug });
    const del = await rawExchange(s.port, `DELETE /api/v1/tokens/${t.json.id} HTTP/1.1\r\n${host()}Authorization: Bearer ${s.token}\r\n\r\n`);
    assert.equal(del.responses[0].status, 204);
    assert.equal(del.responses[0].headers['content-length'], undefined);
  });

  it('a WebSocket upgrade over HTTP/1.0 is refused', async () => {
    const r = await rawExchange(s.port, `GET /${slug}/ws HTTP/1.0\r\n${host()}Upgrade: websocket\r\nConnection: Upgrade\r\n` +
      'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n');
    assert.equal(r.responses[0].status, 400);
    assert.equal(r.responses[0].json.error, 'bad_request');
  });

  it('close codes 1012, 1013 and 1014 are accepted and echoed', async () => {
    for (const code of [1012, 1013, 1014]) {
      const ws = await rawWs(s.port, `/${slug}/ws`);
      const p = Buffer.alloc(2);
      p.writeUInt16BE(code);
      await ws.write(wsFrame({ opcode: 8, payload: p }));
      const f = await ws.frame(x => x.opcode === 8, 2000);
      ws.destroy();
      assert.equal(closeInfo(f).code, code, `close ${code} echoed, not 1002`);
    }
  });
});

describe('the store from the command line', () => {
  it('no command but serve creates a store; errors name the path and the cause', async () => {
    const { mkdtempSync, existsSync, writeFileSync, rmSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'crier-cli-'));
    try {
      const where = join(dir, 'elsewhere');
      const add = cli(['channel', 'add', 'monde', '--title', 'M'], { data: where });
      assert.equal(add.status, 1, add.stderr);
      assert.match(add.stderr, /no database at .*elsewhere\/crier\.db \(nothing was created/);
      assert.equal(existsSync(where), false, 'no directory was made');
      const tok = cli(['token', 'create', '--scope', 'admin'], { data: where });
      assert.equal(tok.status, 1);
      assert.equal(existsSync(where), false);
      // A read-only command with an odd --store never makes a directory either.
      const odd = spawnSync(CRIER, ['channel', 'list', '--store', 'mysql:/x/crier.db'], { cwd: dir, encoding: 'utf8' });
      assert.equal(odd.status, 1);
      assert.match(odd.stderr, /unknown store 'mysql:\/x\/crier\.db'/);
      assert.equal(existsSync(join(dir, 'mysql:')), false, 'no ./mysql: directory');
      // A PostgreSQL server that is not there: a clear error, no directory.
      const pg = cli(['channel', 'list', '--store', 'postgres://crier@127.0.0.1:1/crier?connect_timeout=2'], { env: { CRIER_STORE: '' } });
      assert.equal(pg.status, 1);
      assert.match(pg.stderr, /cannot open the PostgreSQL store: .*unavailable/);
      const file = join(dir, 'a-file');
      writeFileSync(file, 'x');
      const notdir = cli(['channel', 'list'], { data: file });
      assert.match(notdir.stderr, /the data directory .*a-file is not a directory/);
      // --create sets one up on purpose.
      const made = cli(['channel', 'add', 'monde', '--title', 'M', '--create'], { data: where });
      assert.equal(made.status, 0, made.stderr);
      assert.equal(existsSync(join(where, 'crier.db')), true);
      assert.equal(cli(['channel', 'list'], { data: where }).status, 0);
    } finally { rmSync(dir, { recursive: true, force: true }); }
  });
});

describe('posts as readers see them', () => {
  it('raw HTML in a body is shown as text on the page, in the feed and in the API, never dropped', async () => {
    const s = new Server();
    await s.start();
    try {
      const slug = uniq('rawhtml');
      await s.channel(slug, { lang: 'fr' });
      const p = await s.post(slug, { title: 'Le mot', body: 'Le mot <Paris> et <b>gras</b>.' });
      assert.equal(p.status, 201);
      const ev = (await s.allEvents(slug))[0];
      assert.equal(ev.post.html, '<p>Le mot &lt;Paris&gt; et &lt;b&gt;gras&lt;/b&gt;.</p>\n');
      const page = await (await fetch(`${s.url}/${slug}/1`)).text();
      assert.ok(page.includes('Le mot &lt;Paris&gt;'), 'the page shows the word');
      const feed = await (await fetch(`${s.url}/${slug}/atom.xml`)).text();
      assert.ok(feed.includes('Le mot &amp;lt;Paris&amp;gt;'), 'the feed carries it, escaped once more for XML');
    } finally { await s.cleanup(); }
  });
});

describe('publishers', () => {
  let s;
  before(async () => { s = new Server(); await s.start(); });
  after(async () => { if (s) await s.cleanup(); });

  it('an embargo is written in the channel\'s local time; a past time needs force', async () => {
    const slug = uniq('embargo');
    await s.channel(slug, { tz: 'Europe/Paris', lang: 'fr' });
    // 07:00 in Paris on 1 July 2030 is 05:00 UTC (summer time); in January, 06:00 UTC.
    const summer = await s.post(slug, { title: 'sous embargo', publish_at: '2030-07-01 07:00' });
    assert.equal(summer.status, 202, summer.text);
    assert.equal(summer.json.publish_at, '2030-07-01T05:00:00.000Z');
    const winter = await s.post(slug, { title: 'hiver', publish_at: '2030-01-15T07:00' });
    assert.equal(winter.json.publish_at, '2030-01-15T06:00:00.000Z');
    const zoned = await s.post(slug, { title: 'avec zone', publish_at: '2030-01-15T07:00:00Z' });
    assert.equal(zoned.json.publish_at, '2030-01-15T07:00:00.000Z', 'an explicit zone is kept');
    const past = await s.post(slug, { title: 'typo', publish_at: '2020-01-01 07:00' });
    assert.equal(past.status, 400);
    assert.match(past.json.message, /in the past/);
    assert.equal((await s.allEvents(slug)).length, 0, 'nothing was released');
    const forced = await s.post(slug, { title: 'forcé', publish_at: '2020-01-01 07:00', force: true });
    assert.equal(forced.status, 201, 'force: published at once');
    const cli1 = cli(['post', slug, '--title', 'CLI', '--publish-at', '2030-07-01 08:30', '--server', s.url], { data: s.data });
    assert.equal(cli1.status, 0, cli1.stderr);
    const sched = /^scheduled .* name it with --id (\d+)\n$/.exec(cli1.stdout);
    assert.ok(sched, cli1.stdout);
    const ed = cli(['post', 'edit', slug, '--id', sched[1], '--title', 'CLI (maj)', '--server', s.url], { data: s.data });
    assert.equal(ed.status, 0, 'a scheduled post is named by its id: ' + ed.stderr);
    const none = cli(['post', 'delete', slug, '--server', s.url], { data: s.data });
    assert.equal(none.status, 2);
    assert.match(none.stderr, /missing the post's number/);
    const cli2 = cli(['post', slug, '--title', 'CLI', '--publish-at', '2001-01-01 08:30', '--server', s.url], { data: s.data });
    assert.equal(cli2.status, 1);
    assert.match(cli2.stderr, /in the past/);
  });

  it('an http image is refused; a caption alone can be changed', async () => {
    const slug = uniq('media');
    await s.channel(slug);
    const http = await s.post(slug, { title: 'x', media: { url: 'http://img.example/a.jpg' } });
    assert.equal(http.status, 400);
    assert.match(http.json.message, /https/);
    const p = await s.post(slug, { title: 'photo', media: { url: 'https://img.example/a.jpg', caption: 'avant', credit: 'AFP' } });
    assert.equal(p.status, 201);
    const ed = await s.api('PATCH', `/api/v1/channels/${slug}/posts/${p.json.id}`, { media: { caption: 'après' } });
    assert.equal(ed.status, 200, ed.text);
    assert.deepEqual(ed.json.post.media, { url: 'https://img.example/a.jpg', caption: 'après', credit: 'AFP' });
    const c = cli(['post', 'edit', slug, String(p.json.seq), '--credit', 'Reuters', '--server', s.url], { data: s.data });
    assert.equal(c.status, 0, c.stderr);
    const last = (await s.allEvents(slug)).at(-1);
    assert.deepEqual(last.post.media, { url: 'https://img.example/a.jpg', caption: 'après', credit: 'Reuters' });
  });
});

describe('external ids', () => {
  let s;
  before(async () => { s = new Server(); await s.start(); });
  after(async () => { if (s) await s.cleanup(); });

  it('a retried publish with the same external_id gets the first answer and publishes once, even racing', async () => {
    const slug = uniq('ext');
    await s.channel(slug);
    const first = await s.post(slug, { title: 'Dépêche', external_id: 'cms-4711' });
    assert.equal(first.status, 201);
    const again = await s.post(slug, { title: 'Dépêche (retry)', external_id: 'cms-4711' });
    assert.equal(again.status, 201);
    assert.equal(again.headers.get('idempotent-replayed'), 'true');
    assert.deepEqual(again.json, first.json, 'the first answer, word for word');
    // Ten retries at once: one post.
    const racing = await Promise.all(Array.from({ length: 10 }, () => s.post(slug, { title: 'course', external_id: 'cms-race' })));
    assert.ok(racing.every(r => r.status === 201), racing.map(r => r.status).join(','));
    assert.equal(new Set(racing.map(r => r.json.seq)).size, 1, 'all answers name one post');
    const events = await s.allEvents(slug);
    assert.deepEqual(events.map(e => e.seq), [1, 2], 'two posts, no hole in the seqs');
    assert.ok(events.every(e => !('external_id' in e.post)), 'readers never see the external id');
    // A scheduled one replays its 202; another channel has its own keys; an edit cannot set one.
    const later = await s.post(slug, { title: 'plus tard', external_id: 'cms-later', publish_at: '2031-01-01T00:00:00Z' });
    const laterAgain = await s.post(slug, { title: 'plus tard', external_id: 'cms-later', publish_at: '2031-01-01T00:00:00Z' });
    assert.equal(later.status, 202);
    assert.deepEqual(laterAgain.json, later.json);
    const other = uniq('ext-other');
    await s.channel(other);
    assert.equal((await s.post(other, { title: 'ailleurs', external_id: 'cms-4711' })).json.seq, 1);
    const ed = await s.api('PATCH', `/api/v1/channels/${slug}/posts/${first.json.id}`, { external_id: 'x' });
    assert.equal(ed.status, 400);
    const cliRetry = cli(['post', slug, '--title', 'x', '--external-id', 'cms-4711', '--server', s.url], { data: s.data });
    assert.equal(cliRetry.status, 0, cliRetry.stderr);
    assert.match(cliRetry.stdout, /#1\b/, 'the CLI names the first post');
  });
});

describe('listing posts', () => {
  it('the API and crier post list show scheduled and published posts, a page at a time', async () => {
    const s = new Server();
    await s.start();
    try {
      const slug = uniq('list');
      await s.channel(slug, { tz: 'Europe/Paris' });
      for (let i = 1; i <= 5; i++) await s.post(slug, { title: 'publié ' + i });
      const gone = await s.post(slug, { title: 'supprimé' });
      await s.api('DELETE', `/api/v1/channels/${slug}/posts/${gone.json.id}`);
      await s.post(slug, { title: 'plus tard', publish_at: '2031-02-01T08:00:00Z' });
      await s.post(slug, { title: 'bientôt', publish_at: '2031-01-01T08:00:00Z' });
      const p1 = await s.api('GET', `/api/v1/channels/${slug}/posts?limit=3`);
      assert.equal(p1.status, 200, p1.text);
      assert.deepEqual(p1.json.scheduled.map(p => [p.title, p.publish_at]),
        [['bientôt', '2031-01-01T08:00:00.000Z'], ['plus tard', '2031-02-01T08:00:00.000Z']]);
      assert.deepEqual(p1.json.posts.map(p => p.seq), [5, 4, 3], 'newest first, the deleted one left out');
      assert.equal(p1.json.next_before, 3);
      const p2 = await s.api('GET', `/api/v1/channels/${slug}/posts?limit=3&before=3`);
      assert.deepEqual(p2.json.posts.map(p => p.seq), [2, 1]);
      assert.equal(p2.json.next_before, null);
      assert.match(p1.headers.get('cache-control') || '', /private/);
      const anon = await s.api('GET', `/api/v1/channels/${slug}/posts`, undefined, { token: null });
      assert.equal(anon.status, 401, 'the publisher\'s view needs a token');
      const r = cli(['post', 'list', slug, '--limit', '2', '--server', s.url], { data: s.data, env: { TZ: 'UTC' } });
      assert.equal(r.status, 0, r.stderr);
      const lines = r.stdout.trim().split('\n');
      assert.match(lines[0], /^id \d+ +2031-01-01 08:00  bientôt$/);
      assert.match(lines[2], /^#5 +\d{4}-\d\d-\d\d \d\d:\d\d  publié 5$/);
      assert.equal(lines.at(-1), `more: crier post list ${slug} --before 4`);
    } finally { await s.cleanup(); }
  });
});

describe('selections as an editor reads them', () => {
  it('no title repeated as a lede, Markdown without needless escapes, and a pin on a covered post says so', async () => {
    const s = new Server();
    await s.start();
    try {
      const slug = uniq('sel-fix');
      await s.channel(slug, { lang: 'fr', tz: 'Europe/Paris' });
      const bare = await s.post(slug, { title: 'Alerte météo en Bretagne', importance: 2 });
      await s.post(slug, { title: 'M. Dupont à Paris', body: 'M. Dupont a dit « oui » à 14 h. La suite suivra.', importance: 2 });
      const run = await s.api('POST', `/api/v1/channels/${slug}/selections`, {});
      assert.equal(run.status, 201, run.text);
      const sel = (await s.allEvents(slug, 0, { source: true })).at(-1);
      assert.equal(sel.type, 'selection');
      const body = sel.post.body;
      assert.ok(!body.includes('\\.'), 'no backslash before a full stop: ' + body);
      assert.match(body, /\*\*\[M\. Dupont à Paris\]\([^)]*\)\*\* — M\. Dupont a dit « oui » à 14 h\./);
      const bareLine = body.split('\n').find(l => l.includes('Alerte météo'));
      assert.ok(!bareLine.includes(' — '), 'a post without a body has no lede: ' + bareLine);
      // tail follows live: stop it once it had time to print the selection.
      const tail = spawnSync(CRIER, ['tail', slug, '--after', String(sel.seq - 1), '--server', s.url, '--data', s.data],
        { encoding: 'utf8', timeout: 2500, env: { ...process.env, CRIER_TOKEN: '' } });
      assert.match(tail.stdout, /M\. Dupont/);
      assert.ok(!tail.stdout.includes('\\.'), 'tail shows no escapes');
      const pin = cli(['selection', 'pin', slug, String(bare.json.seq), '--server', s.url], { data: s.data });
      assert.equal(pin.status, 0, pin.stderr);
      assert.match(pin.stdout, /already covered it: no later selection will take it/);
    } finally { await s.cleanup(); }
  });
});
