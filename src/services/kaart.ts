// Every visible change of a casus bumps its version and asks the adapters to update the card in place.
import { plaatsBericht } from '../outbox/plaats.ts';
import type { Tx } from './context.ts';
import { type GeladenCasus, kaartStand } from './lezen.ts';

export async function werkKaartBij(tx: Tx, casus: GeladenCasus, moment: Date): Promise<void> {
  const { versie } = await tx.casus.update({
    where: { id: casus.id },
    data: { versie: { increment: 1 } },
    select: { versie: true },
  });
  const bijgewerkt = { ...casus, ...(await tx.casus.findUniqueOrThrow({ where: { id: casus.id } })), versie };
  await plaatsBericht(tx, {
    tenantId: casus.tenantId,
    casusId: casus.id,
    sleutel: `kaart:${casus.id}:v${versie}`,
    ontvangers: [{ soort: 'kanaal', tafelId: casus.tafelId, kanaalSoort: 'tafel' }],
    bericht: { soort: 'casus_bijgewerkt', kaart: await kaartStand(tx, bijgewerkt) },
    moment,
  });
}
