// The selection step reads ahead for grouping the new posts of a channel
// with selections on whose preview was asked lately (an editor has the
// studio open on it): its next preview finds them read (the memo of posts'
// keys, docs/operating.md). Other channels are left alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Server, waitFor } from './lib/server.mjs';
import { metrics, uniq } from './lib/proto.mjs';

const memo = async s => {
  const m = (await metrics(s)).m;
  return { hits: m.crier_selection_memo_hits_total, misses: m.crier_selection_memo_misses_total };
};

test('the selection step reads ahead the new posts of a channel an editor previews; the preview finds them read', async () => {
  const s = new Server({ args: ['--selection-every-ms', '200'] });
  await s.start();
  try {
    const on = uniq('ahead'), off = uniq('off'), unseen = uniq('unseen');
    await s.channel(on, { lang: 'fr', selection: { enabled: true } });
    await s.channel(off, { lang: 'fr', selection: { enabled: false } });
    await s.channel(unseen, { lang: 'fr', selection: { enabled: true } });
    const preview = async slug => {
      const r = await s.api('GET', `/api/v1/channels/${slug}/selections/preview`);
      assert.equal(r.status, 200, r.text);
      return r.json;
    };
    // The studio opens on two channels (their previews are empty so far).
    assert.equal((await preview(on)).candidates, 0);
    assert.equal((await preview(off)).candidates, 0);
    const m0 = await memo(s);
    for (let i = 0; i < 4; i++) {
      const r = await s.post(on, {
        title: `Inondations dans l'Aude : le bilan s'alourdit (${i})`,
        body: `CARCASSONNE (AFP) - Les pluies de la nuit ont fait déborder l'Aude, selon la préfecture (${i}).`,
      });
      assert.equal(r.status, 201, r.text);
    }
    // Read ahead by the step, before the next preview asks.
    const m1 = await waitFor(async () => {
      const m = await memo(s);
      return m.misses - m0.misses >= 4 ? m : null;
    }, { what: 'the selection step to read the four posts' });
    assert.equal(m1.misses - m0.misses, 4, 'each read once');
    const r = await preview(on);
    assert.equal(r.candidates, 4);
    const m2 = await memo(s);
    assert.equal(m2.misses, m1.misses, 'the preview read none afresh');
    assert.ok(m2.hits - m1.hits >= 4, 'it found the four read');

    // Selections off, or nobody previewing: the step leaves the posts to the
    // channel's own next preview or selection.
    for (const slug of [off, unseen]) {
      const p = await s.post(slug, { title: 'Le marché de Noël de Carcassonne ouvre ses portes', body: `Cent chalets (${slug}).` });
      assert.equal(p.status, 201, p.text);
    }
    await new Promise(res => setTimeout(res, 1000)); // five steps
    const m3 = await memo(s);
    assert.equal(m3.misses, m2.misses, 'no step read them');
    assert.equal((await preview(off)).candidates, 1);
    assert.equal((await preview(unseen)).candidates, 1);
    const m4 = await memo(s);
    assert.equal(m4.misses - m3.misses, 2, 'their previews read them');
  } finally {
    await s.cleanup();
  }
});
