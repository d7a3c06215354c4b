// Records audit events in the caller's transaction; the sequencer chains them after commit.
import { randomUUID } from 'node:crypto';
import { json, type Kolom, voegIn } from '../store/rijen.ts';
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
  | 'toezegging_achterstallig'
  | 'toezegging_gedaan'
  | 'casus_aangevuld'
  /** The round waits for what the table requires before it (spelregels §4). */
  | 'ronde_wacht_op_aanvulling'
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
 * Records an event for the tenant's audit trail. It is inserted unchained, in the caller's transaction and
 * just before its commit (so its insertion key is taken after every lock the use case took); the sequencer
 * (auditvolgorde.ts) gives it its position and hash right after the commit. Nothing here touches a row that
 * every write of a tenant touches: the chain's head is the sequencer's alone.
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

const KOLOMMEN: readonly Kolom[] = [
  ['id', 'text'],
  ['tenantId', 'text'],
  ['actie', 'text'],
  ['actorSoort', 'text'],
  ['actorId', 'text'],
  ['casusRef', 'text'],
  ['data', 'jsonb'],
  ['moment', 'timestamp(3)'],
];

/** One statement for all events of the transaction, in the order they were written (their insertion keys). */
async function voegToe(tx: Tx, regels: AuditRegel[]): Promise<void> {
  if (regels.length === 0) return;
  await voegIn(
    tx.sql,
    'AuditEvent',
    KOLOMMEN,
    regels.map((regel) => [
      randomUUID(),
      regel.tenantId,
      regel.actie,
      regel.actorId ? 'persoon' : 'systeem',
      regel.actorId,
      regel.casusRef ?? null,
      json(JSON.parse(JSON.stringify(regel.data ?? {}))),
      regel.moment,
    ]),
  );
}
