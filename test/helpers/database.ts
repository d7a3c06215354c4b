// Test databases: PGlite in memory always; a fresh database on the PostgreSQL server when it is
// reachable. With CI=true an unreachable server fails the run instead of skipping.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { leesTafelsBestand } from '../../src/config/tafelsbestand.ts';
import { jobHandlers } from '../../src/jobs/handlers.ts';
import { voerDueJobsUit } from '../../src/jobs/runner.ts';
import { verifieerAudit } from '../../src/services/auditverificatie.ts';
import { ketenAudit } from '../../src/services/auditvolgorde.ts';
import type { Diensten } from '../../src/services/context.ts';
import { nederlandsePrivacyPoort } from '../../src/services/privacyscanner.ts';
import { importeerTafels } from '../../src/services/tafelsimport.ts';
import { type Database, openDatabase } from '../../src/store/database.ts';
import { TestKlok } from './klok.ts';

export const PG_BEHEER_URL = process.env.MAATWERKBOT_TEST_PG ?? 'postgresql://postgres@127.0.0.1:5432/test';

async function pgBereikbaar(): Promise<boolean> {
  const client = new pg.Client({ connectionString: PG_BEHEER_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

export const postgresBeschikbaar = await pgBereikbaar();
if (!postgresBeschikbaar && process.env.CI === 'true') {
  throw new Error(
    `PostgreSQL is niet bereikbaar op ${PG_BEHEER_URL}, maar CI=true: de PostgreSQL-tests moeten draaien. ` +
      'Start de server: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start',
  );
}

export type TestSoort = 'pglite' | 'postgres';
export const SOORTEN: TestSoort[] = postgresBeschikbaar ? ['pglite', 'postgres'] : ['pglite'];

export interface TestOmgeving {
  db: Database;
  klok: TestKlok;
  d: Diensten;
  opruimen(): Promise<void>;
  url?: string;
}

export async function maakPostgresDatabase(): Promise<{ url: string; weg(): Promise<void> }> {
  const naam = `mwb_test_${randomBytes(6).toString('hex')}`;
  const beheer = new pg.Client({ connectionString: PG_BEHEER_URL });
  await beheer.connect();
  await beheer.query(`CREATE DATABASE ${naam}`);
  await beheer.end();
  const url = new URL(PG_BEHEER_URL);
  url.pathname = `/${naam}`;
  return {
    url: url.toString(),
    async weg() {
      const c = new pg.Client({ connectionString: PG_BEHEER_URL });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${naam} WITH (FORCE)`);
      await c.end();
    },
  };
}

export const VOORBEELD_YAML = readFileSync(new URL('../../tafels.example.yml', import.meta.url), 'utf8');

export async function maakOmgeving(
  soort: TestSoort,
  opties: { start?: string; yaml?: string; poolGrootte?: number } = {},
): Promise<TestOmgeving> {
  const klok = new TestKlok(new Date(0));
  klok.zet(opties.start ?? '2026-11-23 10:00');
  let db: Database;
  let weg = async () => {};
  let url: string | undefined;
  if (soort === 'postgres') {
    const pgdb = await maakPostgresDatabase();
    url = pgdb.url;
    db = await openDatabase({ soort: 'postgres', url: pgdb.url, poolGrootte: opties.poolGrootte ?? 10 });
    weg = pgdb.weg;
  } else {
    db = await openDatabase({ soort: 'pglite-geheugen' });
  }
  const d: Diensten = { db: db.prisma, klok, privacy: nederlandsePrivacyPoort };
  const yaml = opties.yaml ?? VOORBEELD_YAML;
  await importeerTafels(d, leesTafelsBestand(yaml), yaml);
  return {
    db,
    klok,
    d,
    url,
    async opruimen() {
      await db.sluit();
      await weg();
    },
  };
}

/** The audit chain as `audit verifieer` judges it once the sequencer caught up (as the server's tick does). */
export async function verifieerGeketend(d: Diensten) {
  await ketenAudit(d);
  return verifieerAudit(d);
}

/**
 * The follow-up of rounds that an answer closed (besluit, escalation, cards), which the server runs as a job
 * right after the ack: tests run it here, at the injected clock's now, and nothing else that is due.
 */
export function rondRondesAf(d: Diensten) {
  return voerDueJobsUit(d, jobHandlers, { soorten: ['ronde_afronden'] });
}
