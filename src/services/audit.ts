// Appends to the tenant's hash-chained audit trail inside the caller's transaction.
import { randomUUID } from 'node:crypto';
import { auditVoorvoegsel, BEGIN_HASH } from '../domain/auditketen.ts';
import { json, type Kolom, kolomArrays } from '../store/rijen.ts';
import { doeVoorCommit, type Tx } from './context.ts';

export type AuditActie =
  | 'casus_ingediend'
  | 'casus_crisis_doorverwezen'
  | 'ronde_geopend'
  | 'reactie_gegeven'
  | 'reactie_gewijzigd'
  | 'ronde_gesloten'
  | 'geescaleerd'
  | 'escalatie_verlopen'
  | 'voorzitter_beslist'
  | 'bestuurder_beslist'
  | 'informatie_gevraagd'
  | 'informatie_gegeven'
  | 'besluit_vastgelegd'
  | 'besluit_gedeeld'
  | 'op_agenda_gezet'
  | 'tafels_geimporteerd'
  | 'kanaal_gekoppeld'
  | 'kanaal_gecontroleerd'
  | 'termijn_verlengd'
  | 'casus_ingetrokken'
  | 'ronde_heropend'
  | 'agenda_gedeeld'
  | 'bezorging_mislukt'
  | 'tekst_gewist'
  | 'besluit_wacht_op_toestemming'
  | 'afwijking_gevraagd'
  | 'afwijking_toegelicht'
  | 'toestemming_vastgelegd'
  | 'toegang_geweigerd';

export interface AuditRegel {
  tenantId: string;
  actie: AuditActie;
  /** null for the system (jobs, closing rule). */
  actorId: string | null;
  casusRef?: string | null;
  /** References and digests only: never free text. */
  data?: Record<string, unknown>;
  moment: Date;
}

const wachtrij = new WeakMap<Tx, AuditRegel[]>();

/**
 * Appends an event to the tenant's chain. Inside `inTransactie` the append happens just before
 * commit: the chain head's row lock, which serialises a tenant's appends, is then held for
 * milliseconds instead of the whole use case, so concurrent answers do not queue behind each other.
 */
export async function schrijfAudit(tx: Tx, regel: AuditRegel): Promise<void> {
  const rij = wachtrij.get(tx);
  if (rij) {
    rij.push(regel);
    return;
  }
  const nieuw = [regel];
  if (doeVoorCommit(tx, () => voegToe(tx, nieuw), { laatst: true })) {
    wachtrij.set(tx, nieuw);
  } else await voegToe(tx, nieuw);
}

const NIEUW_KOLOMMEN: readonly Kolom[] = [
  ['id', 'text'],
  ['actie', 'text'],
  ['actorSoort', 'text'],
  ['actorId', 'text'],
  ['casusRef', 'text'],
  ['data', 'jsonb'],
  ['moment', 'timestamp(3)'],
  ['voorvoegsel', 'text'],
];

// The hash of event n: sha256 over its canonical prefix, position and previous hash (hashUitVoorvoegsel).
const HASH = (voorvoegsel: string, positie: string, vorige: string) =>
  `encode(sha256(convert_to(${voorvoegsel} || (${positie})::text || ',"vorigeHash":"' || ${vorige} || '"}', 'UTF8')), 'hex')`;

/**
 * One statement: lock the tenant's head, chain the new events onto it, insert them, move the head. The
 * head's lock, which serialises a tenant's appends, is then held from this statement to the commit that
 * follows it: one round trip, not three, which is what a tenant's answers per second queue on.
 */
function toevoegSql(): string {
  const arrays = NIEUW_KOLOMMEN.map(([, type], i) => `$${i + 2}::${type}[]`).join(', ');
  const namen = NIEUW_KOLOMMEN.map(([k]) => `"${k}"`).join(', ');
  return `WITH RECURSIVE
    kop AS (SELECT positie, hash FROM "AuditKop" WHERE "tenantId" = $1 FOR UPDATE),
    nieuw AS (SELECT * FROM unnest(${arrays}) WITH ORDINALITY AS u(${namen}, n)),
    keten AS (
      SELECT n.n, kop.positie + 1 AS positie, kop.hash AS vorige, ${HASH('n.voorvoegsel', 'kop.positie + 1', 'kop.hash')} AS hash
        FROM kop JOIN nieuw n ON n.n = 1
      UNION ALL
      SELECT n.n, k.positie + 1, k.hash, ${HASH('n.voorvoegsel', 'k.positie + 1', 'k.hash')}
        FROM keten k JOIN nieuw n ON n.n = k.n + 1),
    ingevoegd AS (
      INSERT INTO "AuditEvent" (id, "tenantId", positie, actie, "actorSoort", "actorId", "casusRef", data, moment, "vorigeHash", hash)
      SELECT n.id, $1, k.positie, n.actie, n."actorSoort", n."actorId", n."casusRef", n.data, n.moment, k.vorige, k.hash
        FROM nieuw n JOIN keten k USING (n)
      RETURNING 1)
  UPDATE "AuditKop" SET positie = l.positie, hash = l.hash
    FROM (SELECT positie, hash FROM keten ORDER BY n DESC LIMIT 1) l
   WHERE "AuditKop"."tenantId" = $1
  RETURNING (SELECT count(*) FROM ingevoegd)::int AS aantal`;
}

let toevoegen: string | undefined;

async function voegToe(tx: Tx, regels: AuditRegel[]): Promise<void> {
  if (regels.length === 0) return;
  toevoegen ??= toevoegSql();
  const tenants = [...new Set(regels.map((r) => r.tenantId))].sort();
  for (const tenantId of tenants) {
    const rijen = regels
      .filter((r) => r.tenantId === tenantId)
      .map((regel) => {
        const inhoud = {
          actie: regel.actie,
          actorSoort: regel.actorId ? 'persoon' : 'systeem',
          actorId: regel.actorId,
          casusRef: regel.casusRef ?? null,
          data: JSON.parse(JSON.stringify(regel.data ?? {})) as unknown,
          moment: regel.moment.toISOString(),
        };
        return [
          randomUUID(),
          inhoud.actie,
          inhoud.actorSoort,
          inhoud.actorId,
          inhoud.casusRef,
          json(inhoud.data),
          regel.moment,
          auditVoorvoegsel(inhoud),
        ];
      });
    const { params } = kolomArrays(NIEUW_KOLOMMEN, rijen, 2);
    let [uit] = await tx.sql.query<{ aantal: number }>(toevoegen, [tenantId, ...params]);
    if (!uit) {
      // The tenant's first event: its head does not exist yet.
      await tx.sql.query(
        `INSERT INTO "AuditKop" ("tenantId", positie, hash) VALUES ($1, 0, $2) ON CONFLICT ("tenantId") DO NOTHING`,
        [tenantId, BEGIN_HASH],
      );
      [uit] = await tx.sql.query<{ aantal: number }>(toevoegen, [tenantId, ...params]);
    }
    if (uit?.aantal !== rijen.length) throw new Error('auditketen: niet alle gebeurtenissen zijn vastgelegd');
  }
}
