// bench/flood.mjs: one role of bench/flood.sh (docs: bench/README.md, "One client's flood of reads").
//   node bench/flood.mjs reads PORT SLUG K SECONDS   K keep-alive connections from 127.0.0.2, each
//                                                    looping on GET .../events?after=0 (a catch-up page)
//   node bench/flood.mjs churn PORT SLUG K SECONDS   K loops from 127.0.0.2, each opening an SSE stream
//                                                    with Last-Event-ID: 0, reading 1 KB, dropping it
//   node bench/flood.mjs writes PORT SLUG K SECONDS  K keep-alive connections from 127.0.0.2, each
//                                                    looping on POST .../posts with a made-up token (401)
//   node bench/flood.mjs publish PORT SLUG TOKEN SECONDS   one publish every 100 ms, alone in its
//                                                    process; prints the acknowledgement's percentiles
//   node bench/flood.mjs seed PORT SLUG TOKEN N      publishes N posts of about 1 KB first
// Prints one line: "RESULT role=... count=... per_s=..." (publish: p50_ms, p99_ms, max_ms).
import http from 'node:http';
import net from 'node:net';
import { randomBytes } from 'node:crypto';

const [role, port, slug] = [process.argv[2], Number(process.argv[3]), process.argv[4]];
const FROM = '127.0.0.2';

// K loops, each awaiting one() again and again, for secs; prints how many one() ended well (true).
async function flood(role, k, secs, one) {
  let n = 0, stop = false;
  const loops = Array.from({ length: k }, async () => { while (!stop) if (await one()) n++; });
  await new Promise(r => setTimeout(r, secs * 1000));
  stop = true;
  await Promise.all(loops);
  console.log(`RESULT role=${role} k=${k} count=${n} per_s=${(n / secs).toFixed(0)}`);
}

function reads(k, secs) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: k, localAddress: FROM });
  return flood('reads', k, secs, () => new Promise(res => {
    const r = http.get({ host: '127.0.0.1', port, path: `/api/v1/channels/${slug}/events?after=0`, agent },
      resp => { resp.on('data', () => {}); resp.on('end', () => res(resp.statusCode === 200)); });
    r.on('error', () => setTimeout(() => res(false), 10));
  }));
}

function churn(k, secs) {
  return flood('churn', k, secs, () => new Promise(res => {
    const s = net.connect({ host: '127.0.0.1', port, localAddress: FROM });
    let got = 0;
    s.on('connect', () => s.write(`GET /${slug}/events HTTP/1.1\r\nHost: x\r\nLast-Event-ID: 0\r\n\r\n`));
    s.on('data', d => { got += d.length; if (got > 1000) s.destroy(); });
    s.on('close', () => res(got > 0));
    s.on('error', () => {});
    setTimeout(() => s.destroy(), 2000);
  }));
}

function writes(k, secs) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: k, localAddress: FROM });
  const body = JSON.stringify({ title: 'Faux', body: 'Une dépêche que personne n’a signée.' });
  return flood('writes', k, secs, () => new Promise(res => {
    const token = 'crier_' + randomBytes(32).toString('hex');
    const r = http.request({ host: '127.0.0.1', port, method: 'POST', path: `/api/v1/channels/${slug}/posts`,
      agent, headers: { authorization: 'Bearer ' + token, 'content-type': 'application/json',
        'content-length': Buffer.byteLength(body) } },
      resp => { resp.on('data', () => {}); resp.on('end', () => res(resp.statusCode === 401)); });
    r.on('error', () => setTimeout(() => res(false), 10));
    r.end(body);
  }));
}

async function publish(token, secs) {
  const lat = [];
  const end = Date.now() + secs * 1000;
  while (Date.now() < end) {
    const t = performance.now();
    const r = await fetch(`http://127.0.0.1:${port}/api/v1/channels/${slug}/posts`, {
      method: 'POST',
      headers: { authorization: 'Bearer ' + token, 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Flash', body: 'Une dépêche pendant la cohue.' }),
    });
    await r.text();
    if (r.status !== 201) throw new Error('publish: ' + r.status);
    lat.push(performance.now() - t);
    await new Promise(res => setTimeout(res, 100));
  }
  lat.sort((a, b) => a - b);
  const pct = q => lat[Math.min(lat.length - 1, Math.floor(lat.length * q))].toFixed(1);
  console.log(`RESULT role=publish count=${lat.length} p50_ms=${pct(0.5)} p99_ms=${pct(0.99)} max_ms=${lat[lat.length - 1].toFixed(1)}`);
}

async function seed(token, n) {
  for (let i = 0; i < n; i++) {
    const r = await fetch(`http://127.0.0.1:${port}/api/v1/channels/${slug}/posts`, {
      method: 'POST',
      headers: { authorization: 'Bearer ' + token, 'content-type': 'application/json' },
      body: JSON.stringify({ title: `Dépêche ${i}`, body: 'Le conseil a voté « à l’unanimité ». '.repeat(28) }),
    });
    await r.text();
    if (r.status !== 201) throw new Error('seed: ' + r.status);
  }
  console.log(`RESULT role=seed count=${n}`);
}

if (role === 'seed') await seed(process.argv[5], Number(process.argv[6]));
else if (role === 'reads') await reads(Number(process.argv[5]), Number(process.argv[6]));
else if (role === 'writes') await writes(Number(process.argv[5]), Number(process.argv[6]));
else if (role === 'churn') await churn(Number(process.argv[5]), Number(process.argv[6]));
else if (role === 'publish') await publish(process.argv[5], Number(process.argv[6]));
else { console.error('usage: see the head of bench/flood.mjs'); process.exit(2); }
process.exit(0);
