// The files of the data directory, black-box: admin.token is written as a
// new 0600 file (a symbolic link there is refused, never followed, and an
// existing token file is made 0600), crier.db and its -wal and -shm are
// 0600, and an empty crier.db is refused instead of becoming a new, empty
// database. See docs/operating.md ("Data").
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, readFileSync, symlinkSync, statSync, chmodSync, lstatSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Server } from './lib/server.mjs';

const mode = p => statSync(p).mode & 0o777;

describe('data files', () => {
  it('refuses a symbolic link at admin.token and leaves its target alone', async () => {
    const data = mkdtempSync(join(tmpdir(), 'crier-files-'));
    const victim = join(data, 'victim.txt');
    writeFileSync(victim, 'precious\n', { mode: 0o644 });
    symlinkSync(victim, join(data, 'admin.token'));
    const s = new Server({ data });
    try {
      await assert.rejects(s.start(), err => {
        assert.match(err.message, /admin\.token is a symbolic link/);
        assert.ok(err.message.includes(join(data, 'admin.token')), 'the message names the path');
        return true;
      });
      assert.equal(readFileSync(victim, 'utf8'), 'precious\n', 'the target was not overwritten');
      assert.equal(mode(victim), 0o644, 'nor its mode changed');
      assert.ok(lstatSync(join(data, 'admin.token')).isSymbolicLink(), 'the link is left for the operator');
    } finally { await s.stop(); rmSync(data, { recursive: true, force: true }); }
  });

  // On PostgreSQL (CRIER_E2E_PG) there is no crier.db: the two SQLite file tests skip.
  const sqliteOnly = process.env.CRIER_E2E_PG ? { skip: 'the store is PostgreSQL' } : {};

  it('makes admin.token, crier.db, -wal and -shm private (0600), and fixes an existing token file', sqliteOnly, async () => {
    const s = new Server();
    await s.start();
    try {
      assert.equal(mode(join(s.data, 'admin.token')), 0o600);
      await s.channel('files'); // a write: the WAL files exist while the server runs
      for (const f of ['crier.db', 'crier.db-wal', 'crier.db-shm'])
        assert.equal(mode(join(s.data, f)), 0o600, f);
      const token = readFileSync(join(s.data, 'admin.token'), 'utf8');
      await s.stop();
      chmodSync(join(s.data, 'admin.token'), 0o644);
      chmodSync(join(s.data, 'crier.db'), 0o644);
      await s.start();
      assert.equal(mode(join(s.data, 'admin.token')), 0o600, 'an existing token file is made 0600');
      assert.equal(readFileSync(join(s.data, 'admin.token'), 'utf8'), token, 'and keeps its live token');
      assert.equal(mode(join(s.data, 'crier.db')), 0o600, 'an older 0644 database is made 0600');
      assert.equal((await s.api('GET', '/api/v1/channels/files')).status, 200);
    } finally { await s.cleanup(); }
  });

  it('replaces a dead token with a new 0600 file', async () => {
    const data = mkdtempSync(join(tmpdir(), 'crier-files-'));
    writeFileSync(join(data, 'admin.token'), 'crier_' + '0'.repeat(64) + '\n', { mode: 0o644 });
    const s = new Server({ data });
    try {
      await s.start();
      assert.notEqual(s.token, 'crier_' + '0'.repeat(64));
      assert.equal(mode(join(data, 'admin.token')), 0o600);
      assert.equal((await s.api('GET', '/api/v1/tokens')).status, 200, 'the new token works');
    } finally { await s.stop(); rmSync(data, { recursive: true, force: true }); }
  });

  it('refuses an empty crier.db, naming it, and leaves it as it is', sqliteOnly, async () => {
    const data = mkdtempSync(join(tmpdir(), 'crier-files-'));
    writeFileSync(join(data, 'crier.db'), '');
    const s = new Server({ data });
    try {
      await assert.rejects(s.start(), err => {
        assert.ok(err.message.includes(join(data, 'crier.db') + ' is an empty file'), err.message);
        return true;
      });
      assert.equal(statSync(join(data, 'crier.db')).size, 0);
      assert.ok(!existsSync(join(data, 'admin.token')), 'nothing else was made');
    } finally { await s.stop(); rmSync(data, { recursive: true, force: true }); }
  });
});
