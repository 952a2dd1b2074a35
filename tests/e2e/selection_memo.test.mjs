// The selection step reads new posts ahead for grouping: a preview then
// finds every post of its window already read (the memo of posts' keys,
// docs/operating.md), on a channel with selections on; one with
// selections off is left alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Server, waitFor } from './lib/server.mjs';
import { metrics, uniq } from './lib/proto.mjs';

const memo = async s => {
  const m = (await metrics(s)).m;
  return { hits: m.crier_selection_memo_hits_total, misses: m.crier_selection_memo_misses_total };
};

test('posts published are read ahead by the selection step; the preview finds them read', async () => {
  const s = new Server({ args: ['--selection-every-ms', '200'] });
  await s.start();
  try {
    const on = uniq('ahead'), off = uniq('off');
    await s.channel(on, { lang: 'fr', selection: { enabled: true } });
    await s.channel(off, { lang: 'fr', selection: { enabled: false } });
    const m0 = await memo(s);
    for (let i = 0; i < 4; i++) {
      const r = await s.post(on, {
        title: `Inondations dans l'Aude : le bilan s'alourdit (${i})`,
        body: `CARCASSONNE (AFP) - Les pluies de la nuit ont fait déborder l'Aude, selon la préfecture (${i}).`,
      });
      assert.equal(r.status, 201, r.text);
    }
    // Read ahead by the step, before any preview asks.
    const m1 = await waitFor(async () => {
      const m = await memo(s);
      return m.misses - m0.misses >= 4 ? m : null;
    }, { what: 'the selection step to read the four posts' });
    assert.equal(m1.misses - m0.misses, 4, 'each read once');
    const r = await s.api('GET', `/api/v1/channels/${on}/selections/preview`);
    assert.equal(r.status, 200, r.text);
    assert.equal(r.json.candidates, 4);
    const m2 = await memo(s);
    assert.equal(m2.misses, m1.misses, 'the preview read none afresh');
    assert.ok(m2.hits - m1.hits >= 4, 'it found the four read');

    // Selections off: the step leaves the channel's posts for its preview.
    const p = await s.post(off, { title: 'Le marché de Noël de Carcassonne ouvre ses portes', body: 'Cent chalets.' });
    assert.equal(p.status, 201, p.text);
    await new Promise(res => setTimeout(res, 1000)); // five steps
    const m3 = await memo(s);
    assert.equal(m3.misses, m2.misses, 'no step read the post of a channel with selections off');
    assert.equal((await s.api('GET', `/api/v1/channels/${off}/selections/preview`)).status, 200);
    const m4 = await memo(s);
    assert.equal(m4.misses - m3.misses, 1, 'its preview reads it');
  } finally {
    await s.cleanup();
  }
});
