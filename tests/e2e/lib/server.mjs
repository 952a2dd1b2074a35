// Test harness: starts the real crier binary on 127.0.0.1 with port 0 and a
// fresh temporary data directory, and gives tests small helpers around it.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, statSync, readFileSync, readdirSync, existsSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const CRIER = process.env.CRIER_BIN || join(ROOT, 'crier');

// With CRIER_E2E_PG (the postgres:// URI of a server where databases may be
// made), the suite runs on PostgreSQL: each data directory gets a database
// of its own, made on first use and named in DIR/store-uri, and the server
// and the CLI get it as CRIER_STORE (the environment form of --store, which
// commands that open no store ignore). Returns {} without CRIER_E2E_PG.
export function storeEnv(data) {
  const base = process.env.CRIER_E2E_PG;
  // A directory that does not exist stays without a store, as a data
  // directory would: tests of what a missing one does keep their meaning.
  if (!base || !data || !existsSync(data) || !statSync(data).isDirectory()) return {};
  const file = join(data, 'store-uri');
  if (!existsSync(file)) {
    const name = 'e2e_' + randomBytes(6).toString('hex');
    const r = spawnSync('psql', [base, '-qc', `CREATE DATABASE ${name}`], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error('cannot make a database: ' + r.stderr);
    const u = new URL(base);
    u.pathname = '/' + name;
    writeFileSync(file, u.toString());
  }
  return { CRIER_STORE: readFileSync(file, 'utf8').trim() };
}

// Runs the CLI synchronously; returns {status, stdout, stderr}.
export function cli(args, { data, input, env } = {}) {
  const full = data ? [...args, '--data', data] : args;
  const at = args.indexOf('--data'); // a test may name the directory itself
  const dir = data || (at >= 0 ? args[at + 1] : undefined);
  const r = spawnSync(CRIER, full, {
    input, encoding: 'utf8', timeout: 30000,
    env: { ...process.env, CRIER_DATA: '', CRIER_TOKEN: '', CRIER_SERVER: '', CRIER_STORE: '', ...storeEnv(dir), ...env },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export class Server {
  // wrap: a command that runs crier (e.g. ['prlimit', '--nofile=256:256']);
  // it must exec crier, so that the pid is crier's.
  constructor({ data, threads = 2, args = [], wrap = [], env = {} } = {}) {
    this.data = data || mkdtempSync(join(tmpdir(), 'crier-e2e-'));
    this.ownsData = !data;
    this.threads = threads;
    this.args = args;
    this.wrap = wrap;
    this.env = env;
    this.proc = null;
    this.log = '';
  }

  async start() {
    const portFile = join(this.data, 'port');
    rmSync(portFile, { force: true });
    this.killed = false;
    const argv = ['serve', '--data', this.data, '--listen', '127.0.0.1:' + (this.port || 0),
      '--port-file', portFile, '--threads', String(this.threads), '--log-level', 'warn', ...this.args];
    const opts = { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...storeEnv(this.data), ...this.env } };
    this.proc = this.wrap.length
      ? spawn(this.wrap[0], [...this.wrap.slice(1), CRIER, ...argv], opts)
      : spawn(CRIER, argv, opts);
    this.proc.stdout.on('data', d => { this.log += d; });
    this.proc.stderr.on('data', d => { this.log += d; if (this.log.length > 1 << 20) this.log = this.log.slice(-(1 << 19)); });
    this.exited = new Promise(res => this.proc.on('exit', (code, sig) => res({ code, sig })));
    for (let i = 0; i < 200; i++) {
      if (existsSync(portFile)) {
        const p = readFileSync(portFile, 'utf8').trim();
        if (p) { this.port = Number(p); break; }
      }
      if (this.proc.exitCode !== null) throw new Error('crier exited: ' + this.log);
      await sleep(25);
    }
    if (!this.port) throw new Error('crier did not start: ' + this.log);
    this.url = `http://127.0.0.1:${this.port}`;
    this.token = readFileSync(join(this.data, 'admin.token'), 'utf8').trim();
    // Wait until it answers.
    for (let i = 0; i < 100; i++) {
      try { const r = await fetch(this.url + '/healthz'); if (r.ok) return this; } catch { /* not yet */ }
      await sleep(20);
    }
    throw new Error('crier not answering: ' + this.log);
  }

  // SIGKILL, no cleanup; the data directory stays for a restart.
  async kill9() {
    this.killed = true;
    this.proc.kill('SIGKILL');
    await this.exited;
  }

  async stop() {
    // A server that died on its own (a crash, a sanitizer report) says why.
    if (this.proc && !this.killed && (this.proc.signalCode || this.proc.exitCode)) {
      process.stderr.write(`# crier exited by itself (${this.proc.signalCode || 'status ' + this.proc.exitCode}); ` +
        `its log ends with:\n${this.log.slice(-8000)}\n`);
    }
    if (this.proc && this.proc.exitCode === null && this.proc.signalCode === null) {
      this.proc.kill('SIGTERM');
      const t = setTimeout(() => this.proc.kill('SIGKILL'), 5000);
      await this.exited;
      clearTimeout(t);
    }
  }

  async cleanup() {
    await this.stop();
    if (this.ownsData) rmSync(this.data, { recursive: true, force: true });
  }

  // JSON API call with the admin token unless token: null/other is given.
  async api(method, path, body, { token = this.token, headers = {} } = {}) {
    const h = { ...headers };
    if (token) h.authorization = 'Bearer ' + token;
    if (body !== undefined) h['content-type'] = 'application/json';
    const r = await fetch(this.url + path, {
      method, headers: h, body: body === undefined ? undefined : (typeof body === 'string' ? body : JSON.stringify(body)),
    });
    const text = await r.text();
    let json = null;
    try { json = text ? JSON.parse(text) : null; } catch { /* not JSON */ }
    return { status: r.status, json, text, headers: r.headers };
  }

  // A channel made here has its selection scheduler off unless the test
  // gives `selection` (or runs on a fake clock): on the real clock its
  // 07:00 and 19:00 selections would add an event, and a push, to any test
  // that spans that minute (a CI run at 19:00 UTC once saw a selection's
  // push where a test expected its post's). A selection asked for through
  // the API still goes out.
  async channel(slug, extra = {}) {
    const off = 'selection' in extra || this.selectionsOn ? {} : { selection: { enabled: false } };
    const r = await this.api('POST', '/api/v1/channels', { slug, title: 'Channel ' + slug, ...off, ...extra });
    if (r.status !== 201) throw new Error('channel create failed: ' + r.text);
    return r.json;
  }

  async post(slug, fields, opts) {
    return this.api('POST', `/api/v1/channels/${slug}/posts`, fields, opts);
  }

  // All events of a channel through the catch-up API, paging.
  // Catch-up, every page. source: ?include=source, the events carry the
  // post's Markdown "body" as well as its "html" (wire protocol v1.1).
  async allEvents(slug, after = 0, { source = false } = {}) {
    const out = [];
    for (;;) {
      const r = await this.api('GET', `/api/v1/channels/${slug}/events?after=${after}&limit=1000${source ? '&include=source' : ''}`);
      if (r.status !== 200) throw new Error('catch-up failed: ' + r.text);
      out.push(...r.json.events);
      if (r.json.events.length) after = r.json.events.at(-1).seq;
      if (r.json.final) return out;
    }
  }

  // Resident set size of the server process, in bytes.
  rss() {
    const s = readFileSync(`/proc/${this.proc.pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+)/.exec(s)[1]) * 1024;
  }

  // CPU seconds (user + system) the server process has used so far.
  cpu() {
    const f = readFileSync(`/proc/${this.proc.pid}/stat`, 'utf8');
    const rest = f.slice(f.lastIndexOf(')') + 2).split(' ');
    return (Number(rest[11]) + Number(rest[12])) / 100; // utime, stime in clock ticks
  }

  // Descriptors the server process holds.
  fds() {
    return readdirSync(`/proc/${this.proc.pid}/fd`).length;
  }
}

export async function withServer(opts, fn) {
  const s = new Server(opts);
  await s.start();
  try { return await fn(s); } finally { await s.cleanup(); }
}

export async function waitFor(pred, { timeout = 5000, step = 20, what = 'condition' } = {}) {
  const end = Date.now() + timeout;
  for (;;) {
    const v = await pred();
    if (v) return v;
    if (Date.now() > end) throw new Error('timed out waiting for ' + what);
    await sleep(step);
  }
}
