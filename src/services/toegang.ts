// Enforces need-to-know on every read of a casus, and of a table's agenda and register. A refusal is
// audited in a transaction of its own after the read's transaction ended (PGlite has one connection), so
// the attempt is on record even though the read itself changes nothing. The audit row holds references
// only: who (the stored person), which casus (its reference) or table (its id), and by which path.

import { type BevoegdheidFeiten, magZien } from '../domain/bevoegdheid.ts';
import { DomeinFout } from '../domain/fouten.ts';
import { type Zin, zin } from '../taal/tekst.ts';
import { schrijfAudit } from './audit.ts';
import { type Diensten, inTransactie, type Tx } from './context.ts';

/**
 * How someone reached what was refused: a card's button or refresh (also on a forwarded copy), App Home,
 * a command naming a casus, the chair's controls, the agenda, the register.
 */
export type Toegangspad = 'kaart' | 'home' | 'opdracht' | 'voorzitter' | 'agenda' | 'zoeken';

export interface Weigering {
  tenantId: string;
  /** The stored person; null for someone the bot does not know. */
  actorId: string | null;
  casusRef: string | null;
  pad: Toegangspad;
  /** The table asked for (agenda, register), by id. */
  tafelId?: string | null;
}

class ToegangGeweigerd extends Error {
  constructor(
    readonly weigering: Weigering,
    readonly melding: Zin,
  ) {
    super('toegang geweigerd');
  }
}

/** Puts a refused attempt on record, in its own transaction. */
export async function legWeigeringVast(d: Diensten, w: Weigering): Promise<void> {
  await inTransactie(d, (tx) =>
    schrijfAudit(tx, {
      tenantId: w.tenantId,
      actie: 'toegang_geweigerd',
      actorId: w.actorId,
      casusRef: w.casusRef,
      data: { pad: w.pad, ...(w.tafelId ? { tafel: w.tafelId } : {}) },
      moment: d.klok.nu(),
    }),
  );
}

export type ToegangFeiten = Pick<BevoegdheidFeiten, 'lidVanTafel' | 'indiener' | 'escalatieDoel'>;

export async function toegangsFeiten(
  tx: Tx,
  persoonId: string | null,
  casus: { id: string; tafelId: string; indienerId: string },
): Promise<ToegangFeiten> {
  if (!persoonId) return { lidVanTafel: false, indiener: false, escalatieDoel: false };
  const [lid, escalatie] = await Promise.all([
    tx.lid.findFirst({ where: { tafelId: casus.tafelId, persoonId, actief: true }, select: { id: true } }),
    tx.escalatie.findFirst({ where: { casusId: casus.id, doelId: persoonId }, select: { id: true } }),
  ]);
  return { lidVanTafel: !!lid, indiener: casus.indienerId === persoonId, escalatieDoel: !!escalatie };
}

/**
 * Inside a read: stops it when the person may not see this casus. Use within `metToegang`. Returns the facts
 * it judged by, for the read's further rules.
 */
export async function eisToegang(
  tx: Tx,
  persoon: { id: string; tenantId: string } | null,
  casus: { id: string; tafelId: string; indienerId: string; tenantId: string; referentie: string },
  pad: Toegangspad,
): Promise<ToegangFeiten> {
  const zelfdeTenant = persoon?.tenantId === casus.tenantId;
  const feiten = zelfdeTenant ? await toegangsFeiten(tx, persoon!.id, casus) : null;
  if (feiten && magZien(feiten).mag) return feiten;
  throw new ToegangGeweigerd(
    {
      tenantId: casus.tenantId,
      actorId: zelfdeTenant ? persoon!.id : null,
      casusRef: casus.referentie,
      pad,
    },
    zin('fouten.toegang.casus', { referentie: casus.referentie }),
  );
}

/** Inside a read: stops it when the person does not sit at this table (members and its chair). */
export async function eisTafelToegang(
  tx: Tx,
  persoon: { id: string; tenantId: string },
  tafel: { id: string; tenantId: string },
  pad: Toegangspad,
  melding: Zin,
): Promise<void> {
  const lid =
    persoon.tenantId === tafel.tenantId
      ? await tx.lid.findFirst({
          where: { tafelId: tafel.id, persoonId: persoon.id, actief: true },
          select: { id: true },
        })
      : null;
  if (lid) return;
  throw new ToegangGeweigerd(
    {
      tenantId: tafel.tenantId,
      actorId: persoon.tenantId === tafel.tenantId ? persoon.id : null,
      casusRef: null,
      pad,
      tafelId: tafel.id,
    },
    melding,
  );
}

/** Runs a read in its own transaction; a refusal inside it becomes an audited Dutch refusal. */
export async function metToegang<T>(d: Diensten, werk: (tx: Tx) => Promise<T>): Promise<T> {
  try {
    return await inTransactie(d, werk);
  } catch (fout) {
    if (!(fout instanceof ToegangGeweigerd)) throw fout;
    await legWeigeringVast(d, fout.weigering);
    throw new DomeinFout('niet_bevoegd', fout.melding);
  }
}
