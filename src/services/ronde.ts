// Decision rounds: open with a deadline in working time. Answering is in antwoorden.ts, closing in
// sluiten.ts, reminders in herinneringen.ts.
import { DomeinFout } from '../domain/fouten.ts';
import type { PrecedentWeergave } from '../domain/register.ts';
import { zin } from '../taal/tekst.ts';
import { berekenDeadline, herinneringsmomenten } from '../time/index.ts';
import { schrijfAudit } from './audit.ts';
import type { Tx } from './context.ts';
import { planJob } from './jobplanning.ts';
import { laadCasusVoorUpdate, laatsteRonde } from './lezen.ts';
import { plaatsBericht } from './outboxplaatsing.ts';

export async function openRonde(tx: Tx, casusId: string, nu: Date, vergelijkbaar?: PrecedentWeergave[]) {
  const casus = await laadCasusVoorUpdate(tx, casusId);
  const leden = await tx.lid.findMany({
    where: { tafelId: casus.tafelId, actief: true, beslissingsbevoegd: true, rol: 'lid' },
    orderBy: { organisatieId: 'asc' },
  });
  if (leden.length === 0) {
    throw new DomeinFout(
      'configuratie',
      zin('fouten.configuratie.geen_beslissers', { tafel: casus.tafel.naam }),
    );
  }
  const termijn = casus.urgentie === 'spoed' ? casus.beleid.termijn.spoed : casus.beleid.termijn.normaal;
  const deadline = berekenDeadline(nu, termijn, casus.kalender, casus.beleid.vergadering);
  const vorige = await laatsteRonde(tx, casusId);
  const ronde = await tx.besluitronde.create({
    data: {
      casusId,
      volgnummer: (vorige?.volgnummer ?? 0) + 1,
      geopend: nu,
      deadline,
      verwachteLidIds: leden.map((l) => l.id),
      status: 'open',
    },
  });
  await schrijfAudit(tx, {
    tenantId: casus.tenantId,
    actie: 'ronde_geopend',
    actorId: null,
    casusRef: casus.referentie,
    data: { ronde: ronde.volgnummer, deadline: deadline.toISOString(), verwacht: leden.length },
    moment: nu,
  });
  await planJob(
    tx,
    {
      soort: 'ronde_sluiten',
      sleutel: `ronde:${ronde.id}:sluiten`,
      due: deadline,
      payload: { rondeId: ronde.id },
    },
    nu,
  );
  const momenten = herinneringsmomenten(nu, deadline, casus.beleid.herinneringen, casus.kalender);
  for (const [i, moment] of momenten.entries()) {
    await planJob(
      tx,
      {
        soort: 'herinnering',
        sleutel: `ronde:${ronde.id}:herinnering:${i}`,
        due: moment,
        payload: { rondeId: ronde.id, nummer: i },
      },
      nu,
    );
  }
  await plaatsBericht(tx, {
    tenantId: casus.tenantId,
    casusId,
    sleutel: `geplaatst:${casusId}:ronde${ronde.volgnummer}`,
    ontvangers: [{ soort: 'kanaal', tafelId: casus.tafelId, kanaalSoort: 'tafel' }],
    bericht: {
      soort: 'casus_geplaatst',
      kaart: { casusId, versie: casus.versie, ...(vergelijkbaar ? { vergelijkbaar } : {}) },
    },
    moment: nu,
  });
  return ronde;
}
