// Photos, black-box (issue 12, "Photos"): an upload is checked, re-encoded
// without any metadata and served under content names. A JPEG carrying GPS,
// a camera serial, XMP and IPTC is uploaded and every size served is read
// back with exiftool; the refusals (a 50,000 x 50,000 PNG header, HTML sent
// as image/jpeg, a truncated JPEG, no alt, no or a foreign token, too big)
// and the serving route's headers and names are checked. A post refers to an
// upload by id, and the page and the post JSON carry its sizes and alt text.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, copyFileSync, readdirSync, statSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { Server, ROOT, cli } from './lib/server.mjs';
import { browser, call, makeInvite as invite, joinInvite } from './lib/jar.mjs';

const FIXTURE = join(ROOT, 'tests/fixtures/photo.jpg'); // 1000 x 700, made by libvips

function crc32(buf) {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

// A PNG signature and an IHDR of w x h with a valid CRC, nothing else.
function pngHeader(w, h) {
  const ihdr = Buffer.alloc(17);
  ihdr.write('IHDR', 0, 'latin1');
  ihdr.writeUInt32BE(w, 4);
  ihdr.writeUInt32BE(h, 8);
  ihdr[12] = 8; ihdr[13] = 2;
  const out = Buffer.alloc(33);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(out, 0);
  out.writeUInt32BE(13, 8);
  ihdr.copy(out, 12);
  out.writeUInt32BE(crc32(ihdr), 29);
  return out;
}

// The tags exiftool finds in file, by group:name.
function tags(file) {
  const [j] = JSON.parse(execFileSync('exiftool', ['-j', '-a', '-G1', file], { encoding: 'utf8' }));
  return j;
}
const META = /^(EXIF|IFD0|IFD1|ExifIFD|GPS|XMP|XMP-[\w-]+|IPTC|Photoshop|MakerNotes|ICC_Profile|ICC-[\w-]+):/;

// A raw request, so that the path reaches the server as written.
function rawStatus(port, path) {
  return new Promise((resolve, reject) => {
    const sock = connect(port, '127.0.0.1', () =>
      sock.write(`GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`));
    let data = '';
    sock.on('data', d => { data += d; });
    sock.on('end', () => resolve(Number(/^HTTP\/1\.1 (\d+)/.exec(data)?.[1])));
    sock.on('error', reject);
  });
}

describe('media', () => {
  let s, dir, publish, foreign;
  const slug = 'photos';

  before(async () => {
    s = new Server({ args: ['--media-max-bytes', String(600 * 1024)] });
    await s.start();
    await s.channel(slug);
    await s.channel('other');
    publish = (await s.api('POST', '/api/v1/tokens', { scope: 'publish', channel: slug })).json.token;
    foreign = (await s.api('POST', '/api/v1/tokens', { scope: 'publish', channel: 'other' })).json.token;
    dir = mkdtempSync(join(tmpdir(), 'crier-media-'));
  });
  after(async () => {
    await s.cleanup();
    rmSync(dir, { recursive: true, force: true });
  });

  const upload = (body, { type = 'image/jpeg', alt = 'A test picture', token = publish, ch = slug } = {}) => {
    const q = alt === null ? '' : '?alt=' + encodeURIComponent(alt);
    const headers = { 'content-type': type };
    if (token) headers.authorization = 'Bearer ' + token;
    return fetch(`${s.url}/api/v1/channels/${ch}/media${q}`, { method: 'POST', headers, body })
      .then(async r => ({ status: r.status, json: await r.json().catch(() => null) }));
  };

  it('strips GPS, EXIF, XMP and IPTC from every size it serves', async () => {
    const src = join(dir, 'gps.jpg');
    copyFileSync(FIXTURE, src);
    execFileSync('exiftool', ['-q', '-overwrite_original', '-GPSLatitude=48.8566', '-GPSLatitudeRef=N',
      '-GPSLongitude=2.3522', '-GPSLongitudeRef=E', '-SerialNumber=CAM-0042', '-Make=Crier',
      '-XMP:Creator=Photographer', '-IPTC:By-line=Photographer', '-IPTC:City=Paris', src]);
    const before_ = tags(src);
    assert.ok(before_['GPS:GPSLatitude'], 'the upload carries a GPS position');
    assert.ok(before_['XMP-dc:Creator'] && before_['IPTC:By-line'], 'and XMP and IPTC');

    const r = await upload(readFileSync(src), { alt: 'Le pont Neuf, à l’aube' });
    assert.equal(r.status, 201, JSON.stringify(r.json));
    assert.equal(r.json.alt, 'Le pont Neuf, à l’aube');
    assert.equal(r.json.width, 1000);
    assert.equal(r.json.height, 700);
    assert.deepEqual(r.json.sizes.map(x => x.width), [320, 640, 1000], 'never enlarged');
    assert.equal(r.json.url, r.json.sizes.at(-1).url, 'url is the largest size');
    assert.match(r.json.id, /^[0-9a-f]{64}$/);
    assert.equal(r.json.url, `/media/${r.json.id}.jpg`);

    for (const size of r.json.sizes) {
      const res = await fetch(s.url + size.url);
      assert.equal(res.status, 200);
      assert.equal(res.headers.get('content-type'), 'image/jpeg');
      assert.equal(res.headers.get('cache-control'), 'public, max-age=31536000, immutable');
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
      const file = join(dir, size.url.slice(7));
      writeFileSync(file, Buffer.from(await res.arrayBuffer()));
      const t = tags(file);
      const left = Object.keys(t).filter(k => META.test(k) || /GPS|Serial|Creator|By-line|City/i.test(k));
      assert.deepEqual(left, [], `no metadata left in the ${size.width} size`);
      assert.equal(t['File:ImageWidth'], size.width);
    }
    // The store: <data>/media, 0700, files 0600.
    const media = join(s.data, 'media');
    assert.equal(statSync(media).mode & 0o777, 0o700);
    const files = readdirSync(media);
    assert.equal(files.length, 6, files.join(' '));
    assert.ok(files.includes(`${r.json.id}.json`), 'the sizes and their sidecar');
    // Each size but the largest (named by the id) leads back to the photo.
    for (const size of r.json.sizes.slice(0, -1)) {
      const ref = size.url.slice(7, 7 + 64) + '.ref';
      assert.equal(readFileSync(join(media, ref), 'utf8'), r.json.id, ref);
    }
    assert.ok(files.every(f => (statSync(join(media, f)).mode & 0o777) === 0o600));
    const meta = JSON.parse(readFileSync(join(media, `${r.json.id}.json`), 'utf8'));
    assert.deepEqual(meta, {
      alt: 'Le pont Neuf, à l’aube', width: 1000, height: 700,
      sizes: r.json.sizes.map(x => ({ width: x.width, height: Math.round(700 * x.width / 1000), name: x.url.slice(7) })),
      channel: slug, channel_id: 1, // the sidecar names its channel (the server's first)
    });

    const again = await upload(readFileSync(src), { token: s.token });
    assert.equal(again.status, 201, 'an admin token may upload too');
    assert.equal(again.json.id, r.json.id, 'the same upload has the same name');
  });

  it('refuses a 50,000 x 50,000 PNG header before decoding', async () => {
    const t0 = Date.now();
    const r = await upload(pngHeader(50000, 50000), { type: 'image/png' });
    assert.equal(r.status, 400);
    assert.equal(r.json.error, 'too_many_pixels');
    assert.ok(Date.now() - t0 < 2000, 'at once');
  });

  it('refuses HTML sent as a JPEG', async () => {
    const r = await upload('<!doctype html><html><script>alert(1)</script></html>');
    assert.ok(r.status === 400 || r.status === 415, String(r.status));
    assert.equal(r.json.error, 'not_an_image');
  });

  it('gives a truncated JPEG a clear 400', async () => {
    const jpg = readFileSync(FIXTURE);
    const r = await upload(jpg.subarray(0, jpg.length >> 1));
    assert.equal(r.status, 400);
    assert.equal(r.json.error, 'corrupt_image');
    assert.match(r.json.message, /truncated or corrupt/);
  });

  it('requires alt text, a known type and a publisher of the channel', async () => {
    const jpg = readFileSync(FIXTURE);
    assert.equal((await upload(jpg, { alt: null })).status, 400, 'no alt');
    assert.equal((await upload(jpg, { alt: '' })).status, 400, 'empty alt');
    assert.equal((await upload(jpg, { alt: 'x'.repeat(301) })).status, 400, 'alt over 300');
    assert.equal((await upload(jpg, { alt: 'a\u0007b' })).status, 400, 'a control character');
    assert.equal((await upload(jpg, { alt: 'é'.repeat(300) })).status, 201, '300 characters are fine');
    assert.equal((await upload(jpg, { type: 'image/gif' })).status, 415, 'gif');
    assert.equal((await upload(jpg, { type: 'text/html' })).status, 415, 'html');
    assert.equal((await upload(jpg, { token: null })).status, 401, 'no token');
    assert.equal((await upload(jpg, { token: foreign })).status, 403, 'another channel\'s token');
    assert.equal((await upload(jpg, { token: 'nope' })).status, 401, 'a bad token');
    // RFC 6750's challenge: Bearer, and invalid_token for a token sent but unknown.
    const none = await fetch(`${s.url}/api/v1/channels/${slug}/media`, { method: 'POST', body: jpg, headers: { 'content-type': 'image/jpeg' } });
    assert.equal(none.headers.get('www-authenticate'), 'Bearer realm="crier"');
    const bad = await fetch(`${s.url}/api/v1/channels/${slug}/media`, { method: 'POST', body: jpg, headers: { 'content-type': 'image/jpeg', authorization: 'Bearer nope' } });
    assert.equal(bad.status, 401);
    assert.equal(bad.headers.get('www-authenticate'), 'Bearer realm="crier", error="invalid_token"');
  });

  it('takes bodies past the request limit on this route only, up to --media-max-bytes', async () => {
    const big = Buffer.alloc(400 * 1024, 0x41);
    big[0] = 0xff; big[1] = 0xd8; big[2] = 0xff;
    const r = await upload(big);
    assert.equal(r.status, 400, 'past the 256 KiB of other routes, the bytes reach the check');
    assert.equal(r.json.error, 'corrupt_image');
    const over = await upload(Buffer.alloc(700 * 1024, 0x41));
    assert.equal(over.status, 413, 'past --media-max-bytes');
    const post = await fetch(`${s.url}/api/v1/channels/${slug}/posts`, {
      method: 'POST', headers: { authorization: 'Bearer ' + publish, 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'x', body: 'y'.repeat(400 * 1024) }),
    });
    assert.equal(post.status, 413, 'other routes keep their limit');
  });

  it('puts an uploaded photo in a post by id: url, alt, srcset, rendered on the page', async () => {
    const up = await upload(readFileSync(FIXTURE), { alt: 'Un quai <la nuit> & "la pluie"' });
    assert.equal(up.status, 201, JSON.stringify(up.json));
    const id = up.json.id;
    const r = await s.post(slug, { title: 'Photo', body: 'Texte.', media: { id, caption: 'Le quai', credit: 'AFP' } },
      { token: publish });
    assert.equal(r.status, 201, r.text);
    const got = await s.api('GET', `/api/v1/channels/${slug}/posts/${r.json.seq}`);
    assert.equal(got.status, 200, got.text);
    const m = got.json.post?.media ?? got.json.media;
    const srcset = up.json.sizes.map(x => `${x.url} ${x.width}w`).join(', ');
    assert.deepEqual(m, {
      url: up.json.url, caption: 'Le quai', credit: 'AFP', id, alt: 'Un quai <la nuit> & "la pluie"',
      srcset, width: 1000, height: 700,
    });

    const page = await fetch(`${s.url}/${slug}`);
    assert.equal(page.status, 200);
    assert.match(page.headers.get('content-security-policy'), /img-src 'self'/, 'same-origin images allowed');
    const html = await page.text();
    const img = /<img[^>]*srcset="[^"]*"[^>]*>/.exec(html)?.[0];
    assert.ok(img, 'an <img srcset> on the channel page');
    assert.ok(img.includes(` src="${up.json.url}"`), img);
    assert.ok(img.includes(` srcset="${srcset}"`), img);
    assert.ok(img.includes(' sizes="(max-width: 700px) 100vw, 700px"'), img);
    assert.ok(img.includes(' alt="Un quai &lt;la nuit&gt; &amp; &quot;la pluie&quot;"'), img);
    assert.ok(img.includes(' width="1000"') && img.includes(' height="700"'), img);
    assert.match(html, /<figcaption>Le quai <span class="credit">[^<]*AFP<\/span><\/figcaption>/);
    for (const cand of srcset.split(', ')) {
      const res = await fetch(s.url + cand.split(' ')[0]);
      assert.equal(res.status, 200, cand);
      assert.equal(res.headers.get('content-type'), 'image/jpeg');
    }

    const zero = '0'.repeat(64);
    const unknown = await s.post(slug, { title: 'x', media: { id: zero } }, { token: publish });
    assert.equal(unknown.status, 400);
    assert.equal(unknown.json.error, 'invalid');
    assert.match(unknown.json.message, /^media\.id 0{64}: no such photo$/);
    const bad = await s.post(slug, { title: 'x', media: { id: 'nope' } }, { token: publish });
    assert.equal(bad.status, 400);
    const edit = await s.api('PATCH', `/api/v1/channels/${slug}/posts/${r.json.seq}`, { media: { id: zero } },
      { token: publish });
    assert.equal(edit.status, 400, 'an edit to an unknown id too');
    assert.equal((await fetch(`${s.url}/media/${id}.json`)).status, 404, 'the sidecar is not served');

    // The Atom feed carries the photo: an absolute enclosure, and the figure in the content, relative
    // to the content's xml:base, with the photo's own alt text.
    const atom = await (await fetch(`${s.url}/${slug}/atom.xml`)).text();
    const entry = atom.split('<entry>').find(x => x.includes('<title>Photo</title>') ||
      x.includes('<title type="text">Photo</title>'));
    assert.ok(entry, 'the post is in the feed');
    assert.ok(entry.includes(`<link rel="enclosure" href="${s.url}${up.json.url}" type="image/jpeg" title="Le quai"/>`),
      entry);
    assert.ok(entry.includes(`&lt;img src=&quot;${up.json.url}&quot; alt=&quot;Un quai`), entry);

    const c = cli(['post', slug, '--title', 'Par la CLI', '--media-id', id, '--caption', 'Quai', '--json',
      '--server', s.url, '--token', publish]);
    assert.equal(c.status, 0, c.stderr);
    assert.equal(JSON.parse(c.stdout).post.media.srcset, srcset, 'crier post --media-id');
  });

  it('answers 404 for unknown and malformed names, traversal included', async () => {
    const zero = '0'.repeat(64);
    assert.equal((await fetch(`${s.url}/media/${zero}.jpg`)).status, 404, 'unknown');
    assert.equal((await fetch(`${s.url}/media/${zero}.gif`)).status, 404, 'another extension');
    assert.equal((await fetch(`${s.url}/media/crier.db`)).status, 404);
    assert.equal(await rawStatus(s.port, '/media/../crier.db'), 404);
    assert.equal(await rawStatus(s.port, '/media/%2e%2e%2fcrier.db'), 404);
    assert.equal(await rawStatus(s.port, '/media/..%2fadmin.token'), 404);
    assert.equal(await rawStatus(s.port, '/media/' + zero.toUpperCase() + '.jpg'), 404);
  });
  // A PNG of w x h, its pixels a pattern of seed (a different seed, a
  // different photo), small enough once deflated.
  function png(w, h, seed) {
    const raw = Buffer.alloc((w * 3 + 1) * h);
    for (let y = 0; y < h; y++)
      for (let x = 0; x < w; x++)
        for (let c = 0; c < 3; c++)
          raw[y * (w * 3 + 1) + 1 + x * 3 + c] = ((x >> 4) * seed + (y >> 4) * (c + 3) * 7) & 255;
    const chunk = (type, data) => {
      const out = Buffer.alloc(12 + data.length);
      out.writeUInt32BE(data.length, 0);
      out.write(type, 4, 'latin1');
      data.copy(out, 8);
      out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
      return out;
    };
    const ihdr = Buffer.alloc(13);
    ihdr.writeUInt32BE(w, 0); ihdr.writeUInt32BE(h, 4);
    ihdr[8] = 8; ihdr[9] = 2;
    return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr),
      chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
  }

  it('serves a private channel\'s photo only to who may read the channel, privately', async () => {
    const priv = 'vault';
    await s.channel(priv, { visibility: 'private' });
    const up = await upload(png(700, 500, 3), { type: 'image/png', alt: 'Un document', token: s.token, ch: priv });
    assert.equal(up.status, 201, JSON.stringify(up.json));
    assert.deepEqual(up.json.sizes.map(x => x.width), [320, 640, 700]);
    const urls = up.json.sizes.map(x => x.url);
    const unknown = await fetch(`${s.url}/media/${'0'.repeat(64)}.jpg`);
    const unknownBody = await unknown.text();

    // Strangers: no cookie, a reader of another channel, another channel's token, a bad token.
    const member = await browser(s), other = await browser(s), stranger = await browser(s);
    assert.equal((await call(s, stranger, 'POST', `/api/v1/channels/${slug}/join`)).status, 200);
    const get = (url, jar, headers = {}) => call(s, jar, 'GET', url, { headers, origin: null });
    for (const url of urls) {
      for (const [who, r] of [['no cookie', await get(url, null)], ['a reader elsewhere', await get(url, stranger)],
        ['another channel\'s token', await get(url, null, { authorization: 'Bearer ' + foreign })],
        ['a bad token', await get(url, null, { authorization: 'Bearer nope' })]]) {
        assert.equal(r.status, 404, `${who}: ${url}`);
        assert.equal(r.text, unknownBody, `${who}: the very answer of an unknown name`);
        assert.equal(r.headers.get('cache-control'), unknown.headers.get('cache-control'), who);
      }
    }

    // Members, through an invite.
    const inv = await invite(s, priv);
    assert.equal((await joinInvite(s, member, inv.url)).status, 303);
    assert.equal((await joinInvite(s, other, inv.url)).status, 303);
    const listed = (await s.api('GET', `/api/v1/channels/${priv}/members`)).json.members.map(m => m.reader);
    assert.equal(listed.length, 2);
    for (const url of urls) {
      const r = await fetch(s.url + url, { headers: { cookie: member.header() } });
      assert.equal(r.status, 200, 'a member: ' + url);
      assert.equal(r.headers.get('content-type'), 'image/jpeg');
      assert.equal(r.headers.get('cache-control'), 'private, max-age=600', 'no shared cache, not forever');
      assert.match(r.headers.get('vary') || '', /\bCookie\b/);
      assert.ok((await r.arrayBuffer()).byteLength > 100);
    }
    const tok = (await s.api('POST', '/api/v1/tokens', { scope: 'publish', channel: priv })).json.token;
    for (const t of [tok, s.token]) {
      const r = await fetch(s.url + urls[0], { headers: { authorization: 'Bearer ' + t } });
      assert.equal(r.status, 200, 'a token that may publish there');
      assert.equal(r.headers.get('cache-control'), 'private, max-age=600');
    }

    // A public channel's photo is as it was, whoever asks.
    const pub = await upload(png(400, 300, 5), { type: 'image/png', alt: 'Public' });
    assert.equal(pub.status, 201);
    for (const jar of [null, member]) {
      const r = await fetch(s.url + pub.json.url, { headers: jar ? { cookie: jar.header() } : {} });
      assert.equal(r.status, 200);
      assert.equal(r.headers.get('cache-control'), 'public, max-age=31536000, immutable');
      assert.equal(r.headers.get('vary'), null);
    }

    // Removed: the member who leaves, and the one rejected with the CLI.
    assert.equal((await call(s, member, 'POST', `/api/v1/channels/${priv}/leave`)).status, 200);
    const stay = (await s.api('GET', `/api/v1/channels/${priv}/members`)).json.members.map(m => m.reader);
    assert.equal(stay.length, 1);
    assert.equal((await get(urls[0], other)).status, 200, 'the other member still may');
    const rej = cli(['member', 'reject', priv, String(stay[0])], { data: s.data });
    assert.equal(rej.status, 0, rej.stderr);
    for (const url of urls) {
      assert.equal((await get(url, member)).status, 404, 'left: ' + url);
      assert.equal((await get(url, other)).status, 404, 'rejected: ' + url);
    }

    // The same photo belongs to one channel: not through a public one.
    const again = await upload(png(700, 500, 3), { type: 'image/png', alt: 'Copie', ch: slug });
    assert.equal(again.status, 409, JSON.stringify(again.json));
    assert.equal(again.json.error, 'conflict');
    const byId = await s.post(slug, { title: 'x', media: { id: up.json.id } }, { token: publish });
    assert.equal(byId.status, 400, 'another channel\'s photo is no photo here');
    assert.equal((await get(urls[0], null)).status, 404, 'still private');
    const mine = await upload(png(700, 500, 3), { type: 'image/png', alt: 'Autre texte', token: s.token, ch: priv });
    assert.equal(mine.status, 201, 'its own channel may upload it again');

    // A sidecar from before photos had channels stays public.
    const media = join(s.data, 'media');
    const side = join(media, `${up.json.id}.json`);
    const meta = JSON.parse(readFileSync(side, 'utf8'));
    assert.equal(meta.channel, priv);
    delete meta.channel; delete meta.channel_id;
    writeFileSync(side, JSON.stringify(meta));
    const old = await fetch(s.url + urls[0]);
    assert.equal(old.status, 200, 'no channel: public');
    assert.equal(old.headers.get('cache-control'), 'public, max-age=31536000, immutable');
  });

  it('gives a public permalink the photo as og:image, a private one none', async () => {
    const priv = 'vault2';
    await s.channel(priv, { visibility: 'private' });
    const pub = await upload(readFileSync(FIXTURE), { alt: 'Le quai "au matin"' });
    assert.equal(pub.status, 201);
    const p1 = await s.post(slug, { title: 'Carte', body: 'Texte.', media: { id: pub.json.id } }, { token: publish });
    assert.equal(p1.status, 201, p1.text);
    const html = await (await fetch(`${s.url}/${slug}/${p1.json.seq}`)).text();
    const meta = name => new RegExp(`<meta property="${name}" content="([^"]*)">`).exec(html)?.[1];
    // 1000 px wide: no size reaches 1200, so the largest.
    assert.equal(meta('og:image'), `${s.url}${pub.json.url}`);
    assert.equal(meta('og:image:width'), '1000');
    assert.equal(meta('og:image:height'), '700');
    assert.equal(meta('og:image:alt'), 'Le quai &quot;au matin&quot;');
    assert.match(html, /<meta name="twitter:card" content="summary_large_image">/);

    const big = await upload(png(2500, 1250, 7), { type: 'image/png', alt: 'Grand' });
    assert.equal(big.status, 201, JSON.stringify(big.json));
    const p2 = await s.post(slug, { title: 'Grande', media: { id: big.json.id } }, { token: publish });
    const html2 = await (await fetch(`${s.url}/${slug}/${p2.json.seq}`)).text();
    const size1600 = big.json.sizes.find(x => x.width === 1600);
    assert.ok(html2.includes(`<meta property="og:image" content="${s.url}${size1600.url}">`), 'the size nearest above 1200');
    assert.ok(html2.includes('<meta property="og:image:width" content="1600">'));
    assert.ok(html2.includes('<meta property="og:image:height" content="800">'));

    const up = await upload(png(640, 480, 11), { type: 'image/png', alt: 'Secret', token: s.token, ch: priv });
    assert.equal(up.status, 201, JSON.stringify(up.json));
    const p3 = await s.post(priv, { title: 'Privé', media: { id: up.json.id } });
    assert.equal(p3.status, 201, p3.text);
    const member = await browser(s);
    assert.equal((await joinInvite(s, member, (await invite(s, priv)).url)).status, 303);
    const r = await call(s, member, 'GET', `/${priv}/${p3.json.seq}`);
    assert.equal(r.status, 200);
    assert.ok(r.text.includes(`src="${up.json.url}"`), 'the member sees the photo on the page');
    assert.doesNotMatch(r.text, /og:image" content="[^"]*\/media\//, 'but no card carries it');
    assert.doesNotMatch(r.text, /og:image:(width|height|alt)|twitter:image:alt/);
  });
});
