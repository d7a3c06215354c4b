// Answers that arrive together are stored together (group commit, src/services/partijen.ts). Each keeps
// the meaning it has on its own: a refusal refuses only that answer, one member's two answers are two
// revisions, a request and its twin act once, the answer that completes a round closes it and a later
// one in the same batch is refused, and the audit chain stays whole.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isDomeinFout } from '../../src/domain/fouten.ts';
import { respond } from '../../src/services/antwoorden.ts';
import { raiseCasus } from '../../src/services/casus.ts';
import {
  maakOmgeving,
  rondRondesAf,
  SOORTEN,
  type TestOmgeving,
  verifieerGeketend,
} from '../helpers/database.ts';
import { consulent, intake, LEDEN, wie } from '../helpers/intake.ts';

const akkoord = (reden = 'Past binnen onze afspraken.') => ({ keuze: 'akkoord' as const, reden });
const code = (u: PromiseSettledResult<unknown>) =>
  u.status === 'rejected' ? (isDomeinFout(u.reason) ? u.reason.code : String(u.reason)) : 'ok';

describe.each(SOORTEN)('answers in one batch on %s', (soort) => {
  let o: TestOmgeving;
  beforeAll(async () => {
    o = await maakOmgeving(soort, { poolGrootte: 10 });
  });
  afterAll(async () => {
    await o?.opruimen();
  });

  it('refuses only the answers that are wrong; the others are stored, each with its own revision', async () => {
    const a = await raiseCasus(o.d, consulent, intake());
    const b = await raiseCasus(o.d, consulent, intake());
    // The first goes alone; the rest arrive while it is written and share the next batch.
    const uitkomsten = await Promise.allSettled([
      respond(o.d, LEDEN.wi, a.casusId, akkoord()),
      respond(o.d, LEDEN.wi, b.casusId, akkoord()),
      respond(o.d, LEDEN.ggz, b.casusId, { keuze: 'niet_akkoord', reden: 'Bel 06-12345678 voor uitleg.' }),
      respond(o.d, wie('onbekend'), b.casusId, akkoord()),
      respond(o.d, LEDEN.corporatie, b.casusId, { keuze: 'akkoord', reden: '' }),
      respond(o.d, LEDEN.corporatie, 'MW-2099-9999', akkoord()),
      respond(o.d, LEDEN.wi, b.casusId, { keuze: 'onthouding', reden: 'Toch liever onthouding.' }),
      respond(o.d, LEDEN.buurtteam, b.referentie, akkoord()),
    ]);
    expect(uitkomsten.map(code)).toEqual([
      'ok',
      'ok',
      'persoonsgegevens',
      'niet_bevoegd',
      'ongeldige_invoer',
      'onbekend',
      'ok',
      'ok',
    ]);
    const revisies = uitkomsten.flatMap((u) => (u.status === 'fulfilled' ? [u.value.revisie] : []));
    expect(revisies).toEqual([1, 1, 2, 1]);
    const opgeslagen = await o.db.prisma.antwoord.findMany({
      where: { ronde: { casusId: b.casusId } },
      orderBy: [{ gegeven: 'asc' }, { revisie: 'asc' }],
      include: { lid: { include: { persoon: true } } },
    });
    expect(opgeslagen.map((r) => `${r.lid.persoon.naam}:${r.keuze}:${r.revisie}`).sort()).toEqual(
      ['Ahmed el Amrani:akkoord:1', 'Ahmed el Amrani:onthouding:2', 'Lotte Visser:akkoord:1'].sort(),
    );
    // Nothing of a refused answer is kept, not even in the outbox or the audit trail.
    expect(JSON.stringify(await o.db.prisma.antwoord.findMany())).not.toContain('06-12345678');
    const audit = await o.db.prisma.auditEvent.count({
      where: { casusRef: b.referentie, actie: { startsWith: 'reactie_' } },
    });
    expect(audit).toBe(3);
    expect((await verifieerGeketend(o.d)).every((t) => t.oordeel.geldig)).toBe(true);
  });

  it('closes a round with the answer that completes it; a later answer in the same batch is refused', async () => {
    const c = await raiseCasus(o.d, consulent, intake());
    const leden = Object.values(LEDEN);
    await respond(o.d, leden[0]!, c.casusId, akkoord());
    const uitkomsten = await Promise.allSettled([
      respond(o.d, leden[1]!, c.casusId, akkoord()), // alone
      respond(o.d, leden[2]!, c.casusId, akkoord()),
      respond(o.d, leden[3]!, c.casusId, akkoord()),
      respond(o.d, leden[4]!, c.casusId, akkoord()), // the last one: closes
      respond(o.d, leden[2]!, c.casusId, { keuze: 'niet_akkoord', reden: 'Bedacht me, te laat.' }),
    ]);
    expect(uitkomsten.map(code)).toEqual(['ok', 'ok', 'ok', 'ok', 'ronde_gesloten']);
    const gesloten = uitkomsten.flatMap((u) => (u.status === 'fulfilled' ? [u.value.gesloten] : []));
    expect(gesloten).toEqual([null, null, null, 'toegekend']);
    // The besluit follows right after, as a job of its own.
    expect(await o.db.prisma.besluit.count({ where: { casusId: c.casusId } })).toBe(0);
    await rondRondesAf(o.d);
    expect(await o.db.prisma.besluit.count({ where: { casusId: c.casusId } })).toBe(1);
    expect(await o.db.prisma.antwoord.count({ where: { ronde: { casusId: c.casusId } } })).toBe(5);
  });

  it('a request and its twin in one batch act once and get the same result; a redelivery later too', async () => {
    const c = await raiseCasus(o.d, consulent, intake());
    const opties = { verzoek: 'slack:view:VTWEELING' };
    const [eerste, tweede] = await Promise.all([
      respond(o.d, LEDEN.ggz, c.casusId, akkoord('Eerst.'), { verzoek: 'slack:view:VANDER' }),
      respond(o.d, LEDEN.wi, c.casusId, akkoord('Tweeling.'), opties),
      respond(o.d, LEDEN.wi, c.casusId, akkoord('Tweeling.'), opties),
    ]).then((r) => [r[1]!, r[2]!]);
    expect(tweede).toEqual(eerste);
    const later = await respond(o.d, LEDEN.wi, c.casusId, akkoord('Tweeling.'), opties);
    expect(later).toEqual(eerste);
    expect(
      await o.db.prisma.antwoord.count({ where: { ronde: { casusId: c.casusId }, reden: 'Tweeling.' } }),
    ).toBe(1);
  });

  it('one card update per casus for a batch, showing every answer of it', async () => {
    const c = await raiseCasus(o.d, consulent, intake());
    const voor = await o.db.prisma.outboxBericht.count({
      where: { casusId: c.casusId, soort: 'casus_bijgewerkt' },
    });
    await Promise.all([
      respond(o.d, LEDEN.wi, c.casusId, akkoord()),
      respond(o.d, LEDEN.ggz, c.casusId, akkoord()),
      respond(o.d, LEDEN.corporatie, c.casusId, akkoord()),
      respond(o.d, LEDEN.buurtteam, c.casusId, akkoord()),
    ]);
    const na = await o.db.prisma.outboxBericht.count({
      where: { casusId: c.casusId, soort: 'casus_bijgewerkt' },
    });
    // The first answer starts a batch of its own; the rest wait for it (answers on one casus never run side
    // by side, however many batches may) and go together in the second.
    const adressen = await o.db.prisma.kanaal.count({
      where: { soort: 'tafel', tafel: { casussen: { some: { id: c.casusId } } } },
    });
    expect(adressen).toBeGreaterThan(0);
    expect(na - voor).toBe(2 * adressen);
  });
});
