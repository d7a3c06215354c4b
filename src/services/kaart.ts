// Every visible change of a casus bumps its version and asks the adapters to update the card in place.
// The card itself is read when it is delivered (see KaartVerwijzing): here only the version and a reference.

import type { CasusStatus } from '../domain/woorden.ts';
import type { Tx } from './context.ts';
import { plaatsBericht } from './outboxplaatsing.ts';

export interface KaartCasus {
  id: string;
  tenantId: string;
  tafelId: string;
}

/**
 * `wijziging`: the visible change itself, written with the new version in the same statement; its status as
 * the state machine allowed it (see overgang.ts).
 */
export async function werkKaartBij(
  tx: Tx,
  casus: KaartCasus,
  moment: Date,
  wijziging?: { status: CasusStatus; opAgenda: boolean },
): Promise<void> {
  const [{ versie }] = (
    wijziging
      ? await tx.sql.query<{ versie: number }>(
          `UPDATE "Casus" SET versie = versie + 1, status = $2, "opAgenda" = $3 WHERE id = $1 RETURNING versie`,
          [casus.id, wijziging.status, wijziging.opAgenda],
        )
      : await tx.sql.query<{ versie: number }>(
          `UPDATE "Casus" SET versie = versie + 1 WHERE id = $1 RETURNING versie`,
          [casus.id],
        )
  ) as [{ versie: number }];
  await plaatsKaart(tx, casus, versie, moment);
}

/** The card update for a version already written (e.g. in the statement that stored an answer). */
export async function plaatsKaart(tx: Tx, casus: KaartCasus, versie: number, moment: Date): Promise<void> {
  await plaatsBericht(tx, {
    tenantId: casus.tenantId,
    casusId: casus.id,
    sleutel: `kaart:${casus.id}:v${versie}`,
    ontvangers: [{ soort: 'kanaal', tafelId: casus.tafelId, kanaalSoort: 'tafel' }],
    bericht: { soort: 'casus_bijgewerkt', kaart: { casusId: casus.id, versie } },
    moment,
  });
}
