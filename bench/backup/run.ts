// bench/backup: how long a backup, a restore and a move to PostgreSQL take for an embedded database of a
// given size, and how large the backup is.   npx tsx bench/backup/run.ts [rijen=200000]
//
// The rows are synthetic (a valid chain is not needed to copy them): half audit events, a quarter outbox
// messages, a quarter jobs, the tables that grow with use. While a backup of the embedded database runs
// through the server, the server's own queries wait for it: the backup's time is that pause.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { main } from '../../src/cli/main.ts';
import { openDatabase } from '../../src/store/database.ts';
import { maakPostgresDatabase, postgresBeschikbaar } from '../../test/helpers/database.ts';

const RIJEN = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 200_000);
const basis = mkdtempSync(path.join(tmpdir(), 'maatwerkbot-bench-backup-'));
const bron = path.join(basis, 'bron');

const stil = new Writable({ write: (_c, _e, klaar) => klaar() }) as NodeJS.WritableStream;
const meldingen = new Writable({
  write: (c, _e, klaar) => {
    if (!String(c).startsWith('De auditketen klopt niet')) process.stderr.write(c);
    klaar();
  },
}) as NodeJS.WritableStream;
// herstel and verhuis verify the audit chain afterwards and exit 1 on these synthetic events: the copy is whole.
async function opdracht(env: Record<string, string>, ...args: string[]): Promise<number> {
  const vorige = { ...process.env };
  delete process.env.DATABASE_URL;
  Object.assign(process.env, env);
  const begin = performance.now();
  try {
    const code = await main(args, stil, meldingen);
    if (code !== 0 && !(code === 1 && args[0] !== 'backup')) throw new Error(`${args.join(' ')} gaf ${code}`);
    return (performance.now() - begin) / 1000;
  } finally {
    process.env = vorige;
  }
}

try {
  const db = await openDatabase({ soort: 'pglite', dataMap: bron });
  await db.ruw.script(`
    INSERT INTO "Tenant" (id, slug, naam, kalender) VALUES ('t', 'bench', 'Bench', '{}');
    INSERT INTO "AuditEvent" (id, "tenantId", positie, actie, "actorSoort", "actorId", "casusRef", data, moment, "vorigeHash", hash)
      SELECT 'a' || g, 't', g, 'antwoord_gegeven', 'persoon', 'p' || (g % 50), 'MW-2026-' || lpad((g % 9999)::text, 4, '0'),
             jsonb_build_object('keuze', 'akkoord', 'ronde', 'r' || (g % 5000)), now(), md5(g::text) || md5((g + 1)::text),
             md5((g + 2)::text) || md5((g + 3)::text)
        FROM generate_series(1, ${Math.floor(RIJEN / 2)}) g;
    INSERT INTO "OutboxBericht" (id, "tenantId", sleutel, soort, ontvanger, data, status, "volgendePoging", aangemaakt, verzonden)
      SELECT 'o' || g, 't', 'k' || g, 'kaart_bijwerken', jsonb_build_object('platform', 'slack', 'kanaalId', 'C0TAFEL'),
             jsonb_build_object('casusId', 'c' || (g % 9999)), 'verzonden', now(), now(), now()
        FROM generate_series(1, ${Math.floor(RIJEN / 4)}) g;
    INSERT INTO "Job" (id, soort, sleutel, groep, payload, due, status, aangemaakt, afgerond)
      SELECT 'j' || g, 'herinnering', 'ronde:r' || g || ':herinnering', 'ronde:r' || g,
             jsonb_build_object('rondeId', 'r' || g), now(), 'gedaan', now(), now()
        FROM generate_series(1, ${Math.floor(RIJEN / 4)}) g;
  `);
  await db.sluit();

  const bestand = path.join(basis, 'backup.jsonl.gz');
  const backup = await opdracht({ MAATWERKBOT_DATA_DIR: bron }, 'backup', bestand);
  const mb = statSync(bestand).size / 1e6;
  const herstel = await opdracht({ MAATWERKBOT_DATA_DIR: path.join(basis, 'hersteld') }, 'herstel', bestand);
  console.log(`${RIJEN.toLocaleString('nl-NL')} rijen (PGlite)`);
  console.log(
    `  backup:  ${backup.toFixed(1)} s, ${mb.toFixed(1)} MB (${Math.round(RIJEN / backup)} rijen/s)`,
  );
  console.log(`  herstel: ${herstel.toFixed(1)} s (${Math.round(RIJEN / herstel)} rijen/s)`);
  if (postgresBeschikbaar) {
    const doel = await maakPostgresDatabase();
    try {
      const verhuis = await opdracht({ MAATWERKBOT_DATA_DIR: bron }, 'verhuis', '--naar', doel.url);
      console.log(
        `  verhuis naar PostgreSQL: ${verhuis.toFixed(1)} s (${Math.round(RIJEN / verhuis)} rijen/s)`,
      );
    } finally {
      await doel.weg();
    }
  }
} finally {
  rmSync(basis, { recursive: true, force: true });
}
