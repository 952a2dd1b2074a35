// A bare SMTP client over node:net (no mail library), to check the SMTP
// harness with a sender that shares no code with it.
import net from 'node:net';

// Sends one message. raw: the message (CRLF lines, dot-stuffed here).
// Returns the server's replies, one per command; rejects on a 4xx/5xx.
export function smtpSend({ port, from, to, raw, user, pass, timeout = 5000 }) {
  return new Promise((resolve, reject) => {
    const sock = net.connect(port, '127.0.0.1');
    const replies = [];
    const cmds = ['EHLO client.example'];
    if (user !== undefined) cmds.push('AUTH PLAIN ' + Buffer.from(`\0${user}\0${pass}`).toString('base64'));
    cmds.push(`MAIL FROM:<${from}>`, ...to.map(t => `RCPT TO:<${t}>`), 'DATA',
      raw.replace(/\r?\n/g, '\r\n').replace(/^\./gm, '..') + '\r\n.', 'QUIT');
    let buf = '';
    const t = setTimeout(() => { sock.destroy(); reject(new Error('smtp client timeout')); }, timeout);
    sock.on('error', e => { clearTimeout(t); reject(e); });
    sock.on('data', d => {
      buf += d;
      for (;;) {
        // A reply ends with a line "NNN text" (no dash after the code).
        const m = /(^|\r\n)(\d{3}) [^\r\n]*\r\n/.exec(buf);
        if (!m) return;
        const reply = buf.slice(0, m.index + m[0].length);
        buf = buf.slice(m.index + m[0].length);
        replies.push(reply.trim());
        const code = Number(m[2]);
        if (code >= 400) { clearTimeout(t); sock.destroy(); reject(new Error('smtp: ' + reply.trim())); return; }
        const next = cmds.shift();
        if (next === undefined) { clearTimeout(t); sock.end(); resolve(replies); return; }
        sock.write(next + '\r\n');
      }
    });
  });
}
