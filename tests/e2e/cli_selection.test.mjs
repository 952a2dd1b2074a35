// `crier selection` against a running server (docs/cli.md, docs/api.md "Selections"):
// preview with the score broken down and duplicates merged, --at as a local time in
// the channel's zone, pin and exclude, run (a live subscriber gets the selection
// event, the selections Atom feed parses with feedparser), list, config, and the
// errors. The server runs on a fake clock (CRIER_FAKE_NOW) so that dates and titles
// are known: 2026-11-26 07:30 UTC is 08:30 in Paris, a Thursday.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Server, cli, ROOT } from './lib/server.mjs';
import { sseFetch, wsOpen, wsClose } from './lib/proto.mjs';

const FAKE_NOW = '2026-11-26T07:30:00Z';
const TITLE = 'Sélection — jeudi 26 novembre';

// One story told by three sources (two French, one English), and filler.
const POSTS = [
  { key: 'quakeA', importance: 2, tags: ['monde'], source_url: 'https://www.journal-a.example/japon/seisme',
    title: "Séisme de magnitude 7,1 au large d'Hokkaido, alerte au tsunami",
    body: "Un séisme de magnitude 7,1 a frappé mardi le nord du Japon, au large de l'île d'Hokkaido, selon " +
      "l'Agence météorologique japonaise. Une alerte au tsunami a été émise pour la côte de Kushiro." },
  { key: 'meteo', importance: 0, tags: ['meteo'],
    title: 'Météo : un week-end doux en Bretagne', body: 'Les températures resteront douces ce week-end.' },
  { key: 'quakeB', importance: 1, tags: ['monde'], source_url: 'https://info-b.example/monde/japon-seisme',
    title: 'Japon : la terre tremble à Hokkaido, magnitude 7,1',
    body: "La secousse de magnitude 7,1 a été ressentie dans tout Hokkaido. L'Agence météorologique japonaise " +
      "a levé l'alerte au tsunami à Kushiro dans la soirée." },
  { key: 'loto', importance: 0, tags: ['jeux'],
    title: 'Loto : les résultats du tirage de mercredi', body: 'Aucun gagnant au premier rang.' },
  { key: 'quakeEn', importance: 1, tags: ['world'], lang: 'en', source_url: 'https://news-c.example/world/japan-quake',
    title: 'Magnitude 7.1 earthquake strikes off Hokkaido, tsunami warning for Kushiro',
    body: 'A magnitude 7.1 earthquake struck off Hokkaido in northern Japan on Tuesday, the Japan Meteorological ' +
      'Agency said, and a tsunami warning was issued for Kushiro.' },
  { key: 'tele', importance: 0, tags: ['tele'],
    title: 'Programme télé : les films de la soirée', body: 'Trois films à ne pas manquer ce soir.' },
];

describe('crier selection', () => {
  let s, tmp;
  const P = {}; // key -> {id, seq}

  before(async () => {
    const saved = process.env.CRIER_FAKE_NOW;
    process.env.CRIER_FAKE_NOW = FAKE_NOW; // inherited by the server only: it is spawned now
    try {
      s = new Server();
      await s.start();
    } finally {
      if (saved === undefined) delete process.env.CRIER_FAKE_NOW; else process.env.CRIER_FAKE_NOW = saved;
    }
    tmp = mkdtempSync(join(tmpdir(), 'crier-sel-'));
    await s.channel('monde', { title: 'Le monde', lang: 'fr', tz: 'Europe/Paris' });
    for (const { key, ...fields } of POSTS) {
      const r = await s.post('monde', fields);
      assert.equal(r.status, 201, r.text);
      P[key] = { id: r.json.id, seq: r.json.seq };
    }
  });
  after(async () => {
    if (s) await s.cleanup();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  // The CLI with the server's URL; the token comes from DIR/admin.token.
  const sel = (...args) => cli(['selection', ...args, '--server', s.url], { data: s.data });
  const ok = (r, what) => { assert.equal(r.status, 0, `${what}: status ${r.status}, stderr ${r.stderr}`); return r; };
  const fails = (r, status, what, re) => {
    assert.equal(r.status, status, `${what}: status ${r.status}, stdout ${r.stdout}, stderr ${r.stderr}`);
    assert.equal(r.stdout, '', `${what}: nothing on stdout`);
    assert.match(r.stderr, /^crier/, `${what}: message on stderr`);
    if (re) assert.match(r.stderr, re, what);
  };
  const preview = (...args) => JSON.parse(ok(sel('preview', 'monde', '--json', ...args), 'preview --json').stdout);
  // Every seq an item stands for: its own and the ones merged into it.
  const seqsOf = items => items.flatMap(i => [i.seq, ...i.merged]);

  it('preview --json puts the story told by three sources first, with the other two merged', () => {
    const r = preview();
    assert.equal(r.slot, 'manual');
    assert.equal(r.local_date, '2026-11-26');
    assert.equal(r.candidates, 6);
    const top = r.items[0];
    assert.equal(top.rank, 1);
    assert.equal(top.seq, P.quakeA.seq, 'the most important of the three posts stands for the story');
    assert.equal(top.post_id, P.quakeA.id);
    assert.deepEqual(top.merged, [P.quakeB.seq, P.quakeEn.seq], 'the French and the English duplicates');
    // Why: each merged post, the post of the story it shares most with, and the shared terms
    // as it writes them (names and figures first).
    assert.deepEqual(top.why.map(w => w.seq), top.merged);
    const seqs = [P.quakeA.seq, P.quakeB.seq, P.quakeEn.seq];
    for (const w of top.why) {
      assert.ok(seqs.includes(w.with) && w.with !== w.seq, `#${w.seq} joined a post of its story`);
      assert.ok(w.shared.length >= 2 && w.shared.length <= 6, JSON.stringify(w));
    }
    assert.ok(top.why[0].shared.includes('Hokkaido'), JSON.stringify(top.why[0]));
    assert.ok(top.why[1].shared.includes('Kushiro'), JSON.stringify(top.why[1]));
    for (const it of r.items.slice(1)) assert.deepEqual(it.why, [], 'a story of one post has no why');
    assert.equal(top.sources, 3);
    assert.equal(top.pinned, false);
    assert.equal(top.in_lang, true, 'a French post stands for the story on a French channel');
    assert.match(top.lede, /^Un séisme de magnitude 7,1 a frappé mardi le nord du Japon.*japonaise\.$/);
    assert.ok(Math.abs(top.parts.importance - 4 * 2 / 3) < 1e-9, 'importance 2 of 3 under weight 4');
    assert.ok(top.parts.coverage > 1, 'three sources earn coverage');
    const sum = top.parts.importance + top.parts.engagement + top.parts.coverage + top.parts.freshness;
    assert.ok(Math.abs(top.score - sum) < 1e-9, 'the parts add up to the score');
    // The filler follows, each on its own, and nothing is listed twice.
    assert.deepEqual(r.items.slice(1).map(i => i.seq).sort((a, b) => a - b),
      [P.meteo.seq, P.loto.seq, P.tele.seq]);
    assert.equal(new Set(seqsOf(r.items)).size, 6);
    for (const it of r.items.slice(1)) assert.ok(it.score < top.score);
  });

  it('preview prints the breakdown for people, with the window in the channel\'s local time', async () => {
    // Views raise a post's engagement (relative to the best-read post of the window).
    const v = await s.api('POST', '/api/v1/channels/monde/views', { views: { [P.loto.id]: 100 } }, { token: null });
    assert.equal(v.status, 204, v.text);
    const r = ok(sel('preview', 'monde', '--at', '2026-11-26 09:00'), 'preview');
    assert.equal(r.stderr, '');
    const lines = r.stdout.split('\n');
    assert.deepEqual(lines.slice(0, 5), [
      'slot        manual',
      'local date  2026-11-26',
      'window      2026-11-25 21:00 to 2026-11-26 09:00 (Europe/Paris)',
      'candidates  6',
      '',
    ]);
    // Three posts from three outlets: coverage 2 × √((3 − 1 + 3 − 1) / 12) = 1.15.
    assert.match(lines[5], new RegExp(`^ 1\\. +\\d+\\.\\d\\d  imp 2\\.67 eng 0\\.00 cov 1\\.15 fresh \\d\\.\\d\\d  #${P.quakeA.seq} Séisme de magnitude 7,1 au large d'Hokkaido, alerte au tsunami$`));
    assert.match(lines[6], /^ {4}Un séisme de magnitude 7,1 a frappé mardi/);
    assert.equal(lines[7], `    merged: #${P.quakeB.seq} #${P.quakeEn.seq}`);
    // Why each merged post is in the story: the post it shares most with, and what they share.
    assert.match(lines[8], new RegExp(`^ {6}#${P.quakeB.seq} with #\\d+: .*Hokkaido`));
    assert.match(lines[9], new RegExp(`^ {6}#${P.quakeEn.seq} with #\\d+: .*Hokkaido.*Kushiro|^ {6}#${P.quakeEn.seq} with #\\d+: .*Kushiro.*Hokkaido`));
    assert.match(lines[10], new RegExp(`^ 2\\. +\\d\\.\\d\\d  imp 0\\.00 eng 2\\.00 cov 0\\.00 fresh \\d\\.\\d\\d  #${P.loto.seq} Loto : `),
      'the read post comes second, with its engagement');
    assert.equal(lines[11], '    Aucun gagnant au premier rang.');
  });

  it('--at is a local time in the channel\'s zone (Europe/Paris), not UTC', () => {
    // The posts were published at 08:30 in Paris (07:30 UTC).
    const nine = preview('--at', '2026-11-26 09:00');
    assert.equal(nine.window_end, Date.parse('2026-11-26T08:00:00Z'));
    assert.equal(nine.window_start, Date.parse('2026-11-25T20:00:00Z'), 'the first window is 12 hours');
    assert.equal(nine.candidates, 6);
    const eight = preview('--at', '2026-11-26 08:00');
    assert.equal(eight.window_end, Date.parse('2026-11-26T07:00:00Z'));
    assert.equal(eight.candidates, 0, 'at 08:00 in Paris nothing was published yet (08:00 UTC would be after)');
    assert.deepEqual(eight.items, []);
    const human = ok(sel('preview', 'monde', '--at', '2026-11-26 08:00'), 'empty preview');
    assert.match(human.stdout, /candidates {2}0\n\nnothing qualifies/);
    // A summer date: +02:00.
    assert.equal(preview('--at', '2026-07-01 12:30').window_end, Date.parse('2026-07-01T10:30:00Z'));
    fails(sel('preview', 'monde', '--at', '2026-02-30 09:00'), 2, 'no such day', /invalid --at/);
    fails(sel('preview', 'monde', '--at', '26/11/2026 09:00'), 2, 'not the format', /YYYY-MM-DD HH:MM/);
  });

  it('exclude removes a post from the preview, unpin brings it back', () => {
    const r = ok(sel('exclude', 'monde', String(P.quakeA.seq)), 'exclude');
    assert.equal(r.stdout, `excluded monde #${P.quakeA.seq} from the selections\n`);
    const ex = preview();
    assert.ok(!seqsOf(ex.items).includes(P.quakeA.seq), 'the excluded post is neither shown nor merged');
    const story = ex.items.find(i => seqsOf([i]).includes(P.quakeEn.seq));
    assert.ok(story, 'the story is still told by the two other posts');
    assert.deepEqual(seqsOf([story]).sort((a, b) => a - b), [P.quakeB.seq, P.quakeEn.seq]);
    assert.equal(ex.candidates, 6, 'an excluded post is still a candidate, just never chosen');

    ok(sel('unpin', 'monde', String(P.quakeA.seq)), 'unpin');
    const back = preview();
    assert.equal(back.items[0].seq, P.quakeA.seq);
    assert.deepEqual(back.items[0].merged, [P.quakeB.seq, P.quakeEn.seq]);
  });

  it('pin forces a post into a selection it would not make', () => {
    const c = ok(sel('config', 'monde', '--max-items', '2'), 'config --max-items');
    assert.match(c.stdout, /^max items {3}2$/m);
    const before = preview();
    assert.deepEqual(before.items.map(i => i.seq), [P.quakeA.seq, P.loto.seq]);
    assert.ok(!seqsOf(before.items).includes(P.meteo.seq));

    const r = ok(sel('pin', 'monde', String(P.meteo.seq)), 'pin');
    assert.equal(r.stdout, `pinned monde #${P.meteo.seq} into the next selection\n`);
    const pinned = preview();
    const it = pinned.items.find(i => i.seq === P.meteo.seq);
    assert.ok(it, 'the pinned filler is chosen: ' + JSON.stringify(pinned.items.map(i => i.seq)));
    assert.equal(it.pinned, true);
    assert.equal(pinned.items[0].seq, P.quakeA.seq);
    assert.match(ok(sel('preview', 'monde'), 'preview').stdout,
      new RegExp(`#${P.meteo.seq} Météo : un week-end doux en Bretagne {2}\\[pinned\\]\\n`));

    ok(sel('unpin', 'monde', String(P.meteo.seq)), 'unpin');
    assert.ok(!seqsOf(preview().items).includes(P.meteo.seq), 'unpinned: out again');
    ok(sel('pin', 'monde', String(P.meteo.seq)), 'pin again, for the run');
  });

  let published;

  it('run publishes the selection; live subscribers get a "selection" event titled in French', async () => {
    const sse = await sseFetch(`${s.url}/monde/events`);
    assert.equal(sse.status, 200);
    const ws = await wsOpen(`ws://127.0.0.1:${s.port}/monde/ws`);
    try {
      const hello = await ws.msgs.next();
      assert.equal(hello.json.type, 'hello');
      const r = ok(sel('run', 'monde'), 'run');
      const m = /^published selection monde #(\d+) \((\d+) items\)\n$/.exec(r.stdout);
      assert.ok(m, 'run output: ' + r.stdout);
      const seq = Number(m[1]);
      assert.equal(Number(m[2]), 2, 'at most 2 items: the story and the pinned post');

      const ev = await sse.events.next(5000);
      assert.equal(ev.event, 'selection');
      assert.equal(ev.id, String(seq));
      assert.equal(ev.json.type, 'selection');
      assert.equal(ev.json.seq, seq);
      assert.equal(ev.json.post.title, TITLE);
      assert.equal(ev.json.post.kind, 'selection');
      assert.equal(ev.json.post.silent, false);
      assert.deepEqual(ev.json.post.items.map(i => i.seq), [P.quakeA.seq, P.meteo.seq]);
      assert.deepEqual(ev.json.post.items[0].merged, [P.quakeB.seq, P.quakeEn.seq]);
      assert.ok(ev.json.post.html.includes(`href="/monde/${P.quakeA.seq}"`), 'the items link to their posts');
      assert.equal(ev.json.post.body, undefined, 'the event carries the html alone');

      const w = await ws.msgs.next(5000);
      assert.equal(w.json.type, 'selection');
      assert.equal(w.json.seq, seq);
      assert.equal(w.json.post.title, TITLE);
      published = { seq, id: ev.json.id };
    } finally {
      sse.close();
      await wsClose(ws);
    }
  });

  it('list shows the published selection, newest first', () => {
    assert.ok(published, 'needs the run above');
    const j = JSON.parse(ok(sel('list', 'monde', '--json'), 'list --json').stdout);
    assert.equal(j.selections.length, 1);
    const [x] = j.selections;
    assert.equal(x.seq, published.seq);
    assert.equal(x.id, published.id);
    assert.equal(x.title, TITLE);
    assert.equal(x.local_date, '2026-11-26');
    assert.match(x.slot, /^manual-\d+$/);
    const human = ok(sel('list', 'monde'), 'list').stdout.split('\n');
    assert.match(human[0], /^ +SEQ {2}DATE +SLOT +ID {2}TITLE$/);
    assert.match(human[1], new RegExp(`^ +${published.seq}  2026-11-26  manual-\\d+ +${published.id}  ${TITLE}$`));
  });

  it('the selections Atom feed parses with feedparser, with the selection as its entry', async () => {
    assert.ok(published, 'needs the run above');
    const r = await fetch(`${s.url}/monde/selections/atom.xml`);
    assert.equal(r.status, 200);
    assert.match(r.headers.get('content-type'), /^application\/atom\+xml/);
    const file = join(tmp, 'selections.xml');
    writeFileSync(file, Buffer.from(await r.arrayBuffer()));
    const p = spawnSync('python3', [join(ROOT, 'tests/e2e/feed_check.py'), file], { encoding: 'utf8' });
    assert.equal(p.status, 0, 'feed_check: ' + p.stderr);
    const feed = JSON.parse(p.stdout);
    assert.equal(feed.bozo, 0, 'bozo: ' + feed.bozo_exception);
    assert.equal(feed.lang, 'fr');
    assert.equal(feed.entries.length, 1, 'only the selection, not the posts');
    assert.equal(feed.entries[0].title, TITLE);
    assert.equal(feed.entries[0].link, `${s.url}/monde/${published.seq}`);
    assert.match(feed.entries[0].content, /Séisme de magnitude 7,1 au large d.Hokkaido/);
    // The posts feed has the six posts.
    const posts = await fetch(`${s.url}/monde/atom.xml`);
    assert.equal(posts.status, 200);
    writeFileSync(file, Buffer.from(await posts.arrayBuffer()));
    const q = JSON.parse(spawnSync('python3', [join(ROOT, 'tests/e2e/feed_check.py'), file], { encoding: 'utf8' }).stdout);
    assert.equal(q.bozo, 0, 'bozo: ' + q.bozo_exception);
    assert.equal(q.entries.length, 6);
  });

  it('run with nothing new since the last selection exits 1 with the server\'s message', async () => {
    assert.ok(published, 'needs the run above');
    fails(sel('run', 'monde'), 1, 'empty window', /^crier: no post qualifies for a selection since the last one\n$/);
    const j = JSON.parse(ok(sel('list', 'monde', '--json'), 'list').stdout);
    assert.equal(j.selections.length, 1, 'no empty selection was published');
    const ch = await s.api('GET', '/api/v1/channels/monde');
    assert.equal(ch.json.last_seq, published.seq);
  });

  it('config --slot replaces the slots; the channel shows exactly those', async () => {
    const r = ok(sel('config', 'monde', '--slot', 'morning=06:30', '--slot', 'soir=20:15'), 'config --slot');
    assert.match(r.stdout, /^slots {7}morning 06:30, soir 20:15 \(Europe\/Paris\)$/m);
    const ch = await s.api('GET', '/api/v1/channels/monde', undefined, { token: null });
    assert.deepEqual(ch.json.selection.slots, [{ name: 'morning', time: '06:30' }, { name: 'soir', time: '20:15' }]);
    assert.equal(ch.json.selection.max_items, 2, 'the other settings stay');
    // The new slot can be previewed; the removed one is gone.
    const soir = preview('--slot', 'soir', '--at', '2026-11-26 20:15');
    assert.equal(soir.slot, 'soir');
    assert.equal(soir.window_end, Date.parse('2026-11-26T19:15:00Z'));
    fails(sel('preview', 'monde', '--slot', 'evening'), 1, 'removed slot', /no slot named evening/);

    // One weight changes, the others stay (also one set before); --off; no options prints the settings.
    ok(sel('config', 'monde', '--weight', 'freshness=0.5'), 'config --weight freshness');
    const w = JSON.parse(ok(sel('config', 'monde', '--weight', 'coverage=3', '--off', '--json'), 'config --weight').stdout);
    assert.deepEqual(w.weights, { importance: 4, engagement: 2, coverage: 3, freshness: 0.5, group_threshold: 0.5 });
    assert.equal(w.enabled, false);
    const show = ok(sel('config', 'monde'), 'config').stdout;
    assert.match(show, /^selections {2}off$/m);
    assert.match(show, /^weights {5}importance 4, engagement 2, coverage 3, freshness 0\.5, group_threshold 0\.5$/m);
    const ch2 = await s.api('GET', '/api/v1/channels/monde');
    assert.equal(ch2.json.selection.enabled, false);
    assert.equal(ch2.json.selection.weights.coverage, 3);
    ok(sel('config', 'monde', '--on', '--no-slots'), 'config --no-slots');
    const ch3 = await s.api('GET', '/api/v1/channels/monde');
    assert.deepEqual(ch3.json.selection.slots, []);
    assert.equal(ch3.json.selection.enabled, true);
  });

  it('bad values and bad requests exit non-zero with a message', async () => {
    const before = (await s.api('GET', '/api/v1/channels/monde')).json.selection;
    fails(sel('config', 'monde', '--slot', 'x=25:00'), 2, 'hour 25', /invalid --slot 'x=25:00'.*HH:MM/);
    fails(sel('config', 'monde', '--slot', 'soir=7h'), 2, 'not HH:MM', /HH:MM/);
    fails(sel('config', 'monde', '--slot', 'Soir=07:00'), 2, 'upper case name', /invalid --slot/);
    fails(sel('config', 'monde', '--slot', 'a=07:00', '--slot', 'a=08:00'), 2, 'twice', /given twice/);
    fails(sel('config', 'monde', '--slot', 'a=07:00', '--no-slots'), 2, '--slot and --no-slots');
    fails(sel('config', 'monde', '--max-items', '0'), 2, 'max items 0', /--max-items/);
    fails(sel('config', 'monde', '--tag-cap', '31'), 2, 'tag cap 31', /--tag-cap/);
    fails(sel('config', 'monde', '--weight', 'bogus=1'), 2, 'unknown weight', /--weight 'bogus=1'/);
    fails(sel('config', 'monde', '--weight', 'group_threshold=1.5'), 2, 'threshold over 1', /group_threshold/);
    fails(sel('config', 'monde', '--on', '--off'), 2, '--on and --off');
    assert.deepEqual((await s.api('GET', '/api/v1/channels/monde')).json.selection, before, 'nothing changed');

    fails(sel('pin', 'monde', 'abc'), 2, 'bad number', /invalid post number/);
    fails(sel('pin', 'monde'), 2, 'missing number', /missing the post's number/);
    fails(sel('pin', 'monde', '9999'), 1, 'unknown post', /no post #9999 in monde/);
    fails(sel('pin', 'monde', String(published.seq)), 1, 'a selection cannot be pinned', /no post/);
    fails(sel('preview', 'nulle-part'), 1, 'unknown channel', /no channel/);
    fails(sel('preview', 'monde', '--slot', 'Matin'), 2, 'bad slot name', /invalid --slot/);
    fails(sel('bogus', 'monde'), 2, 'unknown command', /unknown command 'bogus'/);
    // Previews and runs need a token of the channel.
    const empty = mkdtempSync(join(tmp, 'nodata-'));
    fails(cli(['selection', 'preview', 'monde', '--server', s.url], { data: empty }), 1, 'no token', /no token/);
    fails(cli(['selection', 'run', 'monde', '--server', s.url, '--token', 'crier_' + '0'.repeat(64)]), 1,
      'bad token', /token/);
    // --help is on stdout with status 0.
    const h = cli(['selection', 'preview', '--help']);
    assert.equal(h.status, 0);
    assert.match(h.stdout, /^usage: crier selection preview SLUG/);
  });
});
