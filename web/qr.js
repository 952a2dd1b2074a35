// qr: a small QR Code encoder (ISO/IEC 18004), written for the "move to
// another device" link: byte mode, error correction level M, versions 1 to 10
// (up to 213 bytes of UTF-8). qrEncode gives the module matrix; qrSvg draws
// it as an SVG element built through the DOM (no inline style, CSP-safe).

// Per version, level M: [EC codewords per block, blocks in group 1, data
// codewords per group-1 block, blocks in group 2, data codewords per group-2 block].
const EC_M = [
  null,
  [10, 1, 16, 0, 0],
  [16, 1, 28, 0, 0],
  [26, 1, 44, 0, 0],
  [18, 2, 32, 0, 0],
  [24, 2, 43, 0, 0],
  [16, 4, 27, 0, 0],
  [18, 4, 31, 0, 0],
  [22, 2, 38, 2, 39],
  [22, 3, 36, 2, 37],
  [26, 4, 43, 1, 44],
];
const ALIGN = [null, [], [6, 18], [6, 22], [6, 26], [6, 30], [6, 34],
  [6, 22, 38], [6, 24, 42], [6, 26, 46], [6, 28, 50]];
export const QR_MAX_VERSION = 10;

// GF(256) with the QR polynomial x^8 + x^4 + x^3 + x^2 + 1.
const EXP = new Uint8Array(512);
const LOG = new Uint8Array(256);
{
  let x = 1;
  for (let i = 0; i < 255; i++) {
    EXP[i] = x;
    LOG[x] = i;
    x <<= 1;
    if (x & 0x100) x ^= 0x11d;
  }
  for (let i = 255; i < 512; i++) EXP[i] = EXP[i - 255];
}
const gmul = (a, b) => (a && b ? EXP[LOG[a] + LOG[b]] : 0);

// The Reed-Solomon generator of degree n, highest coefficient first.
function rsGenerator(n) {
  let g = [1];
  for (let i = 0; i < n; i++) {
    const next = new Array(g.length + 1).fill(0);
    for (let j = 0; j < g.length; j++) {
      next[j] ^= g[j];
      next[j + 1] ^= gmul(g[j], EXP[i]);
    }
    g = next;
  }
  return g;
}

function rsRemainder(data, gen) {
  const n = gen.length - 1;
  const rem = new Array(n).fill(0);
  for (const b of data) {
    const f = b ^ rem.shift();
    rem.push(0);
    for (let i = 0; i < n; i++) rem[i] ^= gmul(gen[i + 1], f);
  }
  return rem;
}

// The final codeword sequence (data, then EC, interleaved across blocks).
function codewords(bytes, ver) {
  const [ec, b1, d1, b2, d2] = EC_M[ver];
  const dataCw = b1 * d1 + b2 * d2;
  const bits = [];
  const put = (v, n) => { for (let i = n - 1; i >= 0; i--) bits.push((v >>> i) & 1); };
  put(0b0100, 4); // byte mode
  put(bytes.length, ver < 10 ? 8 : 16);
  for (const b of bytes) put(b, 8);
  put(0, Math.min(4, dataCw * 8 - bits.length)); // terminator
  while (bits.length % 8) bits.push(0);
  const data = [];
  for (let i = 0; i < bits.length; i += 8) {
    let b = 0;
    for (let j = 0; j < 8; j++) b = (b << 1) | bits[i + j];
    data.push(b);
  }
  for (let pad = 0xec; data.length < dataCw; pad ^= 0xec ^ 0x11) data.push(pad);

  const gen = rsGenerator(ec);
  const blocks = [];
  let k = 0;
  for (let i = 0; i < b1 + b2; i++) {
    const d = data.slice(k, k + (i < b1 ? d1 : d2));
    k += d.length;
    blocks.push({ d, e: rsRemainder(d, gen) });
  }
  const out = [];
  for (let i = 0; i < Math.max(d1, d2); i++) for (const b of blocks) if (i < b.d.length) out.push(b.d[i]);
  for (let i = 0; i < ec; i++) for (const b of blocks) out.push(b.e[i]);
  return out;
}

const MASKS = [
  (x, y) => (x + y) % 2 === 0,
  (x, y) => y % 2 === 0,
  (x) => x % 3 === 0,
  (x, y) => (x + y) % 3 === 0,
  (x, y) => (Math.floor(x / 3) + Math.floor(y / 2)) % 2 === 0,
  (x, y) => ((x * y) % 2) + ((x * y) % 3) === 0,
  (x, y) => (((x * y) % 2) + ((x * y) % 3)) % 2 === 0,
  (x, y) => (((x + y) % 2) + ((x * y) % 3)) % 2 === 0,
];

class Matrix {
  constructor(ver) {
    this.ver = ver;
    this.size = 17 + 4 * ver;
    this.dark = new Uint8Array(this.size * this.size);
    this.fn = new Uint8Array(this.size * this.size);
  }
  get(x, y) { return this.dark[y * this.size + x] === 1; }
  setFn(x, y, dark) {
    this.dark[y * this.size + x] = dark ? 1 : 0;
    this.fn[y * this.size + x] = 1;
  }

  drawPatterns() {
    const s = this.size;
    for (let i = 0; i < s; i++) {
      this.setFn(6, i, i % 2 === 0);
      this.setFn(i, 6, i % 2 === 0);
    }
    for (const [cx, cy] of [[3, 3], [s - 4, 3], [3, s - 4]]) {
      for (let dy = -4; dy <= 4; dy++) {
        for (let dx = -4; dx <= 4; dx++) {
          const x = cx + dx, y = cy + dy;
          if (x < 0 || y < 0 || x >= s || y >= s) continue;
          const d = Math.max(Math.abs(dx), Math.abs(dy));
          this.setFn(x, y, d !== 2 && d !== 4);
        }
      }
    }
    const al = ALIGN[this.ver];
    for (let i = 0; i < al.length; i++) {
      for (let j = 0; j < al.length; j++) {
        const last = al.length - 1;
        if ((i === 0 && j === 0) || (i === 0 && j === last) || (i === last && j === 0)) continue;
        for (let dy = -2; dy <= 2; dy++) {
          for (let dx = -2; dx <= 2; dx++) this.setFn(al[i] + dx, al[j] + dy, Math.max(Math.abs(dx), Math.abs(dy)) !== 1);
        }
      }
    }
    this.drawFormat(0); // reserve the format areas; redrawn per mask
    if (this.ver >= 7) {
      let rem = this.ver;
      for (let i = 0; i < 12; i++) rem = (rem << 1) ^ ((rem >>> 11) * 0x1f25);
      const bits = (this.ver << 12) | rem;
      for (let i = 0; i < 18; i++) {
        const dark = ((bits >>> i) & 1) === 1;
        const a = s - 11 + (i % 3), b = Math.floor(i / 3);
        this.setFn(a, b, dark);
        this.setFn(b, a, dark);
      }
    }
  }

  drawFormat(mask) {
    const s = this.size;
    const data = (0b00 << 3) | mask; // level M is 00
    let rem = data;
    for (let i = 0; i < 10; i++) rem = (rem << 1) ^ ((rem >>> 9) * 0x537);
    const bits = ((data << 10) | rem) ^ 0x5412;
    const bit = (i) => ((bits >>> i) & 1) === 1;
    for (let i = 0; i <= 5; i++) this.setFn(8, i, bit(i));
    this.setFn(8, 7, bit(6));
    this.setFn(8, 8, bit(7));
    this.setFn(7, 8, bit(8));
    for (let i = 9; i < 15; i++) this.setFn(14 - i, 8, bit(i));
    for (let i = 0; i < 8; i++) this.setFn(s - 1 - i, 8, bit(i));
    for (let i = 8; i < 15; i++) this.setFn(8, s - 15 + i, bit(i));
    this.setFn(8, s - 8, true); // the dark module
  }

  drawData(cw) {
    const s = this.size;
    let i = 0;
    for (let right = s - 1; right >= 1; right -= 2) {
      if (right === 6) right = 5;
      const upward = ((right + 1) & 2) === 0;
      for (let v = 0; v < s; v++) {
        const y = upward ? s - 1 - v : v;
        for (let j = 0; j < 2; j++) {
          const x = right - j;
          if (this.fn[y * s + x]) continue;
          // Past the last codeword come the remainder bits, which are 0.
          this.dark[y * s + x] = i < cw.length * 8 ? (cw[i >>> 3] >>> (7 - (i & 7))) & 1 : 0;
          i++;
        }
      }
    }
  }

  applyMask(m) {
    const s = this.size, f = MASKS[m];
    for (let y = 0; y < s; y++) {
      for (let x = 0; x < s; x++) if (!this.fn[y * s + x] && f(x, y)) this.dark[y * s + x] ^= 1;
    }
  }

  penalty() {
    const s = this.size, at = (x, y) => this.dark[y * s + x];
    let p = 0;
    const finder = [1, 0, 1, 1, 1, 0, 1];
    for (let pass = 0; pass < 2; pass++) {
      for (let a = 0; a < s; a++) {
        const line = [];
        for (let b = 0; b < s; b++) line.push(pass ? at(a, b) : at(b, a));
        let run = 1;
        for (let b = 1; b <= s; b++) {
          if (b < s && line[b] === line[b - 1]) { run++; continue; }
          if (run >= 5) p += 3 + run - 5;
          run = 1;
        }
        // A finder-like 1:1:3:1:1 with four light modules on one side.
        for (let b = 0; b + 7 <= s; b++) {
          if (!finder.every((v, k) => line[b + k] === v)) continue;
          const lightBefore = [1, 2, 3, 4].every((k) => b - k < 0 || line[b - k] === 0);
          const lightAfter = [0, 1, 2, 3].every((k) => b + 7 + k >= s || line[b + 7 + k] === 0);
          if (lightBefore || lightAfter) p += 40;
        }
      }
    }
    let dark = 0;
    for (let y = 0; y < s; y++) {
      for (let x = 0; x < s; x++) {
        dark += at(x, y);
        if (x + 1 < s && y + 1 < s) {
          const c = at(x, y);
          if (c === at(x + 1, y) && c === at(x, y + 1) && c === at(x + 1, y + 1)) p += 3;
        }
      }
    }
    const total = s * s;
    p += 10 * Math.max(0, Math.ceil(Math.abs(dark * 20 - total * 10) / total) - 1);
    return p;
  }
}

// The QR matrix of text: {size, version, get(x, y)} (true = dark), or null
// when text does not fit in version 10.
export function qrEncode(text) {
  const bytes = new TextEncoder().encode(text);
  let ver = 0;
  for (let v = 1; v <= QR_MAX_VERSION && !ver; v++) {
    const [, b1, d1, b2, d2] = EC_M[v];
    if (4 + (v < 10 ? 8 : 16) + 8 * bytes.length <= (b1 * d1 + b2 * d2) * 8) ver = v;
  }
  if (!ver) return null;
  const cw = codewords(bytes, ver);
  let best = null, bestScore = Infinity;
  for (let m = 0; m < 8; m++) {
    const mx = new Matrix(ver);
    mx.drawPatterns();
    mx.drawData(cw);
    mx.applyMask(m);
    mx.drawFormat(m);
    const score = mx.penalty();
    if (score < bestScore) { best = mx; bestScore = score; }
  }
  return { size: best.size, version: ver, get: (x, y) => best.get(x, y) };
}

// An <svg> element showing the QR code of text with a 4-module quiet zone,
// or null when it does not fit. label names it for assistive technology.
export function qrSvg(text, label) {
  const qr = qrEncode(text);
  if (!qr) return null;
  const NS = 'http://www.w3.org/2000/svg';
  const n = qr.size + 8;
  const svg = document.createElementNS(NS, 'svg');
  svg.setAttribute('viewBox', `0 0 ${n} ${n}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  svg.setAttribute('shape-rendering', 'crispEdges');
  svg.classList.add('qr');
  const bg = document.createElementNS(NS, 'rect');
  bg.setAttribute('width', String(n));
  bg.setAttribute('height', String(n));
  bg.setAttribute('fill', '#ffffff');
  svg.append(bg);
  let d = '';
  for (let y = 0; y < qr.size; y++) {
    for (let x = 0; x < qr.size; x++) if (qr.get(x, y)) d += `M${x + 4} ${y + 4}h1v1h-1z`;
  }
  const path = document.createElementNS(NS, 'path');
  path.setAttribute('d', d);
  path.setAttribute('fill', '#000000');
  svg.append(path);
  return svg;
}
