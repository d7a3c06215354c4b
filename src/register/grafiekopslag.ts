// Stored report charts. The monthly slot renders each report's chart once and stores it in the database,
// so every replica serves the same bytes and nothing lives on a local disk: Slack's deliverer uploads
// them, Teams shows them from the server's URL. The token is the only key from outside (256 random bits);
// a durable job removes the row when it expires, so retention is bounded without a separate sweeper.
import { randomBytes, randomUUID } from 'node:crypto';
import type { GrafiekVerwijzing } from '../domain/register.ts';
import type { Diensten, Tx } from '../services/context.ts';
import { planJob } from '../services/jobplanning.ts';

/** 32 bytes as base64url without padding: 43 characters from [A-Za-z0-9_-]. */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

export function isGrafiekToken(token: string): boolean {
  return TOKEN.test(token);
}

/** Where the shared server serves stored charts: `${GRAFIEK_PAD}<token>.png`. */
export const GRAFIEK_PAD = '/rapport/afbeelding/';

export const grafiekPad = (token: string) => `${GRAFIEK_PAD}${token}.png`;

/** How long a chart stays reachable: a report is read in the weeks after it arrives, not for ever. */
export const GRAFIEK_BEWAARDAGEN = 90;

export interface OpgeslagenGrafiek {
  png: Buffer;
  breedte: number;
  hoogte: number;
  verloopt: Date;
}

/** Stores one chart and plans its removal, in the caller's transaction. */
export async function bewaarGrafiek(
  tx: Tx,
  g: { tenantId: string; png: Buffer; breedte: number; hoogte: number; beschrijving: string; nu: Date },
): Promise<GrafiekVerwijzing> {
  const token = randomBytes(32).toString('base64url');
  const verloopt = new Date(g.nu.getTime() + GRAFIEK_BEWAARDAGEN * 24 * 3_600_000);
  const id = randomUUID();
  // Raw SQL for the bytes: through Prisma a Bytes value reaches PGlite in a form its bytea serialiser
  // refuses (pglite-prisma-adapter 0.6.1 ignores argument types); decode() works the same on both.
  await tx.$executeRaw`
    INSERT INTO "RapportGrafiek" (id, token, "tenantId", png, breedte, hoogte, aangemaakt, verloopt)
    VALUES (${id}, ${token}, ${g.tenantId}, decode(${g.png.toString('base64')}, 'base64'), ${g.breedte},
            ${g.hoogte}, ${g.nu}, ${verloopt})`;
  // Keyed by the row id, not the token: the token stays out of the job table.
  await planJob(
    tx,
    {
      soort: 'rapportgrafiek_verwijderen',
      sleutel: `rapportgrafiek:${id}`,
      due: verloopt,
      payload: { grafiekId: id },
    },
    g.nu,
  );
  return {
    token,
    breedte: g.breedte,
    hoogte: g.hoogte,
    verloopt: verloopt.toISOString(),
    beschrijving: g.beschrijving,
  };
}

/** The chart behind a token, or null when the token is malformed, unknown or expired. */
export async function leesGrafiek(d: Diensten, token: string): Promise<OpgeslagenGrafiek | null> {
  if (!isGrafiekToken(token)) return null;
  const rij = await d.db.rapportGrafiek.findUnique({
    where: { token },
    select: { png: true, breedte: true, hoogte: true, verloopt: true },
  });
  // Expired rows wait for their job; until then they are as gone as a deleted one.
  if (!rij || rij.verloopt.getTime() <= d.klok.nu().getTime()) return null;
  return {
    png: Buffer.from(rij.png.buffer, rij.png.byteOffset, rij.png.byteLength),
    breedte: rij.breedte,
    hoogte: rij.hoogte,
    verloopt: rij.verloopt,
  };
}

/** The job at expiry. A row already gone (or given a later expiry) is left as it is. */
export async function verwijderGrafiek(tx: Tx, grafiekId: string, nu: Date): Promise<number> {
  const { count } = await tx.rapportGrafiek.deleteMany({ where: { id: grafiekId, verloopt: { lte: nu } } });
  return count;
}
