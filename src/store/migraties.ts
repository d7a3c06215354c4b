// Applies prisma/migrations at start-up, in order, each in its own transaction, recorded in
// Prisma's own `_prisma_migrations` table so `prisma migrate status` agrees with us.
// Several replicas starting at once on PostgreSQL serialise on an advisory lock.
import { createHash, randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { pakketPad } from '../pakket.ts';
import type { RuweVerbinding } from './database.ts';

const MIGRATIEMAP = pakketPad('prisma', 'migrations');
// Any constant works, as long as every replica uses the same one.
const MIGRATIE_SLOT = 4_204_221_326;

export interface Migratie {
  naam: string;
  sql: string;
  checksum: string;
}

export function leesMigraties(map = MIGRATIEMAP): Migratie[] {
  return readdirSync(map, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort()
    .map((naam) => {
      const sql = readFileSync(`${map}/${naam}/migration.sql`, 'utf8');
      return { naam, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    });
}

export class MigratieFout extends Error {}

const quote = (s: string) => `'${s.replaceAll("'", "''")}'`;

export async function pasMigratiesToe(ruw: RuweVerbinding, migraties = leesMigraties()): Promise<string[]> {
  return ruw.exclusief(MIGRATIE_SLOT, async (verbinding) => {
    await verbinding.script(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
      "id" VARCHAR(36) PRIMARY KEY NOT NULL,
      "checksum" VARCHAR(64) NOT NULL,
      "finished_at" TIMESTAMPTZ,
      "migration_name" VARCHAR(255) NOT NULL,
      "logs" TEXT,
      "rolled_back_at" TIMESTAMPTZ,
      "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
      "applied_steps_count" INTEGER NOT NULL DEFAULT 0
    )`);
    const gedaan = await verbinding.query<{ migration_name: string; checksum: string }>(
      `SELECT migration_name, checksum FROM "_prisma_migrations"
        WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    const bekend = new Map(gedaan.map((r) => [r.migration_name, r.checksum]));
    const toegepast: string[] = [];
    for (const m of migraties) {
      const checksum = bekend.get(m.naam);
      if (checksum !== undefined) {
        if (checksum !== m.checksum) {
          throw new MigratieFout(
            `Migratie ${m.naam} is gewijzigd nadat ze is toegepast. Zet de oorspronkelijke migratie terug ` +
              'en maak een nieuwe migratie voor de wijziging.',
          );
        }
        continue;
      }
      await verbinding.script(
        `BEGIN;\n${m.sql}\n;INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count)
         VALUES (${quote(randomUUID())}, ${quote(m.checksum)}, now(), ${quote(m.naam)}, 1);\nCOMMIT;`,
      );
      toegepast.push(m.naam);
    }
    return toegepast;
  });
}
