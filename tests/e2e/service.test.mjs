// Running as a service: settings from the environment and from a config
// file, a public base URL that no Host header can change, and `make install`
// with a systemd unit that systemd-analyze verifies.
import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync, existsSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { Server, CRIER, ROOT } from './lib/server.mjs';
import { metrics, uniq } from './lib/proto.mjs';

const BASE = 'https://news.example';

describe('settings', () => {
  const servers = [];
  const dirs = [];
  after(async () => {
    for (const s of servers) await s.cleanup();
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it('every serve option can come from CRIER_<NAME>; the command line wins', async () => {
    const s = new Server({
      env: { CRIER_MAX_CONNECTIONS: '321', CRIER_BASE_URL: BASE, CRIER_METRICS: 'public', CRIER_LISTEN: '127.0.0.1:1' },
    });
    servers.push(s);
    await s.start(); // its --listen 127.0.0.1:0 wins over CRIER_LISTEN
    const m = await metrics(s);
    assert.equal(m.m.crier_connections_max, 321);
    assert.equal((await fetch(s.url + '/metrics')).status, 200, 'CRIER_METRICS=public');
    const slug = uniq('env');
    await s.channel(slug);
    const inv = await s.api('POST', `/api/v1/channels/${slug}/invites`, {}, { headers: { host: 'evil.example' } });
    assert.equal(inv.status, 201, inv.text);
    assert.equal(inv.json.link, `${BASE}${inv.json.url}`, 'the invite link uses the base URL, not the Host');
  });

  it('a config file sets what the command line and the environment leave out; bad lines are named', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'crier-conf-'));
    dirs.push(dir);
    const conf = join(dir, 'crier.conf');
    writeFileSync(conf, `# comment\nbase-url = ${BASE}/\nmax-connections = 77\nmetrics = public\n` +
      'allow-origin = https://a.example\nallow-origin = https://b.example\nmax-buffer-mb = 64\n');
    const s = new Server({ args: ['--config', conf], env: { CRIER_MAX_BUFFER_MB: '32' } });
    servers.push(s);
    await s.start();
    const m = await metrics(s);
    assert.equal(m.m.crier_connections_max, 77, 'from the file');
    assert.equal(m.m.crier_buffered_bytes_max, 32 * 1048576, 'the environment wins over the file');
    const slug = uniq('conf');
    await s.channel(slug);
    await s.post(slug, { title: 'un titre' });
    const feed = await (await fetch(`${s.url}/${slug}/atom.xml`, { headers: { host: 'evil.example' } })).text();
    assert.ok(feed.includes(`href="${BASE}/${slug}/1"`), 'feed links use the base URL');
    assert.ok(!feed.includes('evil.example'), 'and never the Host header');
    const page = await (await fetch(`${s.url}/${slug}`, { headers: { host: 'evil.example' } })).text();
    assert.match(page, new RegExp(`<meta property="og:url" content="${BASE}/${slug}"`));
    // Both allowed origins from two lines of the file.
    for (const origin of ['https://a.example', 'https://b.example']) {
      const r = spawnSync('curl', ['-s', '-o', '/dev/null', '-w', '%{http_code}', '-H', 'Connection: Upgrade', '-H', 'Upgrade: websocket',
        '-H', 'Sec-WebSocket-Version: 13', '-H', 'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==', '-H', `Origin: ${origin}`,
        '--max-time', '1', `${s.url}/${slug}/ws`], { encoding: 'utf8' });
      assert.equal(r.stdout, '101', origin);
    }
    writeFileSync(join(dir, 'bad.conf'), 'listen = 127.0.0.1:0\nlisen = oops\n');
    const bad = spawnSync(CRIER, ['serve', '--config', join(dir, 'bad.conf'), '--data', dir], { encoding: 'utf8', timeout: 5000 });
    assert.equal(bad.status, 1);
    assert.match(bad.stderr, /bad\.conf:2: unknown setting 'lisen'/);
    const none = spawnSync(CRIER, ['serve', '--config', join(dir, 'missing.conf'), '--data', dir], { encoding: 'utf8', timeout: 5000 });
    assert.equal(none.status, 1);
    assert.match(none.stderr, /cannot read the config file .*missing\.conf: No such file/);
  });
});

describe('make install', () => {
  it('installs the binary, a systemd unit that systemd-analyze verifies, the user and a config', async () => {
    const dest = mkdtempSync(join(tmpdir(), 'crier-install-'));
    try {
      const env = { ...process.env, MAKEFLAGS: '', MFLAGS: '', MAKELEVEL: '' };
      const r = spawnSync('make', ['-s', '-C', ROOT, 'install', `DESTDIR=${dest}`, 'PREFIX=/usr/local', `INSTALL_BIN=${CRIER}`],
        { encoding: 'utf8', env, timeout: 60000 });
      assert.equal(r.status, 0, r.stderr);
      const bin = join(dest, 'usr/local/bin/crier');
      assert.equal(statSync(bin).mode & 0o777, 0o755);
      const v = spawnSync(bin, ['version'], { encoding: 'utf8' });
      assert.match(v.stdout, /^crier \d/);
      const unitPath = join(dest, 'usr/local/lib/systemd/system/crier.service');
      const unit = readFileSync(unitPath, 'utf8');
      assert.match(unit, /^ExecStart=\/usr\/local\/bin\/crier serve --config \/etc\/crier\/crier\.conf$/m);
      for (const line of ['User=crier', 'NoNewPrivileges=yes', 'ProtectSystem=strict', 'StateDirectory=crier', 'CapabilityBoundingSet=']) {
        assert.ok(unit.split('\n').includes(line), line);
      }
      assert.ok(existsSync(join(dest, 'usr/local/lib/sysusers.d/crier.conf')));
      const conf = readFileSync(join(dest, 'etc/crier/crier.conf'), 'utf8');
      assert.match(conf, /^data = \/var\/lib\/crier$/m);
      // systemd-analyze checks the unit (with its ExecStart pointed at the copy just installed).
      const check = join(dest, 'crier.service');
      writeFileSync(check, unit.replace('/usr/local/bin/crier', bin));
      const va = spawnSync('systemd-analyze', ['verify', check], { encoding: 'utf8' });
      assert.equal(va.status, 0, va.stderr);
      assert.equal(va.stderr.trim(), '', 'no warnings: ' + va.stderr);
      // The config it ships is one serve starts with (its data and listen overridden here).
      const s = new Server({ args: ['--config', join(dest, 'etc/crier/crier.conf')] });
      await s.start();
      assert.equal((await fetch(s.url + '/healthz')).status, 200);
      await s.cleanup();
      // A second install keeps an edited config.
      writeFileSync(join(dest, 'etc/crier/crier.conf'), 'listen = 127.0.0.1:9999\n');
      assert.equal(spawnSync('make', ['-s', '-C', ROOT, 'install', `DESTDIR=${dest}`, `INSTALL_BIN=${CRIER}`], { env }).status, 0);
      assert.equal(readFileSync(join(dest, 'etc/crier/crier.conf'), 'utf8'), 'listen = 127.0.0.1:9999\n');
    } finally { rmSync(dest, { recursive: true, force: true }); }
  });
});
