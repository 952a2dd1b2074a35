// Browser helpers for the reader web app tests: Debian's Chromium driven by
// playwright-core, pages that record console errors, CSP violations and
// uncaught exceptions, and small API helpers (invites, members).
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './server.mjs';

export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
export const OUT = join(ROOT, 'tests/e2e/out');

export const VIEWPORTS = {
  phone: { width: 390, height: 844 },
  tablet: { width: 820, height: 1180 },
  desktop: { width: 1440, height: 900 },
};

export function launch() {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

// A fresh browser context (its own cookies, storage and service worker) and
// a page in it. problems collects what must never happen: uncaught errors
// and CSP violations; errors collects every console error.
export async function openPage(browser, { viewport = VIEWPORTS.phone, locale = 'en-US', context } = {}) {
  const ctx = context || await browser.newContext({ viewport, locale });
  const page = await ctx.newPage();
  const problems = [];
  const errors = [];
  page.on('console', (m) => {
    const text = m.text();
    if (m.type() === 'error') errors.push(text);
    if (/Content Security Policy|Refused to (load|execute|apply|connect|frame)/i.test(text)) problems.push('CSP: ' + text);
  });
  page.on('pageerror', (e) => problems.push('pageerror: ' + (e && e.stack || e)));
  return { context: ctx, page, problems, errors };
}

export function outFile(name) {
  mkdirSync(OUT, { recursive: true });
  return join(OUT, name);
}

// Makes an invite; returns the API answer ({token, url, ...}).
export async function invite(server, slug, opts = {}) {
  const r = await server.api('POST', `/api/v1/channels/${slug}/invites`, opts);
  if (r.status !== 201) throw new Error(`invite create failed: ${r.status} ${r.text}`);
  return r.json;
}

// The posts a page shows, top to bottom: [{seq, title}].
export function shownPosts(page) {
  return page.$$eval('#posts > article', (as) => as.map((a) => ({
    seq: Number(a.dataset.seq),
    title: a.querySelector('.post-title')?.textContent.trim(),
  })));
}
