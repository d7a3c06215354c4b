// The server's beheerpunt: while the server holds the embedded data directory, the command line's data
// commands (tafels importeer, audit, privacy overzicht, rapport, backup) run here, in this process, on
// its database, instead of opening the directory a second time. Local only: a Unix socket beside the
// data directory (mode 0600), or a loopback port when that path is too long, plus a random token in a
// 0600 file. See protocol.ts for the wire format.

import { randomBytes, timingSafeEqual } from 'node:crypto';
import { chmodSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { Writable } from 'node:stream';
import type { Omgeving } from '../config/omgeving.ts';
import type { Logboek } from '../logboek.ts';
import { ketenAudit } from '../services/auditvolgorde.ts';
import type { Diensten } from '../services/context.ts';
import type { Database } from '../store/database.ts';
import { leesHouder } from '../store/datalock.ts';
import { STANDAARDTAAL } from '../taal/taal.ts';
import { tekst } from '../taal/tekst.ts';
import { voerGegevensOpdrachtUit } from './opdrachten.ts';
import {
  antwoordSchema,
  type Eindpunt,
  eindpuntPad,
  leesRegels,
  MAX_SOCKETPAD,
  type ServerBericht,
  socketPad,
  verzoekSchema,
} from './protocol.ts';
import type { Bestanden, Werkplek } from './werkplek.ts';

export interface Beheerpunt {
  stop(): Promise<void>;
}

const GEEN: Beheerpunt = { stop: async () => {} };

const leesJson = (tekst: string): unknown => {
  try {
    return JSON.parse(tekst);
  } catch {
    return undefined;
  }
};

const gelijk = (a: string, b: string) =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/** Starts the beheerpunt when this process holds an embedded data directory; otherwise does nothing. */
export async function startBeheerpunt(
  omgeving: Omgeving,
  db: Database,
  d: Diensten,
  log: Logboek,
): Promise<Beheerpunt> {
  if (db.soort !== 'pglite' || omgeving.DATABASE_URL) return GEEN;
  const map = path.resolve(omgeving.MAATWERKBOT_DATA_DIR);
  const houder = leesHouder(map);
  if (houder?.pid !== process.pid) return GEEN;
  const token = randomBytes(32).toString('hex');
  const lopend = new Set<Promise<void>>();
  const verbindingen = new Set<net.Socket>();

  const server = net.createServer((socket) => {
    verbindingen.add(socket);
    socket.once('close', () => verbindingen.delete(socket));
    socket.on('error', () => {});
    const klus = behandel(socket, token, db, d, log).catch((fout: unknown) => {
      log.error({ err: { naam: (fout as Error)?.name } }, 'beheeropdracht mislukt');
      socket.destroy();
    });
    lopend.add(klus);
    void klus.finally(() => lopend.delete(klus));
  });
  const sock = socketPad(map);
  const eindpunt: Eindpunt = { pid: process.pid, nonce: houder.nonce, token };
  if (Buffer.byteLength(sock) <= MAX_SOCKETPAD) {
    // Left by a process killed with -9; we hold the lock, so it is nobody's.
    rmSync(sock, { force: true });
    await new Promise<void>((klaar, faal) => server.once('error', faal).listen(sock, klaar));
    chmodSync(sock, 0o600);
    eindpunt.socket = sock;
  } else {
    await new Promise<void>((klaar, faal) => server.once('error', faal).listen(0, '127.0.0.1', klaar));
    eindpunt.poort = (server.address() as net.AddressInfo).port;
  }
  const bestand = eindpuntPad(map);
  writeFileSync(`${bestand}.nieuw`, `${JSON.stringify(eindpunt)}\n`, { mode: 0o600 });
  renameSync(`${bestand}.nieuw`, bestand);
  log.info(
    { beheerpunt: eindpunt.socket ?? `127.0.0.1:${eindpunt.poort}` },
    'beheerpunt voor de opdrachtregel gereed',
  );

  return {
    async stop() {
      await new Promise<void>((klaar) => server.close(() => klaar()));
      for (const s of verbindingen) s.destroy();
      await Promise.allSettled([...lopend]);
      try {
        // Only our own: a later server on the same directory may have written its own already.
        if (JSON.parse(readFileSync(bestand, 'utf8')).token === token) rmSync(bestand, { force: true });
      } catch {}
      if (eindpunt.socket) rmSync(eindpunt.socket, { force: true });
    },
  };
}

async function behandel(socket: net.Socket, token: string, db: Database, d: Diensten, log: Logboek) {
  const stuur = (b: ServerBericht) => {
    if (!socket.destroyed) socket.write(`${JSON.stringify(b)}\n`);
  };
  const vragen = new Map<number, { klaar: (data?: Buffer) => void; faal: (fout: Error) => void }>();
  let volgende = 0;
  let eerste: ((regel: string | null) => void) | undefined;
  const eersteRegel = new Promise<string | null>((klaar) => {
    eerste = klaar;
  });
  leesRegels(
    socket,
    64_000_000,
    (regel) => {
      if (eerste) {
        eerste(regel);
        eerste = undefined;
        return;
      }
      const a = antwoordSchema.safeParse(leesJson(regel));
      if (!a.success) return void socket.destroy();
      const v = vragen.get(a.data.antwoord);
      vragen.delete(a.data.antwoord);
      if ('fout' in a.data) v?.faal(new Error(a.data.fout));
      else v?.klaar(a.data.data === undefined ? undefined : Buffer.from(a.data.data, 'base64'));
    },
    () => {
      eerste?.(null);
      for (const v of vragen.values()) v.faal(new Error('De opdrachtregel heeft de verbinding verbroken.'));
      vragen.clear();
    },
  );
  const regel = await eersteRegel;
  const verzoek = verzoekSchema.safeParse(regel === null ? undefined : leesJson(regel));
  if (!verzoek.success || !gelijk(verzoek.data.token, token)) {
    log.warn('beheerpunt: verzoek met een onjuist token geweigerd');
    stuur({ geweigerd: 'Het beheerpunt van de server weigert dit verzoek: onjuist token.' });
    socket.end();
    return;
  }
  const vraag = (bericht: Record<string, unknown>) =>
    new Promise<Buffer | undefined>((klaar, faal) => {
      if (socket.destroyed) return faal(new Error('De opdrachtregel heeft de verbinding verbroken.'));
      const id = ++volgende;
      vragen.set(id, { klaar, faal });
      stuur({ vraag: id, ...bericht } as ServerBericht);
    });
  const bestanden: Bestanden = {
    lees: async (naam) => (await vraag({ lees: naam })) ?? Buffer.alloc(0),
    schrijf: async (naam, inhoud) =>
      void (await vraag({ schrijf: naam, data: Buffer.from(inhoud).toString('base64') })),
    async open(naam) {
      const handvat = volgende + 1;
      await vraag({ open: naam });
      return {
        schrijf: async (stuk) =>
          void (await vraag({ stuk: handvat, data: Buffer.from(stuk).toString('base64') })),
        sluit: async () => void (await vraag({ sluit: handvat })),
        breekAf: async () => void (await vraag({ breekAf: handvat })),
      };
    },
  };
  const stroom = (soort: 'uit' | 'fout') =>
    new Writable({
      write(stuk: Buffer, _codering, klaar) {
        stuur(soort === 'uit' ? { uit: stuk.toString('base64') } : { fout: stuk.toString('base64') });
        klaar();
      },
    });
  const w: Werkplek = {
    uit: stroom('uit'),
    fout: stroom('fout'),
    bestanden,
    inServer: true,
    taal: verzoek.data.taal ?? STANDAARDTAAL,
    // Like the same command without a server: its own audit events are chained when it returns (the
    // sequencer would within a tick; the two take turns on the chain's head).
    async metDatabase(werk, opties = {}) {
      const uitkomst = await werk(db, d);
      if (opties.keten) await ketenAudit(d);
      return uitkomst;
    },
  };
  // The command's name for the log; its arguments (file names, dates) stay out.
  const [eerst, tweede] = verzoek.data.argv;
  const opdracht = ['tafels', 'audit', 'privacy'].includes(eerst ?? '') ? `${eerst} ${tweede}` : eerst;
  const begin = performance.now();
  let code: number;
  try {
    code = await voerGegevensOpdrachtUit(verzoek.data.argv, w);
  } catch (fout) {
    // A bug, not a refusal: the command line hears that much; the log gets the kind, never data.
    log.error({ opdracht, err: { naam: (fout as Error)?.name } }, 'beheeropdracht mislukt');
    const melding = String((fout as Error)?.message ?? fout);
    w.fout.write(`${tekst(w.taal, 'cli.beheerpunt.interne_fout', { melding })}\n`);
    code = 1;
  }
  log.info({ opdracht, code, ms: Math.round(performance.now() - begin) }, 'beheeropdracht');
  stuur({ code });
  socket.end();
}
