// i18n: the app's strings in French and English. The language is the one the
// server chose for the page (<html lang>), from the channel's language and
// Accept-Language; dates use the browser's own locale.

const STRINGS = {
  en: {
    live: 'Live',
    connecting: 'Connecting…',
    reconnecting: 'Connection lost, reconnecting…',
    offline: 'Offline: showing saved posts. New posts will come in once you are back online.',
    newPosts: (n) => (n === 1 ? '1 new post' : `${n} new posts`),
    newBadge: 'New',
    markRead: 'Mark as read',
    joined: 'You joined this channel.',
    left: 'You left this channel.',
    joinFailed: 'Could not join. Check your connection and try again.',
    pending: 'Your request is waiting for approval by an admin.',
    approved: 'Your request was approved.',
    members: (n) => (n === 1 ? '1 member' : `${n} members`),
    edited: 'Edited',
    deleted: 'Deleted',
    source: 'Source',
    credit: 'Credit:',
    breaking: 'Breaking',
    important: 'Important',
    selection: 'Selection',
    transfer: 'Move to another device',
    transferHelp: 'Open this link on your other device within 15 minutes. It works once, and that device will then read the same channels.',
    transferNoQr: 'This link is too long for a QR code: copy it instead.',
    transferFailed: 'Could not make a link. Join a channel first, or try again.',
    copy: 'Copy link',
    copied: 'Copied',
    close: 'Close',
    qrLabel: 'QR code of the link',
    unread: (n) => `${n} unread`,
  },
  fr: {
    live: 'En direct',
    connecting: 'Connexion…',
    reconnecting: 'Connexion perdue, reconnexion…',
    offline: 'Hors ligne : publications enregistrées. Les nouvelles arriveront dès le retour du réseau.',
    newPosts: (n) => (n === 1 ? '1 nouvelle publication' : `${n} nouvelles publications`),
    newBadge: 'Nouveau',
    markRead: 'Marquer comme lu',
    joined: 'Vous avez rejoint cette chaîne.',
    left: 'Vous avez quitté cette chaîne.',
    joinFailed: 'Impossible de rejoindre la chaîne. Vérifiez votre connexion et réessayez.',
    pending: 'Votre demande attend l’approbation d’un administrateur.',
    approved: 'Votre demande a été approuvée.',
    members: (n) => (n <= 1 ? `${n} membre` : `${n} membres`),
    edited: 'Modifié',
    deleted: 'Supprimé',
    source: 'Source',
    credit: 'Crédit :',
    breaking: 'Urgent',
    important: 'Important',
    selection: 'Sélection',
    transfer: 'Passer à un autre appareil',
    transferHelp: 'Ouvrez ce lien sur votre autre appareil dans les 15 minutes. Il ne sert qu’une fois, et cet appareil lira ensuite les mêmes chaînes.',
    transferNoQr: 'Ce lien est trop long pour un code QR : copiez-le.',
    transferFailed: 'Impossible de créer un lien. Rejoignez d’abord une chaîne, ou réessayez.',
    copy: 'Copier le lien',
    copied: 'Copié',
    close: 'Fermer',
    qrLabel: 'Code QR du lien',
    unread: (n) => `${n} non lu${n > 1 ? 's' : ''}`,
  },
};

export const lang = (document.documentElement.lang || 'en').startsWith('fr') ? 'fr' : 'en';

// The string for key; functions take their arguments (counts).
export function t(key, ...args) {
  const v = STRINGS[lang][key] ?? STRINGS.en[key] ?? key;
  return typeof v === 'function' ? v(...args) : v;
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
