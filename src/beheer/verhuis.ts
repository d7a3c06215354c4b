// `maatwerkbot verhuis --naar postgresql://…`: the embedded database, everything in it, into an empty
// PostgreSQL database, in one transaction there; then every table's count and the audit chain are
// checked on the target, and the embedded copy is marked as moved so nobody keeps working on it.
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { leesOmgeving } from '../config/omgeving.ts';
import { z } from '../domain/validatie.ts';
import { verifieerAudit } from '../services/auditverificatie.ts';
import { openDatabase } from '../store/database.ts';
import { verhuisdPad } from '../store/datalock.ts';
import { laadBackup, schrijfBackup } from './backup.ts';
import { diensten, type Werkplek } from './werkplek.ts';

const urlSchema = z.string().regex(/^postgres(ql)?:\/\/[^/]+\/[^/?]+/, {
  error:
    '--naar moet een PostgreSQL-adres met database zijn, zoals postgresql://maatwerkbot@db:5432/maatwerkbot',
});

export async function verhuis(naar: string, w: Werkplek): Promise<number> {
  const url = urlSchema.safeParse(naar);
  if (!url.success) {
    w.fout.write(`${url.error.issues[0]!.message}\n`);
    return 2;
  }
  const omgeving = leesOmgeving();
  if (omgeving.DATABASE_URL) {
    w.fout.write(
      'verhuis leest de ingebouwde database uit MAATWERKBOT_DATA_DIR; laat DATABASE_URL leeg voor deze opdracht ' +
        'en zet hem pas daarna.\n',
    );
    return 2;
  }
  const map = path.resolve(omgeving.MAATWERKBOT_DATA_DIR);
  if (!existsSync(path.join(map, 'PG_VERSION'))) {
    w.fout.write(`Er is geen ingebouwde database in ${map} (MAATWERKBOT_DATA_DIR).\n`);
    return 2;
  }
  const bron = await openDatabase({ soort: 'pglite', dataMap: map }, { migreer: false });
  try {
    const doel = await openDatabase({ soort: 'postgres', url: url.data }, { migreer: false });
    try {
      // The source's lines go straight into the target's transaction, a bounded number in between.
      const pijp = new PassThrough({ objectMode: true, highWaterMark: 1_000 });
      const lezen = schrijfBackup(bron, async (regel) => {
        if (pijp.destroyed) throw new Error('verhuizen afgebroken');
        if (!pijp.write(regel))
          await new Promise<void>((verder) => {
            const klaar = () => {
              pijp.off('drain', klaar);
              pijp.off('close', klaar);
              verder();
            };
            pijp.on('drain', klaar);
            pijp.on('close', klaar);
          });
      }).then(
        (v) => {
          pijp.end();
          return v;
        },
        (fout: unknown) => {
          pijp.destroy(fout as Error);
          throw fout;
        },
      );
      const laden = laadBackup(doel, pijp).catch((fout: unknown) => {
        pijp.destroy();
        throw fout;
      });
      const [gelezen, geladen] = await Promise.all([lezen, laden]);
      for (const [tabel, aantal] of Object.entries(gelezen.aantallen)) {
        if (geladen.aantallen[tabel] !== aantal)
          throw new Error(`Tabel ${tabel}: ${aantal} rijen gelezen, ${geladen.aantallen[tabel]} geschreven.`);
      }
      w.uit.write(
        `Verhuisd naar ${doel.omschrijving}: ${geladen.tabellen} tabellen, ${geladen.rijen} rijen; ` +
          'elke tabel telt evenveel rijen als in de ingebouwde database.\n',
      );
      let geldig = true;
      for (const { tenant, oordeel } of await verifieerAudit(diensten(doel))) {
        if (oordeel.geldig) w.uit.write(`${tenant}: keten onverbroken (${oordeel.aantal} gebeurtenissen).\n`);
        else {
          geldig = false;
          w.uit.write(
            `${tenant}: keten VERBROKEN bij positie ${oordeel.positie}: ${oordeel.reden} (${oordeel.aantal} gebeurtenissen).\n`,
          );
        }
      }
      if (!geldig) {
        w.fout.write(
          'De auditketen klopt niet op de nieuwe database; de ingebouwde database blijft in gebruik.\n',
        );
        return 1;
      }
      writeFileSync(
        verhuisdPad(map),
        `${JSON.stringify({ naar: doel.omschrijving, wanneer: new Date().toISOString() })}\n`,
      );
      w.uit.write(
        `Zet nu DATABASE_URL op deze database en start de server. De ingebouwde database in ${map} blijft ` +
          `staan, maar start niet meer (verwijder ${verhuisdPad(map)} om hem toch te gebruiken).\n`,
      );
      return 0;
    } finally {
      await doel.sluit();
    }
  } finally {
    await bron.sluit();
  }
}
