// The monthly knelpunten report: each table gets its own in its channel (and its own bestuurders), each
// tenant-wide bestuurder the report over all tables. Once per month across replicas (a claimed cron slot).
// Each report's chart is rendered once and stored with the messages (grafiekopslag.ts); the message
// carries a reference to it, and each adapter decides how the image reaches its platform.
import { DateTime } from 'luxon';
import type { Ontvanger } from '../domain/berichten.ts';
import { claimSlot } from '../services/agenda.ts';
import { type Diensten, inTransactie } from '../services/context.ts';
import { plaatsBericht } from '../services/outboxplaatsing.ts';
import { type Taal, taalOf } from '../taal/taal.ts';
import { alsBericht } from './berichten.ts';
import { grafiekBeschrijving, type PngMaat } from './grafiek.ts';
import { bewaarGrafiek } from './grafiekopslag.ts';
import { maakRapport, naarPng, type Rapport, samenvatting } from './rapport.ts';

const ZONE = 'Europe/Amsterdam';

/**
 * The size of the delivered chart. Teams shows card images of at most 1024×1024 px (and 1 MB); Slack takes
 * any size. One image that every platform shows as it is, instead of one per platform.
 */
export const MAANDGRAFIEK: PngMaat = { breedte: 1024, hoogte: 600 };

/** The calendar month before the one `moment` falls in (Amsterdam), as report days and a slot key. */
export function vorigeMaand(moment: Date): { van: string; tot: string; slot: string } {
  const begin = DateTime.fromJSDate(moment, { zone: ZONE }).startOf('month').minus({ months: 1 });
  return {
    van: begin.toISODate()!,
    tot: begin.endOf('month').toISODate()!,
    slot: begin.toFormat('yyyy-MM'),
  };
}

interface Verzending {
  tenantId: string;
  /** The tenant's language: the summary, the chart and its description are written in it. */
  taal: Taal;
  sleutel: string;
  ontvangers: Ontvanger[];
  rapport: Rapport;
  png: Buffer;
}

/**
 * Sends last month's reports. True when this call sent at least one; false when another replica already
 * did (or is doing) this month, or when no table had a casus that month (nothing is sent then).
 */
export async function stuurMaandrapporten(d: Diensten, moment: Date = d.klok.nu()): Promise<boolean> {
  const { van, tot, slot } = vorigeMaand(moment);
  // Most calls (every start-up, every replica) find the month done: skip the reports then.
  if (await d.db.cronSlot.findUnique({ where: { taak_slot: { taak: 'maandrapport', slot } } })) return false;
  // Reports are read (and their charts drawn, ~0.2 s of CPU each) before the transaction: on PGlite one
  // connection serves both, and a read outside an open transaction would wait for it.
  const verzendingen: Verzending[] = [];
  for (const tenant of await d.db.tenant.findMany({ orderBy: { slug: 'asc' } })) {
    const taal = taalOf(tenant.taal);
    const bestuurders = await d.db.bestuurder.findMany({ where: { tenantId: tenant.id } });
    for (const tafel of await d.db.tafel.findMany({ where: { tenantId: tenant.id, actief: true } })) {
      const rapport = await maakRapport(d, { tenantId: tenant.id, van, tot, tafelId: tafel.id });
      if (rapport.totaal.casussen === 0) continue;
      verzendingen.push({
        tenantId: tenant.id,
        taal,
        sleutel: `maandrapport:${tafel.id}:${slot}`,
        ontvangers: [
          { soort: 'kanaal', tafelId: tafel.id, kanaalSoort: 'tafel' },
          ...bestuurders
            .filter((b) => b.tafelId === tafel.id)
            .map((b) => ({ soort: 'persoon' as const, persoonId: b.persoonId })),
        ],
        rapport,
        png: naarPng(rapport, MAANDGRAFIEK, taal),
      });
    }
    const breed = [...new Set(bestuurders.filter((b) => b.tafelId === null).map((b) => b.persoonId))];
    if (breed.length === 0) continue;
    const rapport = await maakRapport(d, { tenantId: tenant.id, van, tot });
    if (rapport.totaal.casussen === 0) continue;
    verzendingen.push({
      tenantId: tenant.id,
      taal,
      sleutel: `maandrapport:${tenant.id}:${slot}`,
      ontvangers: breed.map((persoonId) => ({ soort: 'persoon' as const, persoonId })),
      rapport,
      png: naarPng(rapport, MAANDGRAFIEK, taal),
    });
  }
  return inTransactie(d, async (tx) => {
    const nu = d.klok.nu();
    if (!(await claimSlot(tx, 'maandrapport', slot, nu))) return false;
    for (const v of verzendingen) {
      // One stored image per report, shared by all its recipients on every platform.
      const grafiek = await bewaarGrafiek(tx, {
        tenantId: v.tenantId,
        png: v.png,
        ...MAANDGRAFIEK,
        beschrijving: grafiekBeschrijving(v.rapport, v.taal),
        nu,
      });
      await plaatsBericht(tx, {
        tenantId: v.tenantId,
        sleutel: v.sleutel,
        ontvangers: v.ontvangers,
        bericht: alsBericht({
          soort: 'knelpuntenrapport',
          tafelNaam: v.rapport.tafel?.naam ?? null,
          van,
          tot,
          samenvatting: samenvatting(v.rapport, v.taal),
          rapport: v.rapport,
          grafiek,
        }),
        moment: nu,
      });
    }
    return verzendingen.length > 0;
  });
}
