// i18n: the app's strings in French and English. They are not kept here:
// strings.js is generated at build time from the table the server renders its
// pages with (src/page_text.h), so that a string exists once. The language is
// the one the server chose for the page (<html lang>), from the channel's
// language and Accept-Language; dates use the page's language too.
import STRINGS from './strings.js';

export const lang = (document.documentElement.lang || 'en').startsWith('fr') ? 'fr' : 'en';

// Which variant a count of n takes: the rule of page_text_one (page_text.c).
function one(n) {
  return n === 1 || (lang === 'fr' && n <= 1);
}

// The string for key; with a count n, the key's _one or _other variant with
// "{n}" replaced by n.
export function t(key, n) {
  const table = STRINGS[lang] ?? {};
  if (n !== undefined) {
    const k = `${key}_${one(n) ? 'one' : 'other'}`;
    const v = table[k] ?? STRINGS.en[k];
    if (v !== undefined) return v.replaceAll('{n}', String(n));
  }
  return table[key] ?? STRINGS.en[key] ?? key;
}

// Formatters by time zone: a date reads in the page's language and the
// channel's zone (as the server writes it before this runs), not in whatever
// the browser is set to.
const dateFmts = new Map();
function dateFmt(tz) {
  const key = tz || '';
  if (!dateFmts.has(key)) {
    let f;
    try {
      f = new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-US', { dateStyle: 'medium', timeStyle: 'short', timeZone: tz || undefined });
    } catch {
      f = new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-US', { dateStyle: 'medium', timeStyle: 'short' });
    }
    dateFmts.set(key, f);
  }
  return dateFmts.get(key);
}

// A date (ms or Date) in the page's language and the zone tz (an IANA name).
export function formatDate(d, tz) {
  return dateFmt(tz).format(d instanceof Date ? d : new Date(d));
}

// French typography: guillemets keep their word on its line.
export function typo(s) {
  return String(s).replace(/« /g, '«\u00a0').replace(/ »/g, '\u00a0»');
}
