// The consistency signal as a service: it fires and stays quiet where it should, asks the chair once,
// and the chair's answer is stored, audited, searchable and shared with the table.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isDomeinFout } from '../../src/domain/fouten.ts';
import { controleerConsistentie, lichtAfwijkingToe } from '../../src/register/consistentie.ts';
import { indexeerBesluit } from '../../src/register/indexeren.ts';
import { zoekBesluiten } from '../../src/register/zoeken.ts';
import { respond } from '../../src/services/antwoorden.ts';
import { raiseCasus } from '../../src/services/casus.ts';
import { inTransactie } from '../../src/services/context.ts';
import {
  maakOmgeving,
  rondRondesAf,
  SOORTEN,
  type TestOmgeving,
  verifieerGeketend,
} from '../helpers/database.ts';
import { consulent, intake, LEDEN, voorzitter } from '../helpers/intake.ts';
import { ams } from '../helpers/klok.ts';
import { type BesluitSpec, legBesluitenAan, yamlMetTweeTafels } from './fixture.ts';

let volgnummer = 0;
function besluit(
  tafel: string,
  knelpunt: string | null,
  uitkomst: BesluitSpec['uitkomst'],
  dag: string,
  titel = 'Eerder besluit',
): BesluitSpec {
  volgnummer++;
  return {
    referentie: `MW-2025-${String(volgnummer).padStart(4, '0')}`,
    tafel,
    knelpunt,
    knelpuntVrij: knelpunt ? undefined : 'Eigen omschrijving',
    titel,
    waarom: 'Afgewogen aan de tafel.',
    uitkomst,
    ingediend: `${dag} 09:00`,
    genomen: `${dag} 15:00`,
  };
}

const C = 'citydeal-utrecht';
const N = 'wijktafel-noord';
const SPECS = [
  // terugvordering at the city-deal table: three grants, then a rejection (fires)
  besluit(C, 'terugvordering', 'toegekend', '2026-01-05'),
  besluit(C, 'terugvordering', 'deels_toegekend', '2026-01-12'),
  besluit(C, 'terugvordering', 'toegekend', '2026-01-19'),
  besluit(C, 'terugvordering', 'afgewezen', '2026-02-02', 'Tegen de praktijk in'),
  // id-kaart-leges: two grants only, then a rejection (too little history)
  besluit(C, 'id-kaart-leges', 'toegekend', '2026-01-06'),
  besluit(C, 'id-kaart-leges', 'toegekend', '2026-01-13'),
  besluit(C, 'id-kaart-leges', 'afgewezen', '2026-02-03', 'Te weinig geschiedenis'),
  // urgentie-woning: three referrals, then a referral (follows the practice)
  besluit(C, 'urgentie-woning', 'doorverwezen', '2026-01-07'),
  besluit(C, 'urgentie-woning', 'afgewezen', '2026-01-14'),
  besluit(C, 'urgentie-woning', 'doorverwezen', '2026-01-21'),
  besluit(C, 'urgentie-woning', 'doorverwezen', '2026-02-04', 'Volgt de praktijk'),
  // leerlingenvervoer: the other table's grants do not count here
  besluit(N, 'leerlingenvervoer', 'toegekend', '2026-01-08'),
  besluit(N, 'leerlingenvervoer', 'toegekend', '2026-01-15'),
  besluit(N, 'leerlingenvervoer', 'toegekend', '2026-01-22'),
  besluit(C, 'leerlingenvervoer', 'toegekend', '2026-01-09'),
  besluit(C, 'leerlingenvervoer', 'afgewezen', '2026-02-05', 'Andere tafel telt niet'),
  // a free-text knelpunt cannot be compared
  besluit(C, null, 'toegekend', '2026-01-10'),
  besluit(C, null, 'toegekend', '2026-01-11'),
  besluit(C, null, 'toegekend', '2026-01-16'),
  besluit(C, null, 'afgewezen', '2026-02-06', 'Eigen omschrijving'),
  // kostendelersnorm: three rejections; the engine will grant one below
  besluit(C, 'kostendelersnorm', 'afgewezen', '2026-01-20'),
  besluit(C, 'kostendelersnorm', 'doorverwezen', '2026-01-27'),
  besluit(C, 'kostendelersnorm', 'afgewezen', '2026-02-09'),
];

describe.each(SOORTEN)('consistency signal on %s', (soort) => {
  let o: TestOmgeving;
  let ids: Map<string, string>;
  const idVan = (titel: string) => ids.get(SPECS.find((s) => s.titel === titel)!.referentie)!;
  const controleer = (besluitId: string) =>
    inTransactie(o.d, (tx) => controleerConsistentie(tx, besluitId, o.klok.nu()));
  const berichten = (soort: string) => o.db.prisma.outboxBericht.findMany({ where: { soort } });

  beforeAll(async () => {
    o = await maakOmgeving(soort, { yaml: yamlMetTweeTafels() });
    ids = await legBesluitenAan(o.d, 'utrecht', SPECS);
    o.klok.zet('2026-02-10 10:00');
  });
  afterAll(async () => {
    await o?.opruimen();
  });

  it('fires against the practice of the same table and knelpunt, and asks the chair once', async () => {
    const uitslag = await controleer(idVan('Tegen de praktijk in'));
    expect(uitslag).toMatchObject({
      vragen: true,
      oordeel: { wijktAf: true, meerderheid: 'geholpen', eerder: 3, inMeerderheid: 3 },
    });
    const marieke = await o.db.prisma.persoon.findFirstOrThrow({ where: { sleutel: 'voorzitter' } });
    expect(uitslag.voorzitterId).toBe(marieke.id);
    const vragen = await berichten('afwijking_gevraagd');
    expect(vragen.map((b) => (b.ontvanger as { persoonId: string }).persoonId)).toEqual(
      vragen.map(() => marieke.id),
    );
    expect(vragen.length).toBeGreaterThan(0);
    const data = vragen[0]!.data as { eerder: number; voorbeelden: { uitkomst: string }[]; knelpunt: string };
    expect(data.eerder).toBe(3);
    expect(data.knelpunt).toBe('Terugvordering bijstand na fout van de gemeente');
    expect(data.voorbeelden.map((v) => v.uitkomst)).toEqual(['toegekend', 'deels_toegekend', 'toegekend']);
    const besluitNa = await o.db.prisma.besluit.findUniqueOrThrow({
      where: { id: idVan('Tegen de praktijk in') },
    });
    expect(besluitNa.afwijkingGevraagd).toEqual(ams('2026-02-10 10:00'));
    // Asking again (a retried job, a second hook) does not ask twice.
    expect((await controleer(idVan('Tegen de praktijk in'))).vragen).toBe(true);
    expect(await berichten('afwijking_gevraagd')).toHaveLength(vragen.length);
    expect(await o.db.prisma.auditEvent.count({ where: { actie: 'afwijking_gevraagd' } })).toBe(1);
  });

  it.each([
    ['Te weinig geschiedenis', 'te_weinig_geschiedenis'],
    ['Volgt de praktijk', 'volgt_meerderheid'],
    ['Andere tafel telt niet', 'te_weinig_geschiedenis'],
  ])('stays quiet: %s', async (titel, reden) => {
    const uitslag = await controleer(idVan(titel));
    expect(uitslag).toMatchObject({ vragen: false, oordeel: { wijktAf: false, reden } });
  });

  it('stays quiet for a knelpunt in the submitter own words', async () => {
    expect(await controleer(idVan('Eigen omschrijving'))).toEqual({
      vragen: false,
      oordeel: null,
      voorzitterId: null,
    });
  });

  it('an earlier besluit is not judged against later ones', async () => {
    const eerste = ids.get(SPECS[0]!.referentie)!;
    expect((await controleer(eerste)).oordeel?.reden).toBe('te_weinig_geschiedenis');
  });

  it('the chair explains; stored, audited without text, searchable and shared with the table', async () => {
    const id = idVan('Tegen de praktijk in');
    const fout = async (p: Promise<unknown>) => {
      const e = await p.catch((x: unknown) => x);
      if (!isDomeinFout(e)) throw new Error('verwachtte een DomeinFout');
      return e;
    };
    expect((await fout(lichtAfwijkingToe(o.d, LEDEN.wi, id, 'Ik leg het wel even uit hier.'))).code).toBe(
      'geen_voorzitter',
    );
    expect((await fout(lichtAfwijkingToe(o.d, voorzitter, id, 'Kort'))).velden.map((v) => v.veld)).toEqual([
      'toelichting',
    ]);
    const pii = await fout(
      lichtAfwijkingToe(o.d, voorzitter, id, 'Bel de inwoner op 06-12345678 voor de achtergrond.'),
    );
    expect(pii.code).toBe('persoonsgegevens');
    expect(
      (await fout(lichtAfwijkingToe(o.d, voorzitter, 'bestaat-niet', 'Een goede reden hier.'))).code,
    ).toBe('onbekend');
    const tekst =
      'Uitzonderlijk: de terugvordering volgt hier uit eigen verwijtbaar handelen, niet uit een fout.';
    await lichtAfwijkingToe(o.d, voorzitter, id, tekst);
    const b = await o.db.prisma.besluit.findUniqueOrThrow({ where: { id } });
    expect(b).toMatchObject({ afwijkingToelichting: tekst, afwijkingToegelicht: ams('2026-02-10 10:00') });
    const [gevonden] = await zoekBesluiten(o.d, LEDEN.wi, { woorden: 'uitzonderlijk verwijtbaar' });
    expect(gevonden).toMatchObject({ besluitId: id, afwijkingToelichting: tekst });
    const gedeeld = await berichten('afwijking_toegelicht');
    expect(gedeeld.map((g) => (g.ontvanger as { kanaalId: string }).kanaalId).sort()).toEqual([
      '#citydeal-tafel',
      '#maatwerk-leerkanaal',
    ]);
    const audit = await o.db.prisma.auditEvent.findFirstOrThrow({ where: { actie: 'afwijking_toegelicht' } });
    expect(JSON.stringify(audit.data)).not.toContain('verwijtbaar');
    expect((await verifieerGeketend(o.d)).every((t) => t.oordeel.geldig)).toBe(true);
  });

  it('fires on a besluit the engine recorded (the hook), granted against three rejections', async () => {
    o.klok.zet('2026-11-23 10:00');
    const c = await raiseCasus(o.d, consulent, intake());
    for (const lid of Object.values(LEDEN))
      await respond(o.d, lid, c.referentie, { keuze: 'akkoord', reden: 'Past binnen de afspraken.' });
    await rondRondesAf(o.d);
    const b = await o.db.prisma.besluit.findUniqueOrThrow({ where: { casusId: c.casusId } });
    const uitslag = await inTransactie(o.d, async (tx) => {
      await indexeerBesluit(tx, b.id);
      return controleerConsistentie(tx, b.id, o.klok.nu());
    });
    expect(uitslag).toMatchObject({ vragen: true, oordeel: { meerderheid: 'niet_geholpen', eerder: 3 } });
  });
});
