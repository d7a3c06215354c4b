// Free text a user cannot store is refused at its field, in the dialog and on the card: a control
// character, or more than the field's maximum (said with the maximum). Nothing is stored either way.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ONGELDIG_TEKEN } from '../../src/domain/tekens.ts';
import { verstuurOutbox } from '../../src/outbox/dispatcher.ts';
import { type Kaart, kaartTekst } from './nepconnector.ts';
import {
  formulier,
  GEBRUIKERS,
  kanaal,
  LEDEN,
  maakTeamsOpzet,
  persoonlijk,
  TAFELKANAAL,
  type TeamsOpzet,
} from './opzet.ts';

describe('Teams: free text that cannot be stored is refused at its field', () => {
  let t: TeamsOpzet;
  const consulent = GEBRUIKERS.consulent;
  beforeAll(async () => {
    t = await maakTeamsOpzet('pglite', { start: '2026-11-23 09:30' });
  });
  afterAll(async () => {
    await t?.opruimen();
  });

  const dien = async (over: Record<string, string>) =>
    (await t.invoke(
      consulent,
      'task/submit',
      { data: { actie: 'casus.indienen', formulierId: 'formulier-invoer-1', ...formulier(over) } },
      persoonlijk(consulent),
    )) as { status: number; body: { task: { type: string; value: { card: { content: Kaart } } | string } } };

  it('the intake dialog: a NUL in the situation and 200 kB of title, each with its message; no casus', async () => {
    const r = await dien({
      situatie: 'Moeder met een zoon die thuis woont.\u0000 De kostendelersnorm treft haar uitkering.',
      titel: 'x'.repeat(200_000),
    });
    expect(r.status).toBe(200);
    expect(r.body.task.type).toBe('continue');
    const tekst = kaartTekst((r.body.task.value as { card: { content: Kaart } }).card.content);
    expect(tekst).toContain(ONGELDIG_TEKEN);
    expect(tekst).toContain('Een korte titel mag hooguit 120 tekens zijn');
    expect(await t.o.db.prisma.casus.count()).toBe(0);
    // Without the faults the same form is stored.
    expect((await dien({})).body.task.type).toBe('message');
    expect(await t.o.db.prisma.casus.count()).toBe(1);
  });

  it('an answer on the card: a control character, or a reason over 2000 characters; none stored', async () => {
    await verstuurOutbox(t.o.d, [t.adapter.bezorger]);
    const casus = await t.o.db.prisma.casus.findFirstOrThrow();
    const draad = t.connector.opnames.find((o) => o.soort === 'draad' && o.gesprekId === TAFELKANAAL)!;
    const plek = kanaal(TAFELKANAAL, draad.berichtId);
    // The version comes from the member's own view of the card (the shared card holds no form).
    const eigen = await t.actie(LEDEN[0]!, 'casus.vernieuw', { casusId: casus.id, plek: 'kanaal' }, plek);
    const versie = Number(JSON.stringify(eigen.body.value).match(/"versie":(\d+)/)![1]);
    const data = { casusId: casus.id, versie, plek: 'kanaal' };
    const antwoord = async (reden: string) => {
      const r = await t.actie(LEDEN[0]!, 'antwoord.akkoord', { ...data, reden }, plek);
      expect(r.status).toBe(200);
      const v = r.body.value;
      return typeof v === 'string' ? v : kaartTekst(v);
    };
    expect(await antwoord('Akkoord,\u0000 past binnen ons beleid.')).toContain(ONGELDIG_TEKEN);
    expect(await antwoord('Akkoord \u001b[31m rood.')).toContain(ONGELDIG_TEKEN);
    expect(await antwoord('Goed plan. '.repeat(20_000))).toContain('De reden mag hooguit 2000 tekens zijn');
    expect(await t.o.db.prisma.antwoord.count()).toBe(0);
    expect(await antwoord('Akkoord.\n\tPast binnen ons beleid.')).toContain('Uw antwoord is vastgelegd');
    expect(await t.o.db.prisma.antwoord.count()).toBe(1);
  });
});
