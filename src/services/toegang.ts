// Enforces need-to-know on every read of a casus. A refusal is audited in a transaction of its own
// after the read's transaction ended (PGlite has one connection), so the attempt is on record.
import { DomeinFout } from '../domain/fouten.ts';
import { magCasusZien } from '../domain/toegang.ts';
import { schrijfAudit } from './audit.ts';
import { type Diensten, inTransactie, type Tx } from './context.ts';

class ToegangGeweigerd extends Error {
  constructor(
    readonly tenantId: string,
    readonly casusRef: string,
    readonly actorId: string | null,
    readonly pad: string,
  ) {
    super('toegang geweigerd');
  }
}

export async function toegangsFeiten(
  tx: Tx,
  persoonId: string | null,
  casus: { id: string; tafelId: string; indienerId: string },
) {
  if (!persoonId) return { lidVanTafel: false, indiener: false, escalatieDoel: false };
  const [lid, escalatie] = await Promise.all([
    tx.lid.findFirst({ where: { tafelId: casus.tafelId, persoonId, actief: true }, select: { id: true } }),
    tx.escalatie.findFirst({ where: { casusId: casus.id, doelId: persoonId }, select: { id: true } }),
  ]);
  return { lidVanTafel: !!lid, indiener: casus.indienerId === persoonId, escalatieDoel: !!escalatie };
}

/** Inside a read: stops it when the person may not see this casus. Use within `metToegang`. */
export async function eisToegang(
  tx: Tx,
  persoon: { id: string; tenantId: string } | null,
  casus: { id: string; tafelId: string; indienerId: string; tenantId: string; referentie: string },
  pad: string,
): Promise<void> {
  const zelfdeTenant = persoon?.tenantId === casus.tenantId;
  if (zelfdeTenant && magCasusZien(await toegangsFeiten(tx, persoon!.id, casus))) return;
  throw new ToegangGeweigerd(casus.tenantId, casus.referentie, zelfdeTenant ? persoon!.id : null, pad);
}

/** Runs a read in its own transaction; a refusal inside it becomes an audited Dutch refusal. */
export async function metToegang<T>(d: Diensten, werk: (tx: Tx) => Promise<T>): Promise<T> {
  try {
    return await inTransactie(d, werk);
  } catch (fout) {
    if (!(fout instanceof ToegangGeweigerd)) throw fout;
    await inTransactie(d, (tx) =>
      schrijfAudit(tx, {
        tenantId: fout.tenantId,
        actie: 'toegang_geweigerd',
        actorId: fout.actorId,
        casusRef: fout.casusRef,
        data: { pad: fout.pad },
        moment: d.klok.nu(),
      }),
    );
    throw new DomeinFout(
      'niet_bevoegd',
      `U heeft geen toegang tot ${fout.casusRef}: alleen de tafel, de indiener en wie erover moet beslissen zien een casus.`,
    );
  }
}
