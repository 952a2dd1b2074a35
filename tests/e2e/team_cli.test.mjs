// `crier user` (issue 12, "Team and roles"), black-box on a data directory:
// the first owner gets a one-time sign-in link, a password file sets the
// password instead, roles are listed, reset and remove work, and bad input
// gets a message on stderr and a non-zero exit status.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from './lib/server.mjs';

describe('crier user', () => {
  let data;
  before(() => {
    data = mkdtempSync(join(tmpdir(), 'crier-team-'));
    assert.equal(cli(['channel', 'add', 'gazette', '--title', 'La Gazette', '--lang', 'fr', '--create'], { data }).status, 0);
    assert.equal(cli(['channel', 'add', 'sport', '--title', 'Sport'], { data }).status, 0);
  });
  after(() => rmSync(data, { recursive: true, force: true }));

  it('gives the first owner a one-time sign-in link', () => {
    const r = cli(['user', 'add', ' Ana.Lopez@Example.org ', '--channel', 'gazette', '--role', 'owner',
      '--name', 'Ana López', '--base-url', 'https://news.example/'], { data });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^https:\/\/news\.example\/studio\/link\/[A-Za-z0-9_-]{43}\n$/);
    const again = cli(['user', 'add', 'ana.lopez@example.org', '--channel', 'sport', '--role', 'editor', '--json'], { data });
    assert.equal(again.status, 0, again.stderr);
    const j = JSON.parse(again.stdout);
    assert.equal(j.email, 'ana.lopez@example.org');
    assert.equal(j.role, 'editor');
    assert.match(j.link, /^\/studio\/link\//, 'no password yet: a new link (a path without a base URL)');
  });

  it('takes a password from a file, lists roles, resets and removes', () => {
    const pw = join(data, 'pw');
    writeFileSync(pw, 'une longue phrase de passe\n');
    const r = cli(['user', 'add', 'bob@example.org', '--channel', 'gazette', '--role', 'author',
      '--may-publish', '--password-file', pw], { data });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, 'bob@example.org is author of gazette\n');
    const list = JSON.parse(cli(['user', 'list', '--json'], { data }).stdout).users;
    const bob = list.find(u => u.email === 'bob@example.org');
    assert.equal(bob.password, true);
    assert.deepEqual(bob.roles, [{ channel: 'gazette', role: 'author', may_publish: true }]);
    const ana = list.find(u => u.email === 'ana.lopez@example.org');
    assert.equal(ana.name, 'Ana López');
    assert.equal(ana.password, false);
    assert.equal(ana.roles.length, 2);
    const text = cli(['user', 'list', '--channel', 'sport'], { data }).stdout;
    assert.equal(text, 'ana.lopez@example.org (no password yet): editor of sport\n');

    const reset = cli(['user', 'reset', 'bob@example.org'], { data });
    assert.equal(reset.status, 0, reset.stderr);
    assert.match(reset.stdout, /^\/studio\/link\//);
    const after = JSON.parse(cli(['user', 'list', '--json'], { data }).stdout).users;
    assert.equal(after.find(u => u.email === 'bob@example.org').password, false, 'the password is cleared');

    assert.equal(cli(['user', 'remove', 'bob@example.org', '--channel', 'gazette'], { data }).status, 0);
    const gone = cli(['user', 'remove', 'bob@example.org', '--channel', 'gazette'], { data });
    assert.equal(gone.status, 1);
    assert.match(gone.stderr, /has no role in gazette/);
    assert.equal(cli(['user', 'remove', 'bob@example.org'], { data }).status, 0);
    assert.ok(!JSON.parse(cli(['user', 'list', '--json'], { data }).stdout).users.some(u => u.email === 'bob@example.org'));
  });

  it('refuses bad input with a message and a non-zero status', () => {
    const weak = join(data, 'weak');
    writeFileSync(weak, 'court\n');
    for (const [args, status, re] of [
      [['user', 'add', 'not-an-email', '--channel', 'gazette', '--role', 'author'], 2, /invalid email/],
      [['user', 'add', 'c@example.org', '--channel', 'gazette', '--role', 'boss'], 2, /--role owner, editor or author/],
      [['user', 'add', 'c@example.org', '--role', 'author'], 2, /--channel SLUG is required/],
      [['user', 'add', 'c@example.org', '--channel', 'nowhere', '--role', 'author'], 1, /nowhere/],
      [['user', 'add', 'c@example.org', '--channel', 'gazette', '--role', 'author', '--password-file', weak], 1, /at least 10 characters/],
      [['user', 'reset', 'nobody@example.org'], 1, /no account nobody@example.org/],
    ]) {
      const r = cli(args, { data });
      assert.equal(r.status, status, args.join(' ') + ': ' + r.stderr);
      assert.match(r.stderr, re);
    }
    const users = JSON.parse(cli(['user', 'list', '--json'], { data }).stdout).users;
    assert.ok(!users.some(u => u.email === 'c@example.org'), 'a refused add stores nothing');
  });
});
