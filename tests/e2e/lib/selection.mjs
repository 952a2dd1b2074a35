// Helpers for the selection end-to-end tests: a server started with a fake
// clock (CRIER_FAKE_NOW) and a chosen log level, a fake-clock tracker, the
// fixture posts, subscribers and the Atom feed check.
//
// Every wait here is bounded.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import EventSource from 'eventsource';
import { Server, CRIER, ROOT, storeEnv } from './server.mjs';
import { Queue } from './proto.mjs';

export function iso(ms) {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

// A Server whose process gets CRIER_FAKE_NOW (set `fakeNow` to an ISO time or
// ms before each start) and --log-level `logLevel`. It spawns the binary the
// same way as the harness (lib/server.mjs), but with its own environment, so
// that several of them can start concurrently without touching process.env.
export class FakeClockServer extends Server {
  // stepMs: the scheduler's period for selections (--selection-every-ms).
  constructor({ fakeNow, logLevel = 'info', stepMs, ...opts } = {}) {
    super(opts);
    if (stepMs) this.args = [...this.args, '--selection-every-ms', String(stepMs)];
    this.fakeNow = fakeNow;
    this.logLevel = logLevel;
    this.selectionsOn = true; /* its channels keep their selections: the tests move the clock to them */
  }

  async start() {
    const portFile = join(this.data, 'port');
    rmSync(portFile, { force: true });
    const env = { ...process.env, ...storeEnv(this.data) };
    if (this.fakeNow !== undefined && this.fakeNow !== null) env.CRIER_FAKE_NOW = String(this.fakeNow);
    else delete env.CRIER_FAKE_NOW;
    this.port = this.keepPort ? this.port : 0;
    this.skew = undefined;
    this.killed = false;
    this.spawnedAt = Date.now();
    this.proc = spawn(CRIER, ['serve', '--data', this.data, '--listen', '127.0.0.1:' + (this.port || 0),
      '--port-file', portFile, '--threads', String(this.threads), '--log-level', this.logLevel, ...this.args],
    { stdio: ['ignore', 'pipe', 'pipe'], env });
    const proc = this.proc;
    proc.stdout.on('data', d => { this.log += d; });
    proc.stderr.on('data', d => { this.log += d; if (this.log.length > 1 << 20) this.log = this.log.slice(-(1 << 19)); });
    this.exited = new Promise(res => proc.on('exit', (code, sig) => res({ code, sig })));
    for (let i = 0; i < 200; i++) {
      if (existsSync(portFile)) {
        const p = readFileSync(portFile, 'utf8').trim();
        if (p) { this.port = Number(p); break; }
      }
      if (proc.exitCode !== null) throw new Error('crier exited: ' + this.log);
      await sleep(25);
    }
    if (!this.port) throw new Error('crier did not start: ' + this.log);
    this.url = `http://127.0.0.1:${this.port}`;
    this.token = readFileSync(join(this.data, 'admin.token'), 'utf8').trim();
    for (let i = 0; i < 100; i++) {
      try { const r = await fetch(this.url + '/healthz'); if (r.ok) return this; } catch { /* not yet */ }
      await sleep(20);
    }
    throw new Error('crier not answering: ' + this.log);
  }

  // The server's clock as seen from here: call sync() with a time the server
  // reported (created_at, published_at) and the local time just after the
  // answer came; serverNow() then extrapolates (error: one round trip).
  // The skew is constant for a process's life (its clock runs at real
  // speed), and each sample can only underestimate it (the answer takes time
  // to come back): keep the largest sample since the last start.
  sync(serverMs, localMs = Date.now()) {
    const skew = serverMs - localMs;
    if (this.skew === undefined || skew > this.skew) this.skew = skew;
  }
  serverNow() {
    if (this.skew === undefined) throw new Error('clock not synced');
    return Date.now() + this.skew;
  }
  // Real local time at which the server's clock reads ms.
  localAt(ms) {
    return ms - this.skew;
  }
  async sleepUntilServer(ms, max = 60000) {
    const wait = this.localAt(ms) - Date.now();
    if (wait > max) throw new Error(`refusing to wait ${wait} ms`);
    if (wait > 0) await sleep(wait);
  }

  async createChannel(slug, extra = {}) {
    const r = await this.api('POST', '/api/v1/channels', { slug, title: 'Channel ' + slug, ...extra });
    if (r.status !== 201) throw new Error('channel create failed: ' + r.status + ' ' + r.text);
    const at = Date.now();
    const ch = r.json.channel || r.json;
    const created = typeof ch.created_at === 'string' ? Date.parse(ch.created_at) : ch.created_at;
    if (Number.isFinite(created)) this.sync(created, at);
    ch.createdMs = created;
    return ch;
  }

  async publish(slug, fields) {
    const r = await this.post(slug, fields);
    if (r.status !== 201) throw new Error('publish failed: ' + r.status + ' ' + r.text);
    const at = Date.now();
    if (typeof r.json.post?.published_at === 'number') this.sync(r.json.post.published_at, at);
    return r.json;
  }

  async selections(slug) {
    const r = await this.api('GET', `/api/v1/channels/${slug}/selections?limit=100`);
    if (r.status !== 200) throw new Error('selections failed: ' + r.status + ' ' + r.text);
    return r.json.selections;
  }
}

// Catch-up through /api/v1/channels/{slug}/events?after=, paging with a small
// page so that paging is exercised; bounded number of pages.
export async function catchUp(s, slug, { limit = 3, maxPages = 1000 } = {}) {
  const out = [];
  let after = 0;
  for (let i = 0; i < maxPages; i++) {
    const r = await s.api('GET', `/api/v1/channels/${slug}/events?after=${after}&limit=${limit}`);
    if (r.status !== 200) throw new Error('catch-up failed: ' + r.status + ' ' + r.text);
    out.push(...r.json.events);
    if (r.json.events.length) after = r.json.events.at(-1).seq;
    if (r.json.final || !r.json.events.length) return out;
  }
  throw new Error('catch-up: too many pages');
}

// Fetches a feed into a temporary file and parses it with feed_check.py
// (python3-feedparser). Returns {status, type, xml, parsed}.
export async function fetchFeed(url) {
  const r = await fetch(url, { signal: AbortSignal.timeout(5000) });
  const xml = await r.text();
  const dir = mkdtempSync(join(tmpdir(), 'crier-feed-'));
  const file = join(dir, 'feed.xml');
  try {
    writeFileSync(file, xml);
    const p = spawnSync('python3', [join(ROOT, 'tests/e2e/feed_check.py'), file], { encoding: 'utf8', timeout: 20000 });
    if (p.status !== 0) throw new Error(`feed_check exited ${p.status}: ${p.stderr}`);
    return { status: r.status, type: r.headers.get('content-type'), xml, parsed: JSON.parse(p.stdout) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// An `eventsource` client whose events (every type) go to a bounded queue;
// resolves once open.
export function esOpen(url, opts = {}, timeout = 3000) {
  return new Promise((res, rej) => {
    const es = new EventSource(url, opts);
    const q = new Queue('eventsource ' + url);
    es.q = q;
    for (const type of ['post', 'edit', 'delete', 'selection', 'gap', 'close', 'message']) {
      es.addEventListener(type, e => {
        let json; try { json = JSON.parse(e.data); } catch { /* not JSON */ }
        q.push({ type, lastEventId: e.lastEventId, data: e.data, json });
      });
    }
    const t = setTimeout(() => { es.close(); rej(new Error('eventsource open timed out')); }, timeout);
    es.onopen = () => { clearTimeout(t); res(es); };
    es.onerror = e => { if (e && e.status) { clearTimeout(t); es.close(); rej(new Error('eventsource status ' + e.status)); } };
  });
}

// Real time of the server's "listening" log line (its loop starts then; the
// tick timer fires every second from there and the selection step runs on
// ticks 1, 6, 11, ...). NaN when not found.
export function listeningAt(log) {
  const m = /^(\S+) \S+ server: listening/m.exec(log);
  return m ? Date.parse(m[1]) : NaN;
}

// Real time of one of the server's ticks: posts scheduled ~1, 2, 3 s ahead
// are each published on the first tick after they are due, and their
// published_at (the server's clock) converted to real time says when that
// tick ran. A tick can only run late (a busy machine), so the earliest of
// the samples, brought back onto one grid, is the best estimate.
export async function tickAt(s, slug, { samples = 3, timeout = 8000 } = {}) {
  const now = s.serverNow();
  const ids = [];
  for (let i = 0; i < samples; i++) {
    const r = await s.post(slug, { title: 'tick ' + i, publish_at: Math.round(now + 1100 + 1000 * i) });
    if (r.status !== 202 && r.status !== 201) throw new Error('scheduling failed: ' + r.status + ' ' + r.text);
    ids.push(r.json.id);
  }
  const ticks = [];
  const end = Date.now() + timeout;
  for (let k = 0; k < 1000 && ticks.length < ids.length && Date.now() < end; k++) {
    const id = ids[ticks.length];
    const r2 = await s.api('GET', `/api/v1/channels/${slug}/posts/${id}`);
    if (r2.status === 200 && typeof r2.json.published_at === 'number' && r2.json.seq) {
      ticks.push(s.localAt(r2.json.published_at));
      continue;
    }
    await sleep(50);
  }
  if (ticks.length < ids.length) throw new Error('scheduled posts not published within ' + timeout + ' ms');
  const first = ticks[0];
  return Math.min(...ticks.map(t => t - 1000 * Math.round((t - first) / 1000)));
}

// Real time of the server's first selection step at or after `after`, from
// one measured tick: ticks come every second from the "listening" line, and
// the step (every stepMs, a whole number of seconds) runs on ticks 1,
// 1 + k, 1 + 2k, ... with k = stepMs / 1000 (the listening time only has to
// be right to within half a second, to number the measured tick).
export function nextStepAt(s, tick, after, { stepMs = 5000 } = {}) {
  const n = Math.round((tick - listeningAt(s.log)) / 1000);
  const k = Math.max(1, Math.round(stepMs / 1000));
  let step = tick - (((n - 1) % k) + k) % k * 1000;
  for (let i = 0; i < 1000 && step < after; i++) step += stepMs;
  return step;
}

// ---- fixtures ----

// One news morning in French, written for these tests: a story (the ECB cuts
// its rate) told by three sources on three hosts, one of them in English,
// and filler. The story's posts share names, the place and the numbers.
export const STORY = [
  {
    title: 'La BCE abaisse son taux directeur à 2,25 %',
    body: 'La Banque centrale européenne a abaissé jeudi son taux de dépôt à 2,25 %, a annoncé Christine Lagarde à Francfort. ' +
      'C’est la quatrième baisse depuis juin.\n\n© AGENCE/ Jean Photographe',
    importance: 2, tags: ['économie'], lang: 'fr', source_url: 'https://www.gazette-eco.example/bce-taux-2-25',
  },
  {
    title: 'Taux : Christine Lagarde annonce une nouvelle baisse à Francfort',
    body: 'Christine Lagarde a confirmé à Francfort une baisse de 25 points de base : le taux de dépôt de la BCE passe à 2,25 %. ' +
      'Les marchés l’attendaient.\n\nLire aussi : Les banques et le crédit immobilier',
    importance: 1, tags: ['économie'], lang: 'fr', source_url: 'https://journal-du-matin.example/eco/lagarde-taux',
  },
  {
    title: 'ECB cuts its deposit rate to 2.25%',
    body: 'The European Central Bank cut its deposit rate to 2.25% on Thursday, Christine Lagarde said in Frankfurt. ' +
      'It is the fourth cut since June.\n\nFollow us on Mastodon for more.',
    importance: 1, tags: ['economy'], lang: 'en', source_url: 'https://news.wire-service.example/ecb-rate-cut',
  },
];

export const FILLER = [
  {
    title: 'Le marché de Noël de Colmar ouvre ses portes',
    body: 'Les premiers chalets ont ouvert vendredi dans la vieille ville. Les organisateurs attendent du monde.',
    importance: 0, tags: ['régions'], lang: 'fr',
  },
  {
    title: 'Rugby : le XV de France en stage à Marcoussis',
    body: 'Les Bleus se retrouvent lundi pour préparer le Tournoi. Le sélectionneur a appelé trois nouveaux joueurs.',
    importance: 1, tags: ['sport'], lang: 'fr',
  },
  {
    title: 'Météo : du brouillard attendu dans le Centre',
    body: 'Des bancs de brouillard givrant sont annoncés en matinée. La visibilité pourra descendre sous 200 mètres.',
    importance: 0, tags: ['météo'], lang: 'fr',
  },
];

export const EN_POSTS = [
  {
    title: 'Chennai floods: the Adyar river bursts its banks after 240 mm of rain',
    body: 'The Adyar river burst its banks in Chennai on Thursday after 240 mm of rain in a day, Tamil Nadu officials said. ' +
      'Schools will stay closed on Friday.',
    importance: 2, tags: ['weather'], lang: 'en', source_url: 'https://www.city-desk.example/chennai-floods',
  },
  {
    title: 'Schools shut in Chennai as the Adyar overflows',
    body: 'Tamil Nadu closed schools in Chennai after the Adyar river overflowed, with 240 mm of rain in a day, officials said.',
    importance: 1, tags: ['weather'], lang: 'en', source_url: 'https://south-news.example/chennai-schools',
  },
  {
    title: 'Cricket: India name squad for the Test series',
    body: 'The selectors named a 16-man squad on Thursday. Two uncapped players were called up.',
    importance: 1, tags: ['sport'], lang: 'en',
  },
];
