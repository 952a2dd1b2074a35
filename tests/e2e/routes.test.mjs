// The route table (src/api.c): every API, feed and reader route answers a
// method it does not serve with 405, a JSON error and an Allow header that
// names exactly what it serves; a bad token is 401 before the method is
// looked at; HEAD is served wherever GET is, without a body.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Server } from './lib/server.mjs';
import { uniq } from './lib/proto.mjs';

describe('route table', () => {
  let s, slug, post;
  before(async () => {
    s = new Server(); await s.start();
    slug = uniq('rt');
    await s.channel(slug);
    const r = await s.api('POST', `/api/v1/channels/${slug}/posts`, { title: 'Grève à la SNCF', body: 'M. Dupont annonce « une journée noire ».' });
    assert.equal(r.status, 201, r.text);
    post = r.json.id;
  });
  after(async () => { if (s) await s.cleanup(); });

  // [path, a method it refuses, the Allow it must send]
  const table = () => [
    ['/api/v1/channels', 'PUT', 'GET, POST'],
    [`/api/v1/channels/${slug}`, 'POST', 'GET, PATCH, DELETE'],
    [`/api/v1/channels/${slug}/posts`, 'DELETE', 'GET, POST'],
    [`/api/v1/channels/${slug}/posts/${post}`, 'POST', 'GET, PATCH, DELETE'],
    [`/api/v1/channels/${slug}/events`, 'POST', 'GET'],
    [`/api/v1/channels/${slug}/prune`, 'GET', 'POST'],
    [`/api/v1/channels/${slug}/views`, 'GET', 'POST'],
    [`/api/v1/channels/${slug}/selections`, 'DELETE', 'GET, POST'],
    [`/api/v1/channels/${slug}/selections/preview`, 'POST', 'GET'],
    [`/api/v1/channels/${slug}/posts/${post}/selection`, 'GET', 'PUT'],
    ['/api/v1/tokens', 'PATCH', 'GET, POST'],
    ['/api/v1/tokens/1', 'GET', 'DELETE'],
    [`/api/v1/channels/${slug}/feed-url`, 'POST', 'GET'],
    [`/api/v1/channels/${slug}/invites`, 'DELETE', 'GET, POST'],
    [`/api/v1/channels/${slug}/invites/1`, 'GET', 'DELETE'],
    [`/api/v1/channels/${slug}/members`, 'POST', 'GET'],
    [`/api/v1/channels/${slug}/members/1/approve`, 'GET', 'POST'],
    [`/${slug}/atom.xml`, 'POST', 'GET'],
    [`/${slug}/selections/atom.xml`, 'DELETE', 'GET'],
    [`/${slug}/join`, 'GET', 'POST'],
    [`/${slug}/leave`, 'PUT', 'POST'],
    ['/api/v1/me', 'POST', 'GET'],
    ['/api/v1/me/transfer', 'GET', 'POST'],
    [`/api/v1/channels/${slug}/join`, 'GET', 'POST'],
    [`/api/v1/channels/${slug}/leave`, 'DELETE', 'POST'],
    [`/api/v1/channels/${slug}/read`, 'GET', 'POST'],
  ];

  it('answers a method a route does not serve with 405 and its Allow', async () => {
    for (const [path, method, allow] of table()) {
      const r = await s.api(method, path);
      assert.equal(r.status, 405, `${method} ${path}: ${r.text}`);
      assert.equal(r.headers.get('allow'), allow, `${method} ${path}`);
      assert.equal(r.json.error, 'method_not_allowed', `${method} ${path}`);
      assert.match(r.json.message, new RegExp(allow), `${method} ${path}`);
    }
  });

  it('refuses a bad token with 401 whatever the method', async () => {
    for (const [path, method] of table().filter(([p]) => p.startsWith('/api/v1/channels') || p.startsWith('/api/v1/tokens'))) {
      if (/\/(join|leave|read)$/.test(path)) continue; // reader routes: the cookie, not a token
      const r = await s.api(method, path, undefined, { token: 'not-a-token' });
      assert.equal(r.status, 401, `${method} ${path}: ${r.text}`);
      assert.equal(r.json.error, 'unauthorized', `${method} ${path}`);
    }
  });

  it('serves HEAD where it serves GET, with no body', async () => {
    for (const path of [`/api/v1/channels/${slug}`, `/api/v1/channels/${slug}/posts`,
      `/api/v1/channels/${slug}/events`, `/${slug}/atom.xml`]) {
      const get = await s.api('GET', path);
      assert.equal(get.status, 200, `GET ${path}: ${get.text}`);
      const head = await s.api('HEAD', path);
      assert.equal(head.status, 200, `HEAD ${path}`);
      assert.equal(head.text, '', `HEAD ${path} has no body`);
      assert.equal(head.headers.get('content-type'), get.headers.get('content-type'), path);
    }
  });

  it('still answers unknown API paths with a JSON 404', async () => {
    const r = await s.api('GET', '/api/v1/nothing-here');
    assert.equal(r.status, 404);
    assert.equal(r.json.error, 'not_found');
  });
});
