// The backup format, and writing and reading it. One format for `backup`, `herstel` and `verhuis`:
// JSON lines, gzip-compressed on disk.
//
//   {"maatwerkbot":"backup","formaat":1,"versie":"0.1.0","gemaakt":"…","bron":"pglite","migraties":[{naam,checksum}…]}
//   {"tabel":"Tenant","kolommen":["id","slug",…]}
//   {"r":{…one row as PostgreSQL's row_to_json…}}
//   …
//   {"einde":true,"aantallen":{"Tenant":1,…},"reeksen":{"OutboxBericht_volgorde_seq":{"waarde":"12","gebruikt":true}}}
//
// Tables come in foreign-key order. A backup is read in one REPEATABLE READ transaction, so it is one
// consistent moment even while the server writes. It restores at its own migration level: the migrations
// it names are applied to the empty target first, the rows loaded, and only then the newer migrations of
// this version, so their data steps run over the restored rows as they would have at start-up.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { pakketPad } from '../pakket.ts';
import type { Database } from '../store/database.ts';
import {
  eersteGevuldeTabel,
  leesReeksen,
  leesRijen,
  leesTabellen,
  type Reeks,
  schrijfRijen,
  telRijen,
  toegepasteMigraties,
  zetReeksen,
} from '../store/kopie.ts';
import { leesMigraties, type Migratie, pasMigratiesToe } from '../store/migraties.ts';
import type { Sql } from '../store/transactie.ts';
import { STANDAARDTAAL, type Taal } from '../taal/taal.ts';
import { weergave, type Zin, zin } from '../taal/tekst.ts';

export const FORMAAT = 1;
const VERSIE: string = JSON.parse(readFileSync(pakketPad('package.json'), 'utf8')).version;
// Serialises restores into one PostgreSQL database; PGlite has one process already.
const HERSTEL_SLOT = 4_204_221_327;

/** Why a backup cannot be made or restored: a catalogue sentence, its Dutch as the message for logs. */
export class BackupFout extends Error {
  constructor(public readonly zin: Zin) {
    super(weergave(STANDAARDTAAL, zin));
  }

  tekst(taal: Taal): string {
    return weergave(taal, this.zin);
  }
}

const kopSchema = z.object({
  maatwerkbot: z.literal('backup'),
  formaat: z.number().int(),
  versie: z.string(),
  gemaakt: z.string(),
  bron: z.string(),
  migraties: z.array(z.object({ naam: z.string(), checksum: z.string() })),
});
const tabelSchema = z.object({ tabel: z.string().min(1), kolommen: z.array(z.string().min(1)).min(1) });
const eindeSchema = z.object({
  einde: z.literal(true),
  aantallen: z.record(z.string(), z.number().int().min(0)),
  reeksen: z.record(z.string(), z.object({ waarde: z.string().regex(/^-?\d+$/), gebruikt: z.boolean() })),
});

export type Kop = z.infer<typeof kopSchema>;

export interface Verslag {
  tabellen: number;
  rijen: number;
  aantallen: Record<string, number>;
  migratie: string;
}

const RIJ_BEGIN = '{"r":';

/**
 * Writes the database's contents as lines to `regel`, in one consistent snapshot. On the embedded
 * database this holds its one connection for the duration: the server's own queries wait meanwhile.
 */
export async function schrijfBackup(
  db: Database,
  regel: (tekst: string) => Promise<void>,
  nu = new Date(),
): Promise<Verslag> {
  return db.bron.transactie(async (sql) => {
    await sql.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
    const migraties = await toegepasteMigraties(sql);
    const kop: Kop = {
      maatwerkbot: 'backup',
      formaat: FORMAAT,
      versie: VERSIE,
      gemaakt: nu.toISOString(),
      bron: db.soort,
      migraties,
    };
    await regel(JSON.stringify(kop));
    const aantallen: Record<string, number> = {};
    for (const tabel of await leesTabellen(sql)) {
      await regel(JSON.stringify({ tabel: tabel.naam, kolommen: tabel.kolommen }));
      aantallen[tabel.naam] = await leesRijen(sql, tabel, async (rijen) => {
        for (const r of rijen) await regel(`${RIJ_BEGIN}${r}}`);
      });
    }
    // Sequences are read after the rows: a value ahead of the snapshot only leaves a gap.
    const reeksen = await leesReeksen(sql);
    await regel(JSON.stringify({ einde: true, aantallen, reeksen }));
    return verslag(aantallen, migraties.at(-1)?.naam ?? '');
  });
}

function verslag(aantallen: Record<string, number>, migratie: string): Verslag {
  return {
    tabellen: Object.keys(aantallen).length,
    rijen: Object.values(aantallen).reduce((a, b) => a + b, 0),
    aantallen,
    migratie,
  };
}

function leesRegel<S extends z.ZodType>(
  schema: S,
  tekst: string,
  wat: 'kop' | 'tabel' | 'einde',
): z.infer<S> {
  let json: unknown;
  try {
    json = JSON.parse(tekst);
  } catch {
    throw new BackupFout(zin('cli.backup.onleesbaar', { wat }));
  }
  const r = schema.safeParse(json);
  if (!r.success) throw new BackupFout(zin('cli.backup.klopt_niet', { wat }));
  return r.data;
}

/** Which of this version's migrations the backup was made at; refuses a backup from a newer version. */
export function migratiesVan(kop: Kop, bekend: Migratie[] = leesMigraties()): Migratie[] {
  if (kop.formaat !== FORMAAT)
    throw new BackupFout(
      zin('cli.backup.formaat', { formaat: String(kop.formaat), eigen: String(FORMAAT), versie: kop.versie }),
    );
  kop.migraties.forEach((m, i) => {
    const eigen = bekend[i];
    if (!eigen || eigen.naam !== m.naam)
      throw new BackupFout(zin('cli.backup.nieuwer', { versie: kop.versie, migratie: m.naam }));
    if (eigen.checksum !== m.checksum)
      throw new BackupFout(zin('cli.backup.migratie_verschilt', { migratie: m.naam }));
  });
  return bekend.slice(0, kop.migraties.length);
}

/** Refuses a target that holds data, or migrations the backup does not have. */
async function controleerLeeg(doel: Database, nodig: Migratie[]): Promise<void> {
  const gevuld = await eersteGevuldeTabel(doel.ruw);
  if (gevuld)
    throw new BackupFout(zin('cli.backup.doel_niet_leeg', { database: doel.omschrijving, tabel: gevuld }));
  const al = await toegepasteMigraties(doel.ruw);
  const teVer = al.find((m, i) => nodig[i]?.naam !== m.naam);
  if (teVer)
    throw new BackupFout(
      zin('cli.backup.doel_nieuwer', { database: doel.omschrijving, migratie: teVer.naam }),
    );
}

/** Reads and checks the first line: is this a backup, and one this version can restore? */
export async function leesKop(lijnen: AsyncIterator<string>): Promise<{ kop: Kop; migraties: Migratie[] }> {
  const eerste = await lijnen.next();
  if (eerste.done) throw new BackupFout(zin('cli.backup.leeg'));
  const kop = leesRegel(kopSchema, eerste.value, 'kop');
  return { kop, migraties: migratiesVan(kop) };
}

/**
 * Loads a backup, given as its lines, into an empty database: at the backup's migration level, in one
 * transaction, every table's count checked against the backup's own; then this version's newer
 * migrations. Throws BackupFout (and loads nothing) when the backup is not whole or does not fit.
 */
export async function laadBackup(doel: Database, regels: AsyncIterable<string>): Promise<Verslag> {
  const lijnen = regels[Symbol.asyncIterator]();
  return laadNaKop(doel, await leesKop(lijnen), lijnen);
}

/** As laadBackup, with the first line read already (so a foreign file is refused before the target opens). */
export async function laadNaKop(
  doel: Database,
  { migraties }: { migraties: Migratie[] },
  lijnen: AsyncIterator<string>,
): Promise<Verslag> {
  await controleerLeeg(doel, migraties);
  await pasMigratiesToe(doel.ruw, migraties);
  const aantallen = await doel.ruw.exclusief(HERSTEL_SLOT, async (v) => {
    await v.query('BEGIN');
    try {
      const geladen = await laadRijen(v, lijnen);
      await v.query('COMMIT');
      return geladen;
    } catch (fout) {
      await v.query('ROLLBACK').catch(() => {});
      if (fout instanceof BackupFout) throw fout;
      // A row the target refuses (a foreign key, a constraint): the file was altered or damaged.
      throw new BackupFout(
        zin('cli.backup.past_niet', { melding: String((fout as Error)?.message ?? fout) }),
      );
    }
  });
  await pasMigratiesToe(doel.ruw);
  return verslag(aantallen, migraties.at(-1)?.naam ?? '');
}

async function laadRijen(sql: Sql, lijnen: AsyncIterator<string>): Promise<Record<string, number>> {
  const doelTabellen = new Map((await leesTabellen(sql)).map((t) => [t.naam, new Set(t.kolommen)]));
  const geladen: Record<string, number> = {};
  let tabel: { naam: string; kolommen: string[] } | undefined;
  let partij: string[] = [];
  let grootte = 0;
  const spoel = async () => {
    if (!tabel || partij.length === 0) return;
    await schrijfRijen(sql, tabel.naam, tabel.kolommen, partij);
    geladen[tabel.naam] = (geladen[tabel.naam] ?? 0) + partij.length;
    partij = [];
    grootte = 0;
  };
  let einde: { aantallen: Record<string, number>; reeksen: Record<string, Reeks> } | undefined;
  for (let r = await lijnen.next(); !r.done; r = await lijnen.next()) {
    const tekst = r.value;
    if (einde) throw new BackupFout(zin('cli.backup.na_einde'));
    if (tekst.startsWith(RIJ_BEGIN) && tekst.endsWith('}')) {
      if (!tabel) throw new BackupFout(zin('cli.backup.rij_zonder_tabel'));
      partij.push(tekst.slice(RIJ_BEGIN.length, -1));
      grootte += tekst.length;
      if (partij.length >= 500 || grootte > 4_000_000) await spoel();
      continue;
    }
    await spoel();
    if (tekst.startsWith('{"tabel"')) {
      const t = leesRegel(tabelSchema, tekst, 'tabel');
      const kolommen = doelTabellen.get(t.tabel);
      if (!kolommen) throw new BackupFout(zin('cli.backup.tabel_onbekend', { tabel: t.tabel }));
      const onbekend = t.kolommen.find((k) => !kolommen.has(k));
      if (onbekend)
        throw new BackupFout(zin('cli.backup.kolom_onbekend', { kolom: `${t.tabel}.${onbekend}` }));
      tabel = { naam: t.tabel, kolommen: t.kolommen };
      geladen[t.tabel] ??= 0;
      continue;
    }
    einde = leesRegel(eindeSchema, tekst, 'einde');
  }
  await spoel();
  if (!einde) throw new BackupFout(zin('cli.backup.onvolledig'));
  await zetReeksen(sql, einde.reeksen);
  const geteld = await telRijen(sql, Object.keys(einde.aantallen));
  for (const [naam, verwacht] of Object.entries(einde.aantallen)) {
    if (geladen[naam] !== verwacht || geteld[naam] !== verwacht)
      throw new BackupFout(
        zin('cli.backup.aantal_klopt_niet', {
          tabel: naam,
          verwacht: String(verwacht),
          geladen: String(geteld[naam]),
        }),
      );
  }
  return geteld;
}
