// Issue 19, "what was typed survives an interrupted form", through the real botbuilder adapter. A Teams
// dialog sends nothing when it is closed, so the draft is what a refused submit held: the next intake
// dialog opens with it and says so, and raising the casus removes it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SOORTEN } from '../helpers/database.ts';
import { kaartProblemen } from './kaartcontrole.ts';
import type { Kaart } from './nepconnector.ts';
import {
  GEBRUIKERS,
  type Gebruiker,
  kanaal,
  maakTeamsOpzet,
  persoonlijk,
  TAFELKANAAL,
  type TeamsOpzet,
} from './opzet.ts';

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
      'de casus is nog niet ingediend. Wat je typte, bewaar ik als concept dat alleen jij ziet, zonder wat op een persoonsgegeven lijkt.',
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

  it('a submit the privacy gate refuses keeps a draft without what the gate found', async () => {
    await t.o.db.prisma.intakeConcept.deleteMany();
    const eerste = await open();
    const titel = 'Geweigerd door de poort';
    const geweigerd = await dienIn(eerste.formulierId, {
      titel,
      situatie: 'Moeder is bereikbaar op 06-12345678; de huur is drie maanden achter.',
      urgentie: 'normaal',
      knelpunt: 'kostendelersnorm',
    });
    expect(geweigerd.type).toBe('continue');
    const [rij] = await t.o.db.prisma.intakeConcept.findMany();
    expect(JSON.stringify(rij!.waarden)).not.toContain('12345678');
    const weer = await open();
    expect(weer.tekst).toContain(titel);
    expect(weer.tekst).toContain('Moeder is bereikbaar op [TELEFOON]; de huur is drie maanden achter.');
    expect(weer.tekst).not.toContain('12345678');
    await t.o.db.prisma.intakeConcept.deleteMany();
  });

  /** The message extension on a chat message with this HTML. */
  const vanBericht = async (html: string) => {
    const r = (await t.invoke(
      consulent,
      'composeExtension/fetchTask',
      {
        commandId: 'casusIndienen',
        commandContext: 'message',
        messagePayload: { body: { contentType: 'html', content: html } },
      },
      kanaal(TAFELKANAAL, '79'),
    )) as { status: number; body: { task: { value: { card: { content: Kaart } } } } };
    expect(r.status).toBe(200);
    const form = r.body.task.value.card.content;
    expect(kaartProblemen(form)).toEqual([]);
    return { form, tekst: JSON.stringify(form) };
  };
  const waardeVan = (form: Kaart, id: string) => {
    const zoek = (items: unknown[]): unknown => {
      for (const i of items as Record<string, unknown>[]) {
        if (i.id === id) return i.value;
        if (Array.isArray(i.items)) {
          const v = zoek(i.items);
          if (v !== undefined) return v;
        }
      }
      return undefined;
    };
    return zoek((form as unknown as { body: unknown[] }).body);
  };

  it('a draft and a message together: the typed situation first, the message below it, nothing lost', async () => {
    await t.o.db.prisma.intakeConcept.deleteMany();
    const getypt = 'Huurachterstand dreigt door een verlaagde uitkering na een verhuizing.';
    const { formulierId } = await open();
    await dienIn(formulierId, { titel: 'Concept en bericht', situatie: getypt, urgentie: 'normaal' });
    const { form, tekst } = await vanBericht('<p>De corporatie heeft de ontruiming aangezegd.</p>');
    expect(tekst).toContain('Je gaat verder met je concept van');
    expect(waardeVan(form, 'titel')).toBe('Concept en bericht');
    expect(waardeVan(form, 'situatie')).toBe(`${getypt}\n\nDe corporatie heeft de ontruiming aangezegd.`);
    // A message without a draft is the situation alone.
    await t.o.db.prisma.intakeConcept.deleteMany();
    const alleen = await vanBericht('<p>De corporatie heeft de ontruiming aangezegd.</p>');
    expect(waardeVan(alleen.form, 'situatie')).toBe('De corporatie heeft de ontruiming aangezegd.');
  });

  it('a refused crisis intake reopens with the crisis chosen and its title (one form holds every urgency)', async () => {
    await t.o.db.prisma.intakeConcept.deleteMany();
    const { formulierId } = await open();
    const r = await dienIn(formulierId, { titel: 'Kort', urgentie: 'crisis' });
    expect(r.type).toBe('continue');
    const weer = await open();
    expect(waardeVan(weer.form, 'urgentie')).toBe('crisis');
    expect(waardeVan(weer.form, 'titel')).toBe('Kort');
    expect(weer.tekst).toContain('Je gaat verder met je concept van');
    await t.o.db.prisma.intakeConcept.deleteMany();
  });
});
