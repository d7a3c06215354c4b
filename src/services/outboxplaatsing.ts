// Writes notifications into the outbox in the caller's transaction (the transactional outbox):
// a message exists if and only if the state change that caused it was committed.
import { randomUUID } from 'node:crypto';
import type { Adres, Ontvanger, OpgeslagenBericht } from '../domain/berichten.ts';
import { json, type Kolom, voegIn } from '../store/rijen.ts';
import { doeVoorCommit, type Tx } from './context.ts';

export interface Plaatsing {
  tenantId: string;
  casusId?: string | null;
  /** Unique per logical message; with the address it makes the idempotency key. */
  sleutel: string;
  ontvangers: Ontvanger[];
  bericht: OpgeslagenBericht;
  moment: Date;
}

interface Adresboek {
  kanalen: Map<string, Promise<Adres[]>>;
  personen: Map<string, Promise<Adres[]>>;
}

// Within one transaction a recipient's addresses do not change; a batch of jobs asks for the same
// channels and people many times.
const adresboeken = new WeakMap<Tx, Adresboek>();

function adresboek(tx: Tx): Adresboek {
  let boek = adresboeken.get(tx);
  if (!boek) {
    boek = { kanalen: new Map(), personen: new Map() };
    adresboeken.set(tx, boek);
  }
  return boek;
}

/** Channels the caller read already (in a query of its own), so placing a message does not read them again. */
export function kenKanalenToe(
  tx: Tx,
  tafelId: string,
  kanaalSoort: 'tafel' | 'leer',
  kanalen: readonly { platform: string; kanaalId: string }[],
): void {
  adresboek(tx).kanalen.set(
    `${tafelId}:${kanaalSoort}`,
    Promise.resolve(
      kanalen.map((k) => ({
        soort: 'kanaal' as const,
        platform: k.platform,
        kanaalId: k.kanaalId,
        tafelId,
        kanaalSoort,
      })),
    ),
  );
}

export function adresseer(tx: Tx, ontvanger: Ontvanger): Promise<Adres[]> {
  const boek = adresboek(tx);
  if (ontvanger.soort === 'kanaal') {
    const sleutel = `${ontvanger.tafelId}:${ontvanger.kanaalSoort}`;
    let adressen = boek.kanalen.get(sleutel);
    if (!adressen) {
      adressen = tx.sql
        .query<{ platform: string; kanaalId: string; taal: string }>(
          `SELECT k.platform, k."kanaalId", t.taal
             FROM "Kanaal" k JOIN "Tafel" ta ON ta.id = k."tafelId" JOIN "Tenant" t ON t.id = ta."tenantId"
            WHERE k."tafelId" = $1 AND k.soort = $2 ORDER BY k.platform`,
          [ontvanger.tafelId, ontvanger.kanaalSoort],
        )
        .then((kanalen) =>
          kanalen.map((k) => ({
            soort: 'kanaal' as const,
            platform: k.platform,
            kanaalId: k.kanaalId,
            tafelId: ontvanger.tafelId,
            kanaalSoort: ontvanger.kanaalSoort,
            taal: k.taal,
          })),
        );
      boek.kanalen.set(sleutel, adressen);
    }
    return adressen;
  }
  let adressen = boek.personen.get(ontvanger.persoonId);
  if (!adressen) {
    adressen = tx.sql
      .query<{ naam: string; taal: string; platform: string | null; extern: string | null }>(
        `SELECT p.naam, COALESCE(p.taal, t.taal) AS taal, i.platform, i.extern
           FROM "Persoon" p JOIN "Tenant" t ON t.id = p."tenantId"
           LEFT JOIN "Identiteit" i ON i."persoonId" = p.id
          WHERE p.id = $1 ORDER BY i.platform`,
        [ontvanger.persoonId],
      )
      .then((rijen) => {
        if (rijen.length === 0) throw new Error(`onbekende ontvanger ${ontvanger.persoonId}`);
        return rijen
          .filter((r) => r.platform !== null && r.extern !== null)
          .map((r) => ({
            soort: 'persoon' as const,
            platform: r.platform!,
            extern: r.extern!,
            persoonId: ontvanger.persoonId,
            naam: r.naam,
            taal: r.taal,
          }));
      });
    boek.personen.set(ontvanger.persoonId, adressen);
  }
  return adressen;
}

export const adresSleutel = (a: Adres) =>
  a.soort === 'kanaal' ? `${a.platform}:${a.kanaalId}` : `${a.platform}:${a.extern}`;

const KOLOMMEN: readonly Kolom[] = [
  ['id', 'text'],
  ['tenantId', 'text'],
  ['sleutel', 'text'],
  ['soort', 'text'],
  ['casusId', 'text'],
  ['ontvanger', 'jsonb'],
  ['data', 'jsonb'],
  ['status', 'text'],
  ['laatsteFout', 'text'],
  ['volgendePoging', 'timestamp(3)'],
  ['aangemaakt', 'timestamp(3)'],
];

const wachtrijen = new WeakMap<Tx, unknown[][]>();

/**
 * One row per delivery address; a recipient with no address gets a row marked undeliverable, never
 * silence. The rows of one transaction are inserted together just before it commits, in the order they
 * were placed (their delivery order); a repeated key is skipped.
 */
export async function plaatsBericht(tx: Tx, p: Plaatsing): Promise<void> {
  const rijen: unknown[][] = [];
  const data = json(p.bericht);
  for (const ontvanger of p.ontvangers) {
    const adressen = await adresseer(tx, ontvanger);
    const rij = (sleutel: string, adres: unknown, status: string, fout: string | null) => [
      randomUUID(),
      p.tenantId,
      sleutel,
      p.bericht.soort,
      p.casusId ?? null,
      json(adres),
      data,
      status,
      fout,
      p.moment,
      p.moment,
    ];
    if (adressen.length === 0) {
      const id =
        ontvanger.soort === 'kanaal' ? `${ontvanger.tafelId}:${ontvanger.kanaalSoort}` : ontvanger.persoonId;
      rijen.push(
        rij(
          `${p.sleutel}:${ontvanger.soort}:${id}`,
          ontvanger,
          'onbezorgbaar',
          'geen kanaal of platform-identiteit bekend',
        ),
      );
    }
    for (const adres of adressen)
      rijen.push(rij(`${p.sleutel}:${adresSleutel(adres)}`, adres, 'wachtend', null));
  }
  if (rijen.length === 0) return;
  let wachtrij = wachtrijen.get(tx);
  if (wachtrij) {
    wachtrij.push(...rijen);
    return;
  }
  wachtrij = rijen;
  wachtrijen.set(tx, wachtrij);
  const rij = wachtrij;
  if (
    !doeVoorCommit(tx, () =>
      voegIn(tx.sql, 'OutboxBericht', KOLOMMEN, rij, 'ON CONFLICT (sleutel) DO NOTHING').then(() => {}),
    )
  ) {
    wachtrijen.delete(tx);
    await voegIn(tx.sql, 'OutboxBericht', KOLOMMEN, rij, 'ON CONFLICT (sleutel) DO NOTHING');
  }
}
