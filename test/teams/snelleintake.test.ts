// Issue 19, "a casus from a phone in under a minute", through the real botbuilder adapter: the quick
// intake asks at most five things, and a refused submit shows every error of the form at once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SOORTEN } from '../helpers/database.ts';
import { kaartProblemen } from './kaartcontrole.ts';
import type { Kaart } from './nepconnector.ts';
import { GEBRUIKERS, kanaal, maakTeamsOpzet, persoonlijk, TAFELKANAAL, type TeamsOpzet } from './opzet.ts';

const HOOGSTENS_VERPLICHT = 5;
const consulent = GEBRUIKERS.consulent;

type Deel = Record<string, unknown>;

/** The card's elements in order, leaving out what is hidden until "meer velden". */
function zichtbaar(items: unknown[]): Deel[] {
  const uit: Deel[] = [];
  for (const i of items as Deel[]) {
    if (i.isVisible === false) continue;
    uit.push(i);
    if (Array.isArray(i.items)) uit.push(...zichtbaar(i.items));
  }
  return uit;
}

/** Input ids followed by an error line (attention), as the form renders a field's refusal. */
function veldenMetFout(kaart: Kaart): string[] {
  const lijst = zichtbaar((kaart as unknown as { body: unknown[] }).body);
  const uit: string[] = [];
  lijst.forEach((e, i) => {
    const volgende = lijst[i + 1];
    if (typeof e.id === 'string' && String(e.type).startsWith('Input.') && volgende?.color === 'attention')
      uit.push(e.id);
  });
  return uit;
}

describe.each(SOORTEN)('Teams: the quick intake on %s', (soort) => {
  let t: TeamsOpzet;
  beforeAll(async () => {
    t = await maakTeamsOpzet(soort, { start: '2026-11-23 09:30' });
  });
  afterAll(async () => {
    await t?.opruimen();
  });

  const open = async () => {
    const r = (await t.invoke(
      consulent,
      'task/fetch',
      { data: { msteams: { type: 'task/fetch' }, actie: 'casus.formulier' } },
      persoonlijk(consulent),
    )) as { status: number; body: { task: { value: { card: { content: Kaart } } } } };
    expect(r.status).toBe(200);
    const form = r.body.task.value.card.content;
    const formulierId = (JSON.stringify(form).match(/"formulierId":"([^"]+)"/) ?? [])[1]!;
    return { form, formulierId };
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

  it('asks at most five required things, and an empty submit names every one of them at once', async () => {
    const { form, formulierId } = await open();
    expect(kaartProblemen(form)).toEqual([]);
    const verplichtOpKaart = zichtbaar((form as unknown as { body: unknown[] }).body)
      .filter((e) => e.isRequired === true)
      .map((e) => String(e.id));
    const fout = await dienIn(formulierId, { urgentie: '' });
    expect(fout.type).toBe('continue');
    const foutkaart = fout.value.card!.content;
    expect(kaartProblemen(foutkaart)).toEqual([]);
    const metFout = veldenMetFout(foutkaart);
    expect(metFout.sort()).toEqual(['knelpunt', 'situatie', 'titel', 'urgentie']);
    const verplicht = new Set([...verplichtOpKaart, ...metFout]);
    expect(verplicht.has('tafel')).toBe(false);
    expect(verplicht.size).toBeLessThanOrEqual(HOOGSTENS_VERPLICHT);
    // Only these: nothing refused that the card does not show.
    expect(JSON.stringify(foutkaart)).not.toContain('"id":"meer","isVisible":true');
  });

  it('a quick submit raises the casus with costs, engagement and consent left open', async () => {
    const { formulierId } = await open();
    const r = await dienIn(formulierId, {
      titel: 'Snel vanuit Teams',
      urgentie: 'normaal',
      situatie: 'Huurachterstand dreigt door een verlaagde uitkering na een verhuizing.',
      knelpunt: 'kostendelersnorm',
    });
    expect(r.type).toBe('message');
    const casus = await t.o.db.prisma.casus.findFirstOrThrow({ where: { titel: 'Snel vanuit Teams' } });
    expect(casus.kostenOntbreken).toBe(true);
    expect(casus.betrokkenheidOntbreekt).toBe(true);
    expect(casus.toestemming).toBe('nog_niet');
    // The question for it is an outbox message to the submitter (rendered as a card with the fields).
    const vraag = await t.o.db.prisma.outboxBericht.findFirstOrThrow({
      where: { soort: 'aanvulling_gevraagd', casusId: casus.id },
    });
    expect(vraag.soort).toBe('aanvulling_gevraagd');

    // The card's Action.Execute adds the costs; someone else cannot.
    const ander = await t.actie(
      GEBRUIKERS.voorzitter,
      'casus.aanvullen',
      { casusId: casus.id, kostenMaatwerk: '1', kostenNietsDoen: '2' },
      persoonlijk(GEBRUIKERS.voorzitter),
    );
    expect(JSON.stringify(ander.body)).toContain('Alleen de indiener vult de casus aan');
    const r2 = await t.actie(
      consulent,
      'casus.aanvullen',
      { casusId: casus.id, kostenMaatwerk: '1.200', kostenNietsDoen: '9.000', betrokkenheid: 'hoog' },
      persoonlijk(consulent),
    );
    expect(r2.status).toBe(200);
    expect(JSON.stringify(r2.body)).toContain('Er ontbreekt nog één gegeven');
    const na = await t.o.db.prisma.casus.findUniqueOrThrow({ where: { id: casus.id } });
    expect(na.kostenOntbreken).toBe(false);
    expect(na.kostenNietsDoenCent).toBe(900_000);
    expect(na.betrokkenheidOntbreekt).toBe(false);
  });

  it('all errors at once: a short title, personal data, a half cost answer and no knelpunt', async () => {
    const { formulierId } = await open();
    const voor = await t.o.db.prisma.casus.count();
    const r = await dienIn(formulierId, {
      titel: 'Kort',
      urgentie: 'normaal',
      situatie: 'Mevrouw met BSN 111222333 dreigt haar huis te verliezen door een huurachterstand.',
      kostenMaatwerk: '1.000',
    });
    const kaart = r.value.card!.content;
    expect(veldenMetFout(kaart).sort()).toEqual(['knelpunt', 'kostenNietsDoen', 'situatie', 'titel']);
    expect(await t.o.db.prisma.casus.count()).toBe(voor);
  });

  it('the message extension opens the quick form too: at most five required, the message as situation', async () => {
    await t.o.db.prisma.intakeConcept.deleteMany();
    const waar = kanaal(TAFELKANAAL, '78');
    const r = (await t.invoke(
      consulent,
      'composeExtension/fetchTask',
      {
        commandId: 'casusIndienen',
        commandContext: 'message',
        messagePayload: {
          body: { contentType: 'html', content: '<p>Gezin loopt vast op de <b>urgentieregeling</b>.</p>' },
        },
      },
      waar,
    )) as { status: number; body: { task: { value: { card: { content: Kaart } } } } };
    expect(r.status).toBe(200);
    const form = r.body.task.value.card.content;
    expect(kaartProblemen(form)).toEqual([]);
    const situatie = zichtbaar((form as unknown as { body: unknown[] }).body).find(
      (e) => e.id === 'situatie',
    );
    expect(situatie?.value).toBe('Gezin loopt vast op de urgentieregeling.');
    // The fields behind "meer velden" are hidden, as in the dialog from the chat.
    expect(JSON.stringify(form)).toContain('"id":"meer","isVisible":false');
    const verplichtOpKaart = zichtbaar((form as unknown as { body: unknown[] }).body)
      .filter((e) => e.isRequired === true)
      .map((e) => String(e.id));
    const formulierId = (JSON.stringify(form).match(/"formulierId":"([^"]+)"/) ?? [])[1]!;
    // Sent with the situation and the urgency taken away (Teams marks neither as required on the card,
    // and a prefilled one would hide that the core asks for it): every required thing is named at once.
    const fout = (await t.invoke(
      consulent,
      'composeExtension/submitAction',
      {
        commandId: 'casusIndienen',
        data: {
          actie: 'casus.indienen',
          formulierId,
          tafel: 'citydeal-utrecht',
          situatie: '',
          urgentie: '',
        },
      },
      waar,
    )) as { body: { task: { type: string; value: { card?: { content: Kaart } } } } };
    expect(fout.body.task.type).toBe('continue');
    const metFout = veldenMetFout(fout.body.task.value.card!.content);
    expect(metFout.sort()).toEqual(['knelpunt', 'situatie', 'titel', 'urgentie']);
    const verplicht = new Set([...verplichtOpKaart, ...metFout]);
    expect(verplicht.has('tafel')).toBe(false);
    expect(verplicht.size).toBeLessThanOrEqual(HOOGSTENS_VERPLICHT);
    await t.o.db.prisma.intakeConcept.deleteMany();
  });
});
