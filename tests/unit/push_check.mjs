// The independent side of test_ece and test_vapid: the npm packages
// http_ece (Web Push encryption) and jose (JWT) check what the C code made,
// and make what it must open. Binary arguments and output are base64url.
//   node push_check.mjs decrypt <ua_private> <auth> <body>     -> plaintext
//   node push_check.mjs encrypt <ua_public> <auth> <plain> [rs] -> body
//   node push_check.mjs jwt <jwt> <public point>  -> {"header":..,"payload":..}
// Exits 1 with the reason on stderr when a check fails.
import crypto from 'node:crypto';
import ece from 'http_ece';
import { importJWK, jwtVerify } from 'jose';

const b = (s) => Buffer.from(s, 'base64url');
const [cmd, ...args] = process.argv.slice(2);

async function main() {
  if (cmd === 'decrypt') {
    const [priv, auth, body] = args;
    const ua = crypto.createECDH('prime256v1');
    ua.setPrivateKey(b(priv));
    const plain = ece.decrypt(b(body), { version: 'aes128gcm', privateKey: ua, authSecret: auth });
    return plain.toString('base64url');
  }
  if (cmd === 'encrypt') {
    const [pub, auth, plain, rs] = args;
    const as = crypto.createECDH('prime256v1');
    as.generateKeys();
    const params = { version: 'aes128gcm', privateKey: as, dh: pub, authSecret: auth };
    if (rs) params.rs = rs;
    return ece.encrypt(b(plain), params).toString('base64url');
  }
  if (cmd === 'jwt') {
    const [jwt, pub] = args;
    const p = b(pub);
    if (p.length !== 65 || p[0] !== 4) throw new Error('not an uncompressed P-256 point');
    const jwk = {
      kty: 'EC',
      crv: 'P-256',
      x: p.subarray(1, 33).toString('base64url'),
      y: p.subarray(33).toString('base64url'),
    };
    const key = await importJWK(jwk, 'ES256');
    const { payload, protectedHeader } = await jwtVerify(jwt, key, { algorithms: ['ES256'] });
    return JSON.stringify({ header: protectedHeader, payload });
  }
  throw new Error(`unknown command ${cmd}`);
}

main().then(
  (out) => process.stdout.write(out + '\n'),
  (err) => {
    process.stderr.write(`push_check: ${err.message}\n`);
    process.exit(1);
  },
);
