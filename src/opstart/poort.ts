// The HTTP port, bound first: a port in use is found before migrations, jobs or any message ran. Until
// the server is ready, every request gets a 503 that says so (load balancers and Slack retry those).
import http from 'node:http';
import type { Duplex } from 'node:stream';
import { zin } from '../taal/tekst.ts';
import { AFSLUITCODE, OpstartFout } from './afsluitcodes.ts';

export interface GebondenPoort {
  server: http.Server;
  /** The port actually bound (PORT=0 picks a free one). */
  poort: number;
  /** From now on requests go to `verwerk`. */
  open(verwerk: http.RequestListener): void;
  sluit(): Promise<void>;
}

function nogNietGereed(_req: http.IncomingMessage, res: http.ServerResponse) {
  res.writeHead(503, { 'content-type': 'application/json; charset=utf-8', 'retry-after': '5' });
  res.end(JSON.stringify({ fout: 'De server start nog; probeer het zo opnieuw.' }));
}

function alsPoortFout(fout: unknown, poort: number, host: string): OpstartFout {
  const code = (fout as NodeJS.ErrnoException)?.code;
  const waar = { poort: String(poort), host };
  const melding =
    code === 'EADDRINUSE'
      ? zin('cli.opstart.poort_in_gebruik', waar)
      : code === 'EACCES'
        ? zin('cli.opstart.poort_geen_toestemming', waar)
        : code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND' || code === 'EAI_AGAIN'
          ? zin('cli.opstart.host_onbekend', waar)
          : zin('cli.opstart.poort_mislukt', {
              ...waar,
              foutcode: code ?? (fout as Error)?.name ?? 'onbekend',
            });
  return new OpstartFout(AFSLUITCODE.poort, melding, { cause: fout });
}

/**
 * What Node would answer a request it cannot parse (a broken request line, headers over 16 kB), in our
 * shape: JSON with a Dutch reason. Node then closes the connection.
 */
function onleesbaar(fout: NodeJS.ErrnoException, socket: Duplex) {
  if (!socket.writable || (fout.code === 'ECONNRESET' && !socket.readable)) return socket.destroy();
  const [status, tekst, reden] =
    fout.code === 'HPE_HEADER_OVERFLOW'
      ? [431, 'Request Header Fields Too Large', 'Kopregels of adres te groot.']
      : [400, 'Bad Request', 'Onleesbaar HTTP-verzoek.'];
  const body = JSON.stringify({ fout: reden });
  socket.end(
    `HTTP/1.1 ${status} ${tekst}\r\ncontent-type: application/json; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
  );
}

export async function bindPoort(poort: number, host: string): Promise<GebondenPoort> {
  let verwerk: http.RequestListener = nogNietGereed;
  const server = http.createServer((req, res) => verwerk(req, res));
  server.on('clientError', onleesbaar);
  await new Promise<void>((gelukt, mislukt) => {
    server.once('error', mislukt);
    server.listen(poort, host, () => {
      server.off('error', mislukt);
      gelukt();
    });
  }).catch((fout: unknown) => {
    throw alsPoortFout(fout, poort, host);
  });
  const adres = server.address();
  return {
    server,
    poort: typeof adres === 'object' && adres ? adres.port : poort,
    open(nieuw) {
      verwerk = nieuw;
    },
    sluit: () =>
      new Promise<void>((klaar) => {
        server.close(() => klaar());
        // Keep-alive connections would hold close() open until they time out.
        server.closeIdleConnections();
      }),
  };
}
