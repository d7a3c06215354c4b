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
import { vertaler } from '../taal/tekst.ts';
import { laadBackup, schrijfBackup } from './backup.ts';
import { ketenRegel } from './opdrachten.ts';
import { diensten, type Werkplek } from './werkplek.ts';

const POSTGRES_URL = /^postgres(ql)?:\/\/[^/]+\/[^/?]+/;

export async function verhuis(naar: string, w: Werkplek): Promise<number> {
  const t = vertaler(w.taal);
  const url = z
    .string()
    .regex(POSTGRES_URL, { error: t('cli.verhuis.url') })
    .safeParse(naar);
  if (!url.success) {
    w.fout.write(`${url.error.issues[0]!.message}\n`);
    return 2;
  }
  const omgeving = leesOmgeving();
  if (omgeving.DATABASE_URL) {
    w.fout.write(`${t('cli.verhuis.database_url')}\n`);
    return 2;
  }
  const map = path.resolve(omgeving.MAATWERKBOT_DATA_DIR);
  if (!existsSync(path.join(map, 'PG_VERSION'))) {
    w.fout.write(`${t('cli.verhuis.geen_database', { map })}\n`);
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
      const verhuisd = t('cli.verhuis.verhuisd', {
        database: doel.omschrijving,
        tabellen: String(geladen.tabellen),
        rijen: String(geladen.rijen),
      });
      w.uit.write(`${verhuisd}\n`);
      let geldig = true;
      for (const { tenant, oordeel } of await verifieerAudit(diensten(doel))) {
        w.uit.write(`${ketenRegel(t, tenant, oordeel)}\n`);
        if (!oordeel.geldig) geldig = false;
      }
      if (!geldig) {
        w.fout.write(`${t('cli.verhuis.keten_klopt_niet')}\n`);
        return 1;
      }
      writeFileSync(
        verhuisdPad(map),
        `${JSON.stringify({ naar: doel.omschrijving, wanneer: new Date().toISOString() })}\n`,
      );
      w.uit.write(`${t('cli.verhuis.klaar', { map, bestand: verhuisdPad(map) })}\n`);
      return 0;
    } finally {
      await doel.sluit();
    }
  } finally {
    await bron.sluit();
  }
}
