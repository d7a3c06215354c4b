// Issue 19: "a table may require them before its round opens" (spelregels §4). A casus that lacks what its
// table requires is stored and waits with its round closed; adding it opens the round in that same step.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tafelBeleidSchema } from '../../src/domain/beleid.ts';
import { vulCasusAan } from '../../src/services/aanvulling.ts';
import { raiseCasus } from '../../src/services/casus.ts';
import { kaartStand } from '../../src/services/kaartstand.ts';
import { legToestemmingVast } from '../../src/services/toestemming.ts';
import { maakOmgeving, type TestOmgeving, VOORBEELD_YAML } from '../helpers/database.ts';
import { consulent, intake } from '../helpers/intake.ts';

const VEREIST = 'vereistVoorRonde: []';

/** The quick intake: no costs, engagement or consent. */
const snel = () =>
  intake({
    kostenMaatwerk: undefined,
    kostenNietsDoen: undefined,
    kostenNietsDoenToelichting: undefined,
    betrokkenheid: undefined,
    toestemming: undefined,
  });

describe('the table policy vereistVoorRonde', () => {
  it('is empty by default and accepts only kosten, betrokkenheid and toestemming', () => {
    expect(tafelBeleidSchema.parse({}).vereistVoorRonde).toEqual([]);
    expect(tafelBeleidSchema.parse({ vereistVoorRonde: ['kosten', 'toestemming'] }).vereistVoorRonde).toEqual(
      ['kosten', 'toestemming'],
    );
    const fout = tafelBeleidSchema.safeParse({ vereistVoorRonde: ['geld'] });
    expect(fout.success).toBe(false);
    expect(JSON.stringify(fout.error?.issues)).toContain('kosten, betrokkenheid, toestemming');
  });
});

describe('a table that requires costs and consent before its round', () => {
  let o: TestOmgeving;
  beforeAll(async () => {
    expect(VOORBEELD_YAML).toContain(VEREIST);
    o = await maakOmgeving('pglite', {
      start: '2026-11-23 10:00',
      yaml: VOORBEELD_YAML.replace(VEREIST, 'vereistVoorRonde: [kosten, toestemming]'),
    });
  });
  afterAll(async () => {
    await o?.opruimen();
  });
  const rondes = (casusId: string) => o.db.prisma.besluitronde.count({ where: { casusId } });
  const berichten = (casusId: string, soort: string) =>
    o.db.prisma.outboxBericht.findMany({ where: { casusId, soort } });

  it('stores the casus without a round, shows what it waits for, and opens the round once it is all added', async () => {
    const c = await raiseCasus(o.d, consulent, snel());
    expect(c).toMatchObject({ status: 'in_besluitronde', deadline: null });
    expect(await rondes(c.casusId)).toBe(0);
    expect(
      await o.db.prisma.auditEvent.count({
        where: { casusRef: c.referentie, actie: 'ronde_wacht_op_aanvulling' },
      }),
    ).toBe(1);
    // The submitter is asked as always, and told the round waits.
    expect((await berichten(c.casusId, 'aanvulling_gevraagd')).length).toBeGreaterThan(0);
    const ontvangen = (await berichten(c.casusId, 'casus_ontvangen'))[0]!.data as Record<string, unknown>;
    expect(ontvangen.wachtOp).toEqual(['kosten', 'toestemming']);
    expect(ontvangen.deadline).toBeUndefined();
    // The card stands in the channel and names what the round waits for.
    const geplaatst = (await berichten(c.casusId, 'casus_geplaatst')).length;
    expect(geplaatst).toBeGreaterThan(0);
    const stand = await kaartStand(o.db.ruw, c.casusId);
    expect(stand.ronde).toBeNull();
    expect(stand.casus.wachtOp).toEqual(['kosten', 'toestemming']);

    // Adding the engagement (not required) and the costs: consent is still missing, it keeps waiting.
    await vulCasusAan(o.d, consulent, c.referentie, { kostenMaatwerk: '1.200', kostenNietsDoen: '9.000' });
    expect(await rondes(c.casusId)).toBe(0);
    expect((await kaartStand(o.db.ruw, c.casusId)).casus.wachtOp).toEqual(['toestemming']);

    await vulCasusAan(o.d, consulent, c.referentie, { toestemming: 'ja_vastgelegd' });
    const ronde = await o.db.prisma.besluitronde.findFirstOrThrow({ where: { casusId: c.casusId } });
    expect(ronde).toMatchObject({ volgnummer: 1, status: 'open' });
    expect(
      await o.db.prisma.job.findUnique({ where: { sleutel: `ronde:${ronde.id}:sluiten` } }),
    ).not.toBeNull();
    expect(
      await o.db.prisma.auditEvent.count({ where: { casusRef: c.referentie, actie: 'ronde_geopend' } }),
    ).toBe(1);
    const na = await kaartStand(o.db.ruw, c.casusId);
    expect(na.casus.status).toBe('in_besluitronde');
    expect(na.casus.wachtOp).toBeUndefined();
    expect(na.ronde?.status).toBe('open');
    expect((await berichten(c.casusId, 'casus_geplaatst')).length).toBe(2 * geplaatst);
  });

  it('opens the round when consent, the last thing it waited for, is recorded the other way', async () => {
    const c = await raiseCasus(o.d, consulent, intake({ toestemming: undefined }));
    expect(await rondes(c.casusId)).toBe(0);
    await legToestemmingVast(o.d, consulent, c.referentie, { toestemming: 'ja_vastgelegd' });
    expect(await rondes(c.casusId)).toBe(1);
    expect((await kaartStand(o.db.ruw, c.casusId)).ronde?.status).toBe('open');
  });

  it('opens the round at once when the casus has what the table requires', async () => {
    const c = await raiseCasus(
      o.d,
      consulent,
      intake({ betrokkenheid: undefined }), // missing only what the table does not require
    );
    expect(c.deadline).not.toBeNull();
    expect(await rondes(c.casusId)).toBe(1);
    expect((await kaartStand(o.db.ruw, c.casusId)).casus.wachtOp).toBeUndefined();
  });
});

describe('a table without the option', () => {
  let o: TestOmgeving;
  beforeAll(async () => {
    o = await maakOmgeving('pglite', { start: '2026-11-23 10:00' });
  });
  afterAll(async () => {
    await o?.opruimen();
  });

  it('opens the round of a quick intake at once, as before', async () => {
    const c = await raiseCasus(o.d, consulent, snel());
    expect(c.deadline).not.toBeNull();
    expect(await o.db.prisma.besluitronde.count({ where: { casusId: c.casusId } })).toBe(1);
    expect(
      await o.db.prisma.auditEvent.count({
        where: { casusRef: c.referentie, actie: 'ronde_wacht_op_aanvulling' },
      }),
    ).toBe(0);
    await vulCasusAan(o.d, consulent, c.referentie, { toestemming: 'ja_vastgelegd' });
    expect(await o.db.prisma.besluitronde.count({ where: { casusId: c.casusId } })).toBe(1);
  });
});
