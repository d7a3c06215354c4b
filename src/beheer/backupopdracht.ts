// `maatwerkbot backup <bestand>`: the database as one consistent snapshot in the backup format
// (src/beheer/backup.ts), gzip-compressed, written where the command line runs. The file appears under
// its name only when it is whole.
import { once } from 'node:events';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { vertaler } from '../taal/tekst.ts';
import { schrijfBackup } from './backup.ts';
import type { Schrijver, Werkplek } from './werkplek.ts';

class SchrijfFout extends Error {}

export const megabytes = (bytes: number) => `${(bytes / 1_000_000).toFixed(1).replace('.', ',')} MB`;

export async function maakBackup(bestand: string, w: Werkplek): Promise<number> {
  const t = vertaler(w.taal);
  return w.metDatabase(
    async (db) => {
      let schrijver: Schrijver;
      try {
        schrijver = await w.bestanden.open(bestand);
      } catch {
        w.fout.write(`${t('cli.rapport.niet_geschreven', { bestand })}\n`);
        return 1;
      }
      let grootte = 0;
      const gzip = createGzip();
      const naarBestand = pipeline(
        gzip,
        new Writable({
          write(stuk: Buffer, _codering, klaar) {
            grootte += stuk.length;
            schrijver.schrijf(stuk).then(
              () => klaar(),
              (fout: unknown) => klaar(new SchrijfFout(String(fout))),
            );
          },
        }),
      );
      // Without a listener, a failed write would be an unhandled rejection until it is awaited.
      naarBestand.catch(() => {});
      try {
        const verslag = await schrijfBackup(db, async (regel) => {
          if (!gzip.write(`${regel}\n`)) await Promise.race([once(gzip, 'drain'), naarBestand]);
        });
        gzip.end();
        await naarBestand;
        await schrijver.sluit().catch((fout: unknown) => {
          throw new SchrijfFout(String(fout));
        });
        const geschreven = t('cli.backup.geschreven', {
          bestand,
          tabellen: String(verslag.tabellen),
          rijen: String(verslag.rijen),
          migratie: verslag.migratie,
          grootte: megabytes(grootte),
        });
        w.uit.write(`${geschreven}\n`);
        return 0;
      } catch (fout) {
        gzip.destroy();
        await schrijver.breekAf().catch(() => {});
        if (fout instanceof SchrijfFout) {
          w.fout.write(`${t('cli.rapport.niet_geschreven', { bestand })}\n`);
          return 1;
        }
        throw fout;
      }
    },
    { migreer: false },
  );
}
