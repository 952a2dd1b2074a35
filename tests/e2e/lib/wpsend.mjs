// Sends a request made by the web-push package (generateRequestDetails) over
// a transport web-push itself does not speak: plain HTTP/1.1 or HTTP/2. Used to
// check the push service harness against an independent sender.
import http from 'node:http';
import http2 from 'node:http2';

// details: web-push's {endpoint, method, headers, body}. Returns {status, headers}.
export function sendDetails(details, { h2 = false, timeout = 5000 } = {}) {
  const u = new URL(details.endpoint);
  const headers = {};
  for (const [k, v] of Object.entries(details.headers)) headers[k.toLowerCase()] = String(v);
  if (!h2) {
    return new Promise((res, rej) => {
      const req = http.request({ host: u.hostname, port: u.port, path: u.pathname, method: details.method, headers, timeout }, r => {
        r.resume();
        r.on('end', () => res({ status: r.statusCode, headers: r.headers }));
      });
      req.on('error', rej);
      req.on('timeout', () => req.destroy(new Error('timeout')));
      req.end(details.body || undefined);
    });
  }
  return new Promise((res, rej) => {
    const sess = http2.connect(u.origin, { rejectUnauthorized: false });
    sess.on('error', rej);
    delete headers['content-length'];
    const req = sess.request({ ':method': details.method, ':path': u.pathname, ...headers });
    req.setTimeout(timeout, () => req.close());
    let head;
    req.on('response', h => { head = h; });
    req.resume();
    req.on('end', () => { sess.close(); res({ status: head && head[':status'], headers: head }); });
    req.on('error', e => { sess.close(); rej(e); });
    req.end(details.body || undefined);
  });
}
