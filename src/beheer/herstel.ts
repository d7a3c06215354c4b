// `maatwerkbot herstel <bestand>`: a backup back into an empty data directory (or, with DATABASE_URL,
// an empty PostgreSQL database), then the audit chain verified. A restore that fails leaves the
// data directory as it found it: empty.
import { closeSync, createReadStream, existsSync, openSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { createGunzip } from 'node:zlib';
import { databaseKeuze, leesOmgeving } from '../config/omgeving.ts';
import { verifieerAudit } from '../services/auditverificatie.ts';
import { openDatabase } from '../store/database.ts';
import { vertaler, zin } from '../taal/tekst.ts';
import { BackupFout, laadNaKop, leesKop } from './backup.ts';
import { ketenRegel } from './opdrachten.ts';
import { diensten, type Werkplek } from './werkplek.ts';

/** The lines of a gzip-compressed backup file; a damaged file becomes a BackupFout. */
export async function* regelsUit(bestand: string): AsyncGenerator<string> {
  const gunzip = createGunzip();
  const bron = createReadStream(bestand);
  bron.on('error', (fout) => gunzip.destroy(fout));
  bron.pipe(gunzip);
  const tekst = new StringDecoder('utf8');
  let rest = '';
  try {
    for await (const stuk of gunzip) {
      rest += tekst.write(stuk as Buffer);
      const regels = rest.split('\n');
      rest = regels.pop()!;
      for (const regel of regels) yield regel;
    }
  } catch (fout) {
    if (fout instanceof BackupFout) throw fout;
    throw new BackupFout(zin('cli.backup.beschadigd', { bestand, melding: (fout as Error).message }));
  } finally {
    bron.destroy();
    gunzip.destroy();
  }
  rest += tekst.end();
  if (rest) yield rest;
}

export async function herstel(bestand: string, w: Werkplek): Promise<number> {
  const t = vertaler(w.taal);
  try {
    closeSync(openSync(bestand, 'r'));
  } catch {
    w.fout.write(`${t('cli.niet_leesbaar', { bestand })}\n`);
    return 2;
  }
  const keuze = databaseKeuze(leesOmgeving());
  const map = keuze.soort === 'pglite' ? path.resolve(keuze.dataMap) : undefined;
  if (map && existsSync(map) && readdirSync(map).length > 0) {
    w.fout.write(`${t('cli.herstel.map_niet_leeg', { map })}\n`);
    return 2;
  }
  // The first line decides whether this is a backup at all, before anything is created.
  const lijnen = regelsUit(bestand)[Symbol.asyncIterator]();
  let kop: Awaited<ReturnType<typeof leesKop>>;
  try {
    kop = await leesKop(lijnen);
  } catch (fout) {
    await lijnen.return?.(undefined);
    throw fout;
  }
  const db = await openDatabase(keuze, { migreer: false });
  let gelukt = false;
  try {
    const verslag = await laadNaKop(db, kop, lijnen);
    gelukt = true;
    const hersteld = t('cli.herstel.hersteld', {
      bestand,
      database: db.omschrijving,
      tabellen: String(verslag.tabellen),
      rijen: String(verslag.rijen),
      migratie: verslag.migratie,
    });
    w.uit.write(`${hersteld}\n`);
    let code = 0;
    for (const { tenant, oordeel } of await verifieerAudit(diensten(db))) {
      w.uit.write(`${ketenRegel(t, tenant, oordeel)}\n`);
      if (!oordeel.geldig) code = 1;
    }
    return code;
  } finally {
    await lijnen.return?.(undefined);
    await db.sluit();
    // The directory was empty (or absent) before: leave it so, and a second attempt can start afresh.
    if (!gelukt && map) {
      rmSync(map, { recursive: true, force: true });
    }
  }
}
