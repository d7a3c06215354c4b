// Writes signed checkpoints of every tenant's chain head to the anchor file (append-only, outside the
// database) and to the log, and reads them back for `audit verifieer`. See domain/auditanker.ts for why.
import { appendFile, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  type Anker,
  type AnkerInstellingen,
  ankerRegel,
  type GelezenAnker,
  leesAnkerTekst,
  ondertekenAnker,
} from '../domain/auditanker.ts';
import { bronVan } from '../store/database.ts';
import type { Diensten } from './context.ts';

export type { AnkerInstellingen };

export interface AnkerLog {
  info(velden: Record<string, unknown>, bericht: string): void;
}

// The last checkpoint written per file and tenant by this process: an unchanged head is not written again.
const geschreven = new Map<string, string>();

/** Appends a checkpoint for every tenant whose head moved since this process last wrote one. */
export async function zetAnkers(d: Diensten, a: AnkerInstellingen, log?: AnkerLog): Promise<Anker[]> {
  const koppen = await bronVan(d.db).lees.query<{
    tenantId: string;
    slug: string;
    positie: number;
    hash: string;
  }>(
    `SELECT k."tenantId", t.slug, k.positie, k.hash FROM "AuditKop" k JOIN "Tenant" t ON t.id = k."tenantId"
      WHERE k.positie > 0 ORDER BY t.slug`,
  );
  const moment = d.klok.nu().toISOString();
  const nieuw = koppen
    .filter((k) => geschreven.get(`${a.bestand}|${k.tenantId}`) !== `${k.positie}:${k.hash}`)
    .map((k) =>
      ondertekenAnker(
        { tenant: k.slug, tenantId: k.tenantId, positie: k.positie, hash: k.hash, moment },
        a.sleutel,
      ),
    );
  if (nieuw.length === 0) return [];
  await mkdir(path.dirname(path.resolve(a.bestand)), { recursive: true });
  // One write of whole lines with O_APPEND: processes sharing the file never interleave within a line.
  await appendFile(a.bestand, nieuw.map(ankerRegel).join(''), { mode: 0o600, flag: 'a' });
  for (const anker of nieuw) {
    geschreven.set(`${a.bestand}|${anker.tenantId}`, `${anker.positie}:${anker.hash}`);
    log?.info({ auditanker: anker }, 'auditanker gezet');
  }
  return nieuw;
}

/** The anchor file's lines, judged; null when there is no file (yet). */
export async function leesAnkers(a: AnkerInstellingen): Promise<GelezenAnker[] | null> {
  let tekst: string;
  try {
    tekst = await readFile(a.bestand, 'utf8');
  } catch (fout) {
    if ((fout as { code?: string }).code === 'ENOENT') return null;
    throw fout;
  }
  return leesAnkerTekst(tekst, a.sleutel);
}
