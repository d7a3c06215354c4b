// A signed Slack interaction sent to a local server, as the benches that measure Slack's ack send it.
import http from 'node:http';
import { onderteken } from '../test/slack/helpers.ts';

// Enough sockets that a slow server, not the client's pool, decides the latency.
export const agent = new http.Agent({ keepAlive: true, maxSockets: 4096 });

/** POSTs a form-encoded body to /slack/events; status 0 when the connection failed. */
export function post(poort: number, body: string): Promise<{ status: number; tekst: string }> {
  return new Promise((klaar) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: poort,
        path: '/slack/events',
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'content-length': Buffer.byteLength(body),
          ...onderteken(body),
        },
      },
      (res) => {
        let tekst = '';
        res.setEncoding('utf8');
        res.on('data', (deel) => {
          tekst += deel;
        });
        res.on('end', () => klaar({ status: res.statusCode ?? 0, tekst }));
      },
    );
    req.on('error', () => klaar({ status: 0, tekst: '' }));
    req.end(body);
  });
}
