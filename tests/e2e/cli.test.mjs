// The crier CLI against a running server (docs/cli.md): channel add and token
// create straight on the store, post through the API, tail over SSE, and
// errors on stderr with a non-zero exit status.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Server, cli, CRIER, waitFor } from './lib/server.mjs';
import { Queue, metrics } from './lib/proto.mjs';

const TITLE = '« Séisme » au large du Japon : M. Tanaka appelle au calme';
const BODY = 'Une secousse de magnitude **7,1** a été ressentie à 14 h.\n\n- « alerte » levée\n- M. Dupont : <em>rien</em>\n';
const HTML = '<p>Une secousse de magnitude <strong>7,1</strong> a été ressentie à 14 h.</p>\n<ul>\n' +
  '<li>«\u00a0alerte\u00a0» levée</li>\n<li>M. Dupont : &lt;em&gt;rien&lt;/em&gt;</li>\n</ul>\n';

// Spawns `crier tail` and queues its stdout lines.
function spawnTail(args) {
  const p = spawn(CRIER, ['tail', ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, CRIER_DATA: '', CRIER_TOKEN: '', CRIER_SERVER: '', TZ: 'UTC' },
  });
  const lines = new Queue('tail stdout');
  let buf = '';
  p.stderrText = '';
  p.stdout.on('data', d => {
    buf += d;
    let i;
    while ((i = buf.indexOf('\n')) >= 0) { lines.push(buf.slice(0, i)); buf = buf.slice(i + 1); }
  });
  p.stderr.on('data', d => { p.stderrText += d; });
  p.exited = new Promise(res => p.on('exit', (code, sig) => { lines.end('exited'); res({ code, sig }); }));
  p.lines = lines;
  return p;
}

async function stopProc(p) {
  if (p.exitCode !== null || p.signalCode !== null) return p.exited;
  p.kill('SIGTERM');
  const t = setTimeout(() => p.kill('SIGKILL'), 3000);
  const r = await p.exited;
  clearTimeout(t);
  return r;
}

describe('crier CLI', () => {
  let s, tmp;
  const procs = [];
  before(async () => {
    s = new Server(); await s.start();
    tmp = mkdtempSync(join(tmpdir(), 'crier-cli-'));
  });
  after(async () => {
    for (const p of procs) { try { await stopProc(p); } catch { /* gone */ } }
    if (s) await s.cleanup();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });
  const data = () => s.data;
  const ok = (r, what) => { assert.equal(r.status, 0, `${what}: status ${r.status}, stderr ${r.stderr}`); return r; };
  // A failure: non-zero status (the given one), nothing on stdout, one "crier..." message on stderr.
  const fails = (r, status, what, re) => {
    assert.equal(r.status, status, `${what}: status ${r.status}, stdout ${r.stdout}, stderr ${r.stderr}`);
    assert.equal(r.stdout, '', `${what}: nothing on stdout`);
    assert.match(r.stderr, /^crier/, `${what}: message on stderr`);
    if (re) assert.match(r.stderr, re, what);
  };

  let token;

  it('channel add on the live store', () => {
    const r = ok(cli(['channel', 'add', 'monde', '--title', 'Le monde', '--lang', 'fr', '--tz', 'Europe/Paris'], { data: data() }),
      'channel add');
    assert.equal(r.stdout, 'created channel monde (fr, Europe/Paris, public)\n');
    assert.equal(r.stderr, '');
  });

  it('the new channel is served by the running server with its fields', async () => {
    const r = await s.api('GET', '/api/v1/channels/monde', undefined, { token: null });
    assert.equal(r.status, 200, r.text);
    assert.equal(r.json.slug, 'monde');
    assert.equal(r.json.title, 'Le monde');
    assert.equal(r.json.lang, 'fr');
    assert.equal(r.json.tz, 'Europe/Paris');
    assert.equal(r.json.visibility, 'public');
    assert.equal(r.json.last_seq, 0);
    const show = ok(cli(['channel', 'show', 'monde', '--json'], { data: data() }), 'channel show');
    const j = JSON.parse(show.stdout);
    assert.deepEqual([j.slug, j.title, j.lang, j.tz], ['monde', 'Le monde', 'fr', 'Europe/Paris']);
  });

  it('channel add prints the documented line', () => {
    const r = ok(cli(['channel', 'add', 'sport', '--title', 'Sport', '--data', data()]), 'channel add sport');
    assert.equal(r.stdout, 'created channel sport (en, UTC, public)\n');
    assert.equal(r.stderr, '');
  });

  it('token create prints exactly one line, the token, and it can publish to its channel only', async () => {
    const r = ok(cli(['token', 'create', '--channel', 'monde', '--scope', 'publish'], { data: data() }), 'token create');
    assert.match(r.stdout, /^crier_[0-9a-f]{64}\n$/, 'one line: the token');
    assert.equal(r.stdout.split('\n').length, 2);
    token = r.stdout.trim();
    const p = await s.post('monde', { title: 'via le jeton' }, { token });
    assert.equal(p.status, 201, p.text);
    assert.equal(p.json.seq, 1);
    const other = await s.post('sport', { title: 'x' }, { token });
    assert.equal(other.status, 403, other.text);
    const two = ok(cli(['token', 'create', '--channel', 'monde', '--scope', 'publish'], { data: data() }), 'token create 2');
    assert.notEqual(two.stdout.trim(), token, 'tokens are random');
    const list = ok(cli(['token', 'list', '--json'], { data: data() }), 'token list');
    assert.ok(!list.stdout.includes(token), 'token list never prints tokens');
    assert.ok(JSON.parse(list.stdout).tokens.filter(t => t.channel === 'monde' && t.scope === 'publish').length >= 2);
  });

  it('post --body-file --importance 2 publishes the exact post (checked via catch-up)', async () => {
    const file = join(tmp, 'body.md');
    writeFileSync(file, BODY);
    const r = ok(cli(['post', 'monde', '--title', TITLE, '--body-file', file, '--importance', '2', '--tag', 'séisme',
      '--server', s.url, '--token', token]), 'post');
    const m = /^published monde #(\d+)\n$/.exec(r.stdout);
    assert.ok(m, 'output: ' + r.stdout);
    assert.equal(Number(m[1]), 2);
    const events = await s.allEvents('monde', 0, { source: true });
    assert.deepEqual(events.map(e => e.seq), [1, 2]);
    const ev = events[1];
    assert.equal(ev.type, 'post');
    assert.equal(ev.post.seq, Number(m[1]), 'the number printed is the post\'s number');
    assert.equal(ev.post.title, TITLE);
    assert.equal(ev.post.body, BODY);
    assert.equal(ev.post.html, HTML);
    assert.equal(ev.post.importance, 2);
    assert.deepEqual(ev.post.tags, ['séisme']);
    assert.equal(ev.post.lang, 'fr');

    // --json prints the server's answer on one line; the body from stdin.
    const j = ok(cli(['post', 'monde', '--title', 'stdin', '--body-file', '-', '--json', '--server', s.url, '--token', token],
      { input: 'depuis *stdin*' }), 'post --json');
    assert.equal(j.stdout.split('\n').length, 2);
    const ans = JSON.parse(j.stdout);
    assert.deepEqual([ans.channel, ans.seq, ans.post.title, ans.post.html], ['monde', 3, 'stdin', '<p>depuis <em>stdin</em></p>\n']);

    // edit and delete through the CLI.
    // The number a person sees (#N) is the number every command takes.
    const e = ok(cli(['post', 'edit', 'monde', `#${ans.seq}`, '--title', 'stdin modifié', '--server', s.url, '--token', token]), 'edit');
    assert.equal(e.stdout, `edited monde #${ans.seq} (event #4)\n`);
    const wrong = cli(['post', 'delete', 'monde', '4', '--server', s.url, '--token', token]);
    assert.equal(wrong.status, 1, 'an edit event is not a post');
    assert.match(wrong.stderr, new RegExp(`#4 of monde is the edit of post #${ans.seq}: give #${ans.seq}`));
    const d = ok(cli(['post', 'delete', 'monde', String(ans.seq), '--server', s.url, '--token', token]), 'delete');
    assert.equal(d.stdout, `deleted monde #${ans.seq} (event #5)\n`);
    const after = await s.allEvents('monde', 3);
    assert.deepEqual(after.map(x => [x.type, x.seq, x.id]), [['edit', 4, ans.id], ['delete', 5, ans.id]]);
    assert.equal(after[0].post.title, 'stdin modifié');
  });

  it('tail --json prints events as they come, one JSON line each', async () => {
    const tdata = mkdtempSync(join(tmpdir(), 'crier-tail-'));
    try {
      const base = (await metrics(s)).m.crier_subscribers;
      const t = spawnTail(['monde', '--json', '--server', s.url, '--data', tdata]);
      procs.push(t);
      await waitFor(async () => (await metrics(s)).m.crier_subscribers >= base + 1, { timeout: 5000, what: 'tail to subscribe' });
      // No history without --after: nothing printed yet.
      assert.deepEqual(await t.lines.drain(200), []);

      const p1 = await s.post('monde', { title: 'En direct « 1 »', body: 'un' }, { token });
      assert.equal(p1.status, 201);
      const l1 = JSON.parse(await t.lines.next(5000));
      assert.deepEqual([l1.type, l1.channel, l1.seq, l1.id, l1.post.title], ['post', 'monde', 6, p1.json.id, 'En direct « 1 »']);
      const ed = await s.api('PATCH', `/api/v1/channels/monde/posts/${p1.json.id}`, { title: 'En direct « 1 » (maj)' });
      assert.equal(ed.status, 200);
      const del = await s.api('DELETE', `/api/v1/channels/monde/posts/${p1.json.id}`);
      assert.equal(del.status, 200);
      const l2 = JSON.parse(await t.lines.next(5000));
      const l3 = JSON.parse(await t.lines.next(5000));
      assert.deepEqual([l2.type, l2.seq, l2.post.title], ['edit', 7, 'En direct « 1 » (maj)']);
      assert.deepEqual([l3.type, l3.seq, l3.post], ['delete', 8, { id: p1.json.id, seq: 6 }]);
      // The lines are the events exactly as the catch-up API has them.
      const cu = await s.allEvents('monde', 5);
      assert.deepEqual([l1, l2, l3], cu);
      assert.deepEqual(await t.lines.drain(200), []);

      const r = await stopProc(t);
      assert.equal(r.code, 0, 'SIGTERM stops tail with status 0: ' + t.stderrText);
      const seqFile = join(tdata, 'tail', 'monde.seq');
      assert.ok(existsSync(seqFile), 'last seq saved');
      assert.equal(readFileSync(seqFile, 'utf8').trim(), '8');

      // A later tail resumes from the saved seq: it prints what came meanwhile, once.
      await s.post('monde', { title: 'pendant l’absence' }, { token });
      const t2 = spawnTail(['monde', '--json', '--server', s.url, '--data', tdata]);
      procs.push(t2);
      const l4 = JSON.parse(await t2.lines.next(5000));
      assert.deepEqual([l4.seq, l4.post.title], [9, 'pendant l’absence']);
      assert.deepEqual(await t2.lines.drain(200), []);
      assert.equal((await stopProc(t2)).code, 0);

      // --after 0 prints the history in order.
      const t3 = spawnTail(['monde', '--json', '--after', '0', '--server', s.url, '--data', tdata]);
      procs.push(t3);
      const hist = [];
      for (let i = 0; i < 9; i++) hist.push(JSON.parse(await t3.lines.next(5000)).seq);
      assert.deepEqual(hist, [1, 2, 3, 4, 5, 6, 7, 8, 9]);
      assert.equal((await stopProc(t3)).code, 0);
    } finally { rmSync(tdata, { recursive: true, force: true }); }
  });

  it('tail past the channel\'s last seq (a store restored from a backup) takes the reset and prints what comes', async () => {
    const tdata = mkdtempSync(join(tmpdir(), 'crier-tail-'));
    try {
      await s.channel('restauree');
      await s.post('restauree', { title: 'avant' });
      const t = spawnTail(['restauree', '--json', '--after', '999999', '--server', s.url, '--data', tdata]);
      procs.push(t);
      await waitFor(() => /was reset/.test(t.stderrText), { timeout: 5000, what: 'the reset warned' });
      const p = await s.post('restauree', { title: 'après la restauration' });
      assert.equal(p.status, 201);
      const l = JSON.parse(await t.lines.next(5000));
      assert.deepEqual([l.seq, l.post.title], [p.json.seq, 'après la restauration']);
      assert.equal((await stopProc(t)).code, 0);
      assert.equal(p.json.seq, 2);
      assert.equal(readFileSync(join(tdata, 'tail', 'restauree.seq'), 'utf8').trim(), '2');
    } finally { rmSync(tdata, { recursive: true, force: true }); }
  });

  it('errors go to stderr with a non-zero exit status', async () => {
    const srv = ['--server', s.url, '--token', s.token];
    fails(cli(['post', 'nulle-part', '--title', 'x', ...srv]), 1, 'unknown channel (post)');
    fails(cli(['channel', 'add', 'mars', '--title', 'x', '--tz', 'Mars/Olympus'], { data: data() }), 2, 'bad tz', /Mars\/Olympus/);
    fails(cli(['channel', 'add', 'api', '--title', 'x'], { data: data() }), 2, 'reserved slug api', /reserved/);
    fails(cli(['channel', 'add', 'metrics', '--title', 'x'], { data: data() }), 2, 'reserved slug metrics', /reserved/);
    fails(cli(['channel', 'add', 'Bad_Slug', '--title', 'x'], { data: data() }), 2, 'malformed slug');
    fails(cli(['channel', 'add', 'monde', '--title', 'encore'], { data: data() }), 1, 'duplicate slug', /exists/);
    fails(cli(['post', 'monde', '--body', 'no title', ...srv]), 2, 'missing --title', /title/);
    fails(cli(['post', 'monde', '--title', 'x', '--importance', '7', ...srv]), 2, 'importance 7');
    fails(cli(['post', 'monde', '--title', 'x', '--body-file', join(tmp, 'missing.md'), ...srv]), 1, 'missing body file');
    fails(cli(['token', 'create', '--scope', 'publish', '--channel', 'nulle-part'], { data: data() }), 1, 'token for unknown channel');
    fails(cli(['channel', 'show', 'nulle-part'], { data: data() }), 1, 'show unknown channel');
    fails(cli(['frobnicate'], { data: data() }), 2, 'unknown command');
    fails(cli(['post', 'monde', '--title', 'x', '--server', s.url, '--token', 'crier_' + '0'.repeat(64)]), 1, 'unknown token');
    fails(cli(['post', 'monde', '--title', 'x', '--server', 'http://127.0.0.1:1', '--token', token]), 1, 'server unreachable');
    fails(cli(['tail', 'nulle-part', '--json', '--server', s.url], { data: tmp }), 1, 'tail unknown channel');

    // Revoking a token through the CLI makes the CLI's own post fail.
    const tk = JSON.parse(ok(cli(['token', 'create', '--scope', 'publish', '--channel', 'sport', '--json'], { data: data() }), 'tk').stdout);
    ok(cli(['post', 'sport', '--title', 'avant', '--server', s.url, '--token', tk.token]), 'post before revoke');
    const rv = ok(cli(['token', 'revoke', String(tk.id)], { data: data() }), 'revoke');
    assert.equal(rv.stdout, `revoked token ${tk.id}\n`);
    fails(cli(['post', 'sport', '--title', 'après', '--server', s.url, '--token', tk.token]), 1, 'revoked token');
    // The server had the token's row cached from the first post: the publish's
    // own transaction refuses it, with the API's 401.
    const raw = await fetch(`${s.url}/api/v1/channels/sport/posts`, {
      method: 'POST', headers: { authorization: 'Bearer ' + tk.token, 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'encore après' }),
    });
    assert.equal(raw.status, 401);
    assert.equal((await raw.json()).error, 'unauthorized');
    // None of the failures published anything.
    assert.deepEqual((await s.allEvents('sport')).map(e => e.post.title), ['avant']);
    assert.equal((await s.allEvents('monde')).length, 9);
  });
});
