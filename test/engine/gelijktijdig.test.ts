// Concurrency on the PostgreSQL server: numbering under concurrent submissions, members answering
// at the same moment, double clicks. (PGlite has one connection, so these run on the server.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isDomeinFout } from '../../src/domain/fouten.ts';
import { respond } from '../../src/services/antwoorden.ts';
import { ketenAudit } from '../../src/services/auditvolgorde.ts';
import { decideAsBestuurder } from '../../src/services/bestuurdersbesluit.ts';
import { raiseCasus } from '../../src/services/casus.ts';
import { maakOmgeving, postgresBeschikbaar, rondRondesAf, type TestOmgeving } from '../helpers/database.ts';
import { consulent, directeur, intake, LEDEN, wie } from '../helpers/intake.ts';

describe.runIf(postgresBeschikbaar)('concurrency on PostgreSQL', () => {
  let o: TestOmgeving;
  beforeAll(async () => {
    o = await maakOmgeving('postgres', { poolGrootte: 20 });
  });
  afterAll(async () => {
    await o?.opruimen();
  });

  it('30 concurrent submissions get 30 distinct, gapless reference numbers', async () => {
    const indieners = Array.from({ length: 30 }, (_, i) => ({
      ...wie(`indiener-${i}`),
      naam: `Indiener ${i}`,
    }));
    const resultaten = await Promise.all(indieners.map((w) => raiseCasus(o.d, w, intake())));
    const nummers = resultaten.map((r) => Number(r.referentie.split('-')[2])).sort((a, b) => a - b);
    expect(nummers).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
  });

  it('all five members answering at the same moment close the round exactly once', async () => {
    const c = await raiseCasus(o.d, consulent, intake());
    const uitkomsten = await Promise.all(
      Object.values(LEDEN).map((lid) =>
        respond(o.d, lid, c.referentie, { keuze: 'akkoord', reden: 'Gelijktijdig akkoord.' }),
      ),
    );
    expect(uitkomsten.filter((u) => u.gesloten === 'toegekend')).toHaveLength(1);
    await rondRondesAf(o.d);
    expect(await o.db.prisma.besluit.count({ where: { casusId: c.casusId } })).toBe(1);
    expect(await o.db.prisma.besluitronde.count({ where: { casusId: c.casusId, status: 'gesloten' } })).toBe(
      1,
    );
    expect(
      await o.db.prisma.outboxBericht.count({ where: { casusId: c.casusId, soort: 'besluit_gedeeld' } }),
    ).toBe(4);
  });

  it('two members answering at once both count; a double click of one member is one more revision, not a lost one', async () => {
    const c = await raiseCasus(o.d, consulent, intake());
    await Promise.all([
      respond(o.d, LEDEN.wi, c.referentie, { keuze: 'akkoord', reden: 'Akkoord.' }),
      respond(o.d, LEDEN.ggz, c.referentie, { keuze: 'niet_akkoord', reden: 'Niet akkoord.' }),
      respond(o.d, LEDEN.buurtteam, c.referentie, { keuze: 'akkoord', reden: 'Klik een.' }),
      respond(o.d, LEDEN.buurtteam, c.referentie, { keuze: 'akkoord', reden: 'Klik twee.' }),
    ]);
    const antwoorden = await o.db.prisma.antwoord.findMany({ where: { ronde: { casusId: c.casusId } } });
    expect(antwoorden).toHaveLength(4);
    const buurtteam = antwoorden
      .filter((r) => r.reden.startsWith('Klik'))
      .map((r) => r.revisie)
      .sort();
    expect(buurtteam).toEqual([1, 2]);
  });

  it('a bestuurder double-clicking approve records one besluit; the other click is refused', async () => {
    const c = await raiseCasus(o.d, consulent, intake({ kostenMaatwerk: 8000 }));
    for (const lid of Object.values(LEDEN))
      await respond(o.d, lid, c.referentie, { keuze: 'akkoord', reden: 'Akkoord.' });
    await rondRondesAf(o.d);
    const pogingen = await Promise.allSettled([
      decideAsBestuurder(o.d, directeur, c.referentie, { besluit: 'goedkeuren', reden: 'Klik een.' }),
      decideAsBestuurder(o.d, directeur, c.referentie, { besluit: 'goedkeuren', reden: 'Klik twee.' }),
    ]);
    expect(pogingen.filter((p) => p.status === 'fulfilled')).toHaveLength(1);
    const geweigerd = pogingen.find((p) => p.status === 'rejected') as PromiseRejectedResult;
    expect(isDomeinFout(geweigerd.reason) && geweigerd.reason.code).toBe('al_beslist');
    expect(await o.db.prisma.besluit.count({ where: { casusId: c.casusId } })).toBe(1);
  });

  it('the audit chain stays gapless under all that concurrency', async () => {
    await ketenAudit(o.d);
    const events = await o.db.prisma.auditEvent.findMany({
      orderBy: { positie: 'asc' },
      select: { positie: true },
    });
    expect(events.map((e) => e.positie)).toEqual(events.map((_, i) => i + 1));
  });
});
