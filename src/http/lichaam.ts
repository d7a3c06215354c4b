// Reading a request body with a size limit, and refusing in the one shape every endpoint uses:
// JSON `{ fout: "…" }` in Dutch. A body over the limit is still read to its end (up to a hard cap) and
// thrown away, so the client reliably gets the 413 instead of a connection reset halfway its upload.
import type { IncomingMessage, ServerResponse } from 'node:http';

/** Beyond this many bytes a client that keeps sending is cut off instead of drained. */
const AFKAPPEN_NA = 16 * 1024 * 1024;

export type Lichaam = { ok: true; ruw: Buffer } | { ok: false; status: 400 | 413; fout: string };

export async function leesLichaam(req: IncomingMessage, maxBytes: number): Promise<Lichaam> {
  const teGroot = {
    ok: false as const,
    status: 413 as const,
    fout: `Verzoek te groot: hooguit ${Math.floor(maxBytes / 1024)} kB.`,
  };
  const delen: Buffer[] = [];
  let totaal = 0;
  try {
    for await (const deel of req) {
      const buf = deel as Buffer;
      totaal += buf.length;
      if (totaal > AFKAPPEN_NA) {
        req.destroy();
        return teGroot;
      }
      if (totaal <= maxBytes) delen.push(buf);
    }
  } catch {
    // The client went away mid-body: nobody is left to read the answer, but say what happened.
    return { ok: false, status: 400, fout: 'Verzoek afgebroken voordat het compleet was.' };
  }
  return totaal > maxBytes ? teGroot : { ok: true, ruw: Buffer.concat(delen) };
}

export function weigerVerzoek(
  res: ServerResponse,
  status: number,
  fout: string,
  kop: Record<string, string> = {},
): void {
  if (res.headersSent) {
    res.end();
    return;
  }
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    ...kop,
  });
  res.end(JSON.stringify({ fout }));
}

/** The media type of a request without its parameters (`; charset=utf-8`), lower case. */
export function mediatype(req: IncomingMessage): string {
  return (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
}
