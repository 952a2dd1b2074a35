// Crier studio: progressive enhancement only. Every form works without this
// file; it adds the Markdown toolbar over the body, the photo upload
// (through the media API, with the studio session and the CSRF header), a
// live preview (the form sent as a Preview with fragment=1 a moment after
// one stops typing: the server renders it with its own pipeline, so it is
// what readers will get), and draws the QR code of a new invite link (the
// link itself is in the page).

import { qrSvg } from './qr.js';

const form = document.getElementById('compose');

function markdown(ta, kind) {
  const wraps = { bold: ['**', '**', 'bold'], italic: ['*', '*', 'italic'], link: ['[', '](https://)', 'link'] };
  const lines = { quote: '> ', list: '- ' };
  const a = ta.selectionStart;
  const z = ta.selectionEnd;
  const v = ta.value;
  if (wraps[kind]) {
    const [pre, post, def] = wraps[kind];
    const sel = v.slice(a, z) || def;
    ta.setRangeText(pre + sel + post, a, z, 'end');
  } else {
    const start = v.lastIndexOf('\n', a - 1) + 1;
    const block = v.slice(start, z);
    ta.setRangeText(block.split('\n').map((l) => lines[kind] + l).join('\n'), start, z, 'end');
  }
  ta.focus();
}

async function upload(file, slug, status) {
  const alt = document.getElementById('alt');
  const photo = document.getElementById('photo');
  const meta = document.querySelector('meta[name="csrf-token"]');
  const text = (alt && alt.value.trim()) || file.name;
  status.textContent = form.dataset.uploading || '…';
  try {
    const r = await fetch(`/api/v1/channels/${encodeURIComponent(slug)}/media?alt=${encodeURIComponent(text)}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': file.type || 'application/octet-stream', 'x-csrf-token': meta ? meta.content : '' },
      body: file,
    });
    if (r.status !== 201) throw new Error(String(r.status));
    const j = await r.json();
    photo.value = j.id;
    status.textContent = '';
  } catch {
    status.textContent = form.dataset.uploadFailed || 'Upload failed';
  }
}

if (form) {
  const ta = form.querySelector('textarea[name="body"]');
  const bar = form.querySelector('.toolbar');
  if (ta && bar) {
    bar.hidden = false;
    bar.addEventListener('click', (e) => {
      const b = e.target.closest('button[data-md]');
      if (b) markdown(ta, b.dataset.md);
    });
  }
  const label = form.querySelector('label.upload');
  const input = document.getElementById('upload');
  if (label && input) {
    label.hidden = false;
    const status = document.createElement('p');
    status.className = 'upload-status';
    status.setAttribute('role', 'status');
    label.after(status);
    input.addEventListener('change', () => {
      if (input.files && input.files[0]) upload(input.files[0], form.dataset.slug, status);
    });
  }
}

// The live preview: at most one request in flight, the latest form wins.
function livePreview(f) {
  let timer = 0;
  let busy = false;
  let again = false;
  const box = document.createElement('div');
  box.className = 'live-preview';
  box.setAttribute('aria-live', 'polite');
  const old = document.querySelector('section.preview');
  if (old) { old.replaceWith(box); box.append(old); } else f.closest('section').before(box);
  const run = async () => {
    if (busy) { again = true; return; }
    busy = true;
    const data = new URLSearchParams();
    for (const [k, v] of new FormData(f)) if (typeof v === 'string') data.append(k, v);
    data.set('do', 'preview');
    data.set('fragment', '1');
    try {
      const r = await fetch(f.action, { method: 'POST', credentials: 'same-origin', body: data });
      if (r.ok || r.status === 400) {
        const t = document.createElement('template');
        t.innerHTML = await r.text();
        box.replaceChildren(t.content);
      }
    } catch { /* offline: the Preview button still works */ }
    busy = false;
    if (again) { again = false; run(); }
  };
  f.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(run, 400);
  });
}

if (form && form.querySelector('input[name="title"]')) livePreview(form);

// A new invite's link, as a QR code a reader can scan from the screen.
for (const box of document.querySelectorAll('[data-qr]')) {
  const svg = qrSvg(box.dataset.qr, box.dataset.qrLabel || 'QR');
  if (svg) box.append(svg);
}
