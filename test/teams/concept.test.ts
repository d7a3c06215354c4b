// Issue 19, "what was typed survives an interrupted form", through the real botbuilder adapter. A Teams
// dialog sends nothing when it is closed, so the draft is what a refused submit held: the next intake
// dialog opens with it and says so, and raising the casus removes it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SOORTEN } from '../helpers/database.ts';
import { kaartProblemen } from './kaartcontrole.ts';
import type { Kaart } from './nepconnector.ts';
import { GEBRUIKERS, type Gebruiker, maakTeamsOpzet, persoonlijk, type TeamsOpzet } from './opzet.ts';

const consulent = GEBRUIKERS.consulent;

describe.each(SOORTEN)('Teams: the intake draft on %s', (soort) => {
  let t: TeamsOpzet;
  beforeAll(async () => {
    t = await maakTeamsOpzet(soort, { start: '2026-11-23 09:30' });
  });
  afterAll(async () => {
    await t?.opruimen();
  });

  const open = async (wie: Gebruiker = consulent) => {
    const r = (await t.invoke(
      wie,
      'task/fetch',
      { data: { msteams: { type: 'task/fetch' }, actie: 'casus.formulier' } },
      persoonlijk(wie),
    )) as { status: number; body: { task: { value: { card: { content: Kaart } } } } };
    expect(r.status).toBe(200);
    const form = r.body.task.value.card.content;
    expect(kaartProblemen(form)).toEqual([]);
    const formulierId = (JSON.stringify(form).match(/"formulierId":"([^"]+)"/) ?? [])[1]!;
    return { form, tekst: JSON.stringify(form), formulierId };
  };

  const dienIn = async (formulierId: string, waarden: Record<string, string>) =>
    (
      (await t.invoke(
        consulent,
        'task/submit',
        { data: { actie: 'casus.indienen', formulierId, tafel: 'citydeal-utrecht', ...waarden } },
        persoonlijk(consulent),
      )) as { body: { task: { type: string; value: { card?: { content: Kaart } } } } }
    ).body.task;

  it('a refused submit keeps the draft; the next dialog opens with it; raising the casus removes it', async () => {
    const eerste = await open();
    expect(eerste.tekst).not.toContain('Je gaat verder met je concept');

    const titel = 'Onderbroken in Teams';
    const situatie = 'Huurachterstand dreigt door een verlaagde uitkering na een verhuizing.';
    const geweigerd = await dienIn(eerste.formulierId, { titel, situatie, urgentie: 'normaal' });
    expect(geweigerd.type).toBe('continue');
    expect(JSON.stringify(geweigerd.value.card!.content)).toContain(
      'de casus is nog niet ingediend. Wat je typte, bewaar ik als concept dat alleen jij ziet.',
    );
    const rijen = await t.o.db.prisma.intakeConcept.findMany();
    expect(rijen).toHaveLength(1);
    expect(rijen[0]!.platform).toBe('teams');
    expect(rijen[0]!.waarden).toMatchObject({ titel, situatie });

    // Someone else opens an empty form: a draft is private.
    const ander = await open(GEBRUIKERS.wi);
    expect(ander.tekst).not.toContain(titel);
    expect(ander.tekst).not.toContain('Je gaat verder met je concept');

    const weer = await open();
    expect(weer.tekst).toContain(titel);
    expect(weer.tekst).toContain(situatie);
    expect(weer.tekst).toContain('Je gaat verder met je concept van');

    const r = await dienIn(weer.formulierId, {
      titel,
      situatie,
      urgentie: 'normaal',
      knelpunt: 'kostendelersnorm',
    });
    expect(r.type).toBe('message');
    expect(await t.o.db.prisma.casus.count({ where: { titel } })).toBe(1);
    expect(await t.o.db.prisma.intakeConcept.count()).toBe(0);
    expect((await open()).tekst).not.toContain(titel);
  });
});
