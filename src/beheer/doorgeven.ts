// The command line's side of the beheerpunt: when a live server holds the embedded data directory, a
// data command goes to that server instead of opening the directory a second time (which would destroy
// it). Output, files and the exit code come back as if the command had run here.
import { readFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { leesOmgeving, type Omgeving } from '../config/omgeving.ts';
import { beoordeel, leesHouder } from '../store/datalock.ts';
import { STANDAARDTAAL, type Taal } from '../taal/taal.ts';
import { tekst } from '../taal/tekst.ts';
import { VIA_SERVER } from './opdrachten.ts';
import {
  type Antwoord,
  type Eindpunt,
  eindpuntPad,
  eindpuntSchema,
  leesRegels,
  type ServerBericht,
  serverBerichtSchema,
} from './protocol.ts';
import { lokaleBestanden, type Schrijver } from './werkplek.ts';

const leesJson = (tekst: string): unknown => {
  try {
    return JSON.parse(tekst);
  } catch {
    return undefined;
  }
};

type Lezing = { eindpunt: Eindpunt } | { geenToegang: string } | null;

function leesEindpunt(map: string): Lezing {
  let tekst: string;
  try {
    tekst = readFileSync(eindpuntPad(map), 'utf8');
  } catch (fout) {
    if ((fout as { code?: string }).code === 'EACCES') return { geenToegang: eindpuntPad(map) };
    return null;
  }
  const e = eindpuntSchema.safeParse(leesJson(tekst));
  return e.success ? { eindpunt: e.data } : null;
}

/**
 * The exit code of the command as the server ran it, or null when it is not for the server (another
 * command, PostgreSQL, no live server with a beheerpunt): then it runs here as usual.
 */
export async function geefDoorAanServer(
  argv: string[],
  uit: NodeJS.WritableStream,
  fout: NodeJS.WritableStream,
  leesInstellingen: () => Omgeving = leesOmgeving,
  taal: Taal = STANDAARDTAAL,
): Promise<number | null> {
  if (!VIA_SERVER.has(argv[0] ?? '')) return null;
  // Read only for these commands: the others (demo, anonimiseer, help) never needed the environment.
  const omgeving = leesInstellingen();
  if (omgeving.DATABASE_URL) return null;
  const map = path.resolve(omgeving.MAATWERKBOT_DATA_DIR);
  const houder = leesHouder(map);
  if (!houder || beoordeel(houder) !== 'levend') return null;
  const lezing = leesEindpunt(map);
  if (lezing && 'geenToegang' in lezing) {
    const melding = tekst(taal, 'cli.doorgeven.geen_toegang', {
      map,
      pid: String(houder.pid),
      bestand: lezing.geenToegang,
    });
    fout.write(`${melding}\n`);
    return 3;
  }
  // A holder without a beheerpunt (another command, a server still starting): refused as before.
  if (!lezing || lezing.eindpunt.pid !== houder.pid || lezing.eindpunt.nonce !== houder.nonce) return null;
  return stuur(lezing.eindpunt, argv, uit, fout, taal);
}

function verbind(e: Eindpunt): Promise<net.Socket | null> {
  return new Promise((klaar) => {
    const socket = e.socket
      ? net.connect({ path: e.socket })
      : net.connect({ host: '127.0.0.1', port: e.poort! });
    socket.once('connect', () => klaar(socket));
    // Gone between our look at the lock and now: run here, where the lock decides.
    socket.once('error', () => klaar(null));
  });
}

async function stuur(
  e: Eindpunt,
  argv: string[],
  uit: NodeJS.WritableStream,
  fout: NodeJS.WritableStream,
  taal: Taal,
): Promise<number | null> {
  const socket = await verbind(e);
  if (!socket) return null;
  const open = new Map<number, Schrijver>();
  const antwoord = (a: Antwoord) => socket.write(`${JSON.stringify(a)}\n`);
  const doe = async (vraag: number, werk: () => Promise<Buffer | undefined>) => {
    try {
      const data = await werk();
      antwoord(data ? { antwoord: vraag, data: data.toString('base64') } : { antwoord: vraag });
    } catch (f) {
      antwoord({ antwoord: vraag, fout: (f as Error).message ?? String(f) });
    }
  };
  const verwerk = async (b: ServerBericht): Promise<number | undefined> => {
    if ('uit' in b) uit.write(Buffer.from(b.uit, 'base64').toString('utf8'));
    else if ('fout' in b) fout.write(Buffer.from(b.fout, 'base64').toString('utf8'));
    else if ('code' in b) return b.code;
    else if ('geweigerd' in b) {
      fout.write(`${b.geweigerd}\n`);
      return 3;
    } else if ('lees' in b) await doe(b.vraag, () => lokaleBestanden.lees(b.lees));
    else if ('schrijf' in b)
      await doe(b.vraag, async () => {
        await lokaleBestanden.schrijf(b.schrijf, Buffer.from(b.data, 'base64'));
        return undefined;
      });
    else if ('open' in b)
      await doe(b.vraag, async () => {
        open.set(b.vraag, await lokaleBestanden.open(b.open));
        return undefined;
      });
    else if ('stuk' in b)
      await doe(b.vraag, async () => {
        await open.get(b.stuk)?.schrijf(Buffer.from(b.data, 'base64'));
        return undefined;
      });
    else if ('sluit' in b)
      await doe(b.vraag, async () => {
        const s = open.get(b.sluit);
        open.delete(b.sluit);
        await s?.sluit();
        return undefined;
      });
    else if ('breekAf' in b)
      await doe(b.vraag, async () => {
        const s = open.get(b.breekAf);
        open.delete(b.breekAf);
        await s?.breekAf();
        return undefined;
      });
    return undefined;
  };

  const code = await new Promise<number | undefined>((klaar) => {
    let ketting = Promise.resolve();
    let uitkomst: number | undefined;
    leesRegels(
      socket,
      64_000_000,
      (regel) => {
        ketting = ketting.then(async () => {
          if (uitkomst !== undefined) return;
          const b = serverBerichtSchema.safeParse(leesJson(regel));
          if (!b.success) {
            fout.write(`${tekst(taal, 'cli.doorgeven.onverwacht')}\n`);
            uitkomst = 1;
            socket.destroy();
            return;
          }
          uitkomst = await verwerk(b.data);
        });
      },
      () => void ketting.then(() => klaar(uitkomst)),
    );
    socket.write(`${JSON.stringify({ token: e.token, argv, taal })}\n`);
  });
  socket.destroy();
  for (const s of open.values()) await s.breekAf().catch(() => {});
  if (code === undefined) {
    fout.write(`${tekst(taal, 'cli.doorgeven.weggevallen')}\n`);
    return 1;
  }
  return code;
}
