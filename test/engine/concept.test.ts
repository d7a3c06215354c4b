// The intake draft (services/concept.ts): kept per person and platform, replaced on each save, gone when
// the casus is raised, purged after its retention by the maintenance tick, and read by nobody else.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONCEPT_BEWAARDAGEN } from '../../src/domain/concept.ts';
import { CRISISVELDEN } from '../../src/domain/intake.ts';
import { maakOnderhoud } from '../../src/jobs/onderhoud.ts';
import { raiseCasus } from '../../src/services/casus.ts';
import { bewaarConcept, leesConcept, vergeetVerlopenConcepten } from '../../src/services/concept.ts';
import { maakOmgeving, type TestOmgeving } from '../helpers/database.ts';
import { consulent, intake, LEDEN } from '../helpers/intake.ts';

describe('the intake draft', () => {
  let o: TestOmgeving;
  beforeAll(async () => {
    o = await maakOmgeving('pglite', { start: '2026-11-23 10:00' });
  });
  afterAll(async () => {
    await o?.opruimen();
  });
  const rijen = () => o.db.prisma.intakeConcept.findMany();

  it('keeps what was typed, replaced on each save; a form left empty removes it', async () => {
    expect(await bewaarConcept(o.d, consulent, { titel: 'Eerste titel', situatie: '', onbekend: 'x' })).toBe(
      true,
    );
    expect((await leesConcept(o.d, consulent))?.waarden).toEqual({ titel: 'Eerste titel' });
    o.klok.zet('2026-11-23 10:05');
    await bewaarConcept(o.d, consulent, { titel: 'Tweede titel', leefgebieden: ['wonen'] });
    expect(await rijen()).toHaveLength(1);
    const c = await leesConcept(o.d, consulent);
    expect(c?.waarden).toEqual({ titel: 'Tweede titel', leefgebieden: ['wonen'] });
    expect(c?.bijgewerkt.toISOString()).toBe(o.klok.nu().toISOString());
    expect(await bewaarConcept(o.d, consulent, { titel: '  ' })).toBe(false);
    expect(await rijen()).toHaveLength(0);
  });

  it('never stores what the privacy gate finds: the draft keeps the anonymised suggestion', async () => {
    const situatie =
      'Mevrouw Jansen, BSN 111222333, woont aan de Kerkstraat 12 en is bereikbaar op 06-12345678.';
    await bewaarConcept(o.d, consulent, {
      titel: 'Huurachterstand',
      situatie,
      gevraagdeOplossing: 'Bel 06-87654321 voor een afspraak.',
      eigenReferentie: 'ZAAK-2026-17',
    });
    const opgeslagen = JSON.stringify((await rijen())[0]!.waarden);
    for (const gevonden of ['111222333', 'Kerkstraat 12', '06-12345678', '06-87654321'])
      expect(opgeslagen).not.toContain(gevonden);
    const w = (await leesConcept(o.d, consulent))!.waarden;
    // The same text the refusal suggests, so the form reopens with what the person would type anyway.
    const { suggestie } = o.d.privacy.scan(situatie, { namen: [], woordenschat: [] });
    expect(w.situatie).toBe(suggestie);
    expect(w.situatie).toContain('[BSN]');
    expect(w.gevraagdeOplossing).toContain('[TELEFOON]');
    // Text the gate has no finding in is kept as typed; so is the person's own reference (not free text).
    expect(w.titel).toBe('Huurachterstand');
    expect(w.eigenReferentie).toBe('ZAAK-2026-17');
    await bewaarConcept(o.d, consulent, { titel: '' });
  });

  it('a form that shows some fields replaces only those; the rest of the draft stays', async () => {
    const alleen = CRISISVELDEN;
    await bewaarConcept(o.d, consulent, { titel: 'Normaal begonnen', situatie: 'Typte ik eerder.' });
    await bewaarConcept(o.d, consulent, { titel: 'Crisis', urgentie: 'crisis' }, { alleen });
    expect((await leesConcept(o.d, consulent))?.waarden).toEqual({
      titel: 'Crisis',
      urgentie: 'crisis',
      situatie: 'Typte ik eerder.',
    });
    // Its shown field emptied: that field goes, the hidden one stays.
    await bewaarConcept(o.d, consulent, { titel: '', urgentie: 'crisis' }, { alleen });
    expect((await leesConcept(o.d, consulent))?.waarden).toEqual({
      urgentie: 'crisis',
      situatie: 'Typte ik eerder.',
    });
    // A draft past its retention is not brought back by it.
    o.klok.zet('2026-12-20 10:00');
    await bewaarConcept(o.d, consulent, { titel: 'Na lange tijd' }, { alleen });
    expect((await leesConcept(o.d, consulent))?.waarden).toEqual({ titel: 'Na lange tijd' });
    await bewaarConcept(o.d, consulent, { titel: '' });
    o.klok.zet('2026-11-23 10:10');
    expect(await rijen()).toHaveLength(0);
  });

  it('refuses a draft of the wrong shape and keeps nothing of it', async () => {
    await expect(bewaarConcept(o.d, consulent, { titel: 'x'.repeat(5000) })).rejects.toThrow();
    await expect(bewaarConcept(o.d, consulent, { titel: 42 })).rejects.toThrow();
    expect(await rijen()).toHaveLength(0);
  });

  it('is private to the person and the platform it was typed on', async () => {
    await bewaarConcept(o.d, consulent, { titel: 'Alleen van de indiener' });
    expect(await leesConcept(o.d, LEDEN.wi)).toBeNull();
    expect(await leesConcept(o.d, { platform: 'slack', extern: 'U0FATIMA' })).toBeNull();
    expect((await leesConcept(o.d, consulent))?.waarden.titel).toBe('Alleen van de indiener');
  });

  it('is deleted in the transaction that raises the casus', async () => {
    await bewaarConcept(o.d, consulent, { titel: 'Wordt zo ingediend' });
    await bewaarConcept(o.d, LEDEN.wi, { titel: 'Van iemand anders' });
    await raiseCasus(o.d, consulent, intake());
    expect(await leesConcept(o.d, consulent)).toBeNull();
    // Someone else's draft stays.
    expect((await leesConcept(o.d, LEDEN.wi))?.waarden.titel).toBe('Van iemand anders');
    // A crisis referral is raising too.
    await bewaarConcept(o.d, consulent, { titel: 'Crisis in de wijk', urgentie: 'crisis' });
    await raiseCasus(o.d, consulent, {
      tafel: intake().tafel,
      titel: 'Crisis in de wijk',
      urgentie: 'crisis',
    });
    expect(await leesConcept(o.d, consulent)).toBeNull();
  });

  it(`is purged ${CONCEPT_BEWAARDAGEN} days after its last save, by the maintenance tick`, async () => {
    await o.db.prisma.intakeConcept.deleteMany();
    o.klok.zet('2026-12-01 10:00');
    await bewaarConcept(o.d, consulent, { titel: 'Oud concept' });
    o.klok.zet('2026-12-03 10:00');
    await bewaarConcept(o.d, LEDEN.wi, { titel: 'Jonger concept' });
    o.klok.zet('2026-12-08 09:59');
    expect(await vergeetVerlopenConcepten(o.d, o.klok.nu())).toBe(0);
    expect(await leesConcept(o.d, consulent)).not.toBeNull();
    o.klok.zet('2026-12-08 10:01');
    // Past its retention it is not read any more, even before the purge ran.
    expect(await leesConcept(o.d, consulent)).toBeNull();
    const onderhoud = maakOnderhoud(o.d, { anker: null, ankerElkeMs: 60_000 });
    expect((await onderhoud.tik()).vergeten).toBeGreaterThanOrEqual(1);
    expect((await rijen()).map((r) => (r.waarden as { titel: string }).titel)).toEqual(['Jonger concept']);
  });
});
