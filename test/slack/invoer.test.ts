// Free text a user cannot store is refused at its field in the modal, with what is wrong: a control
// character (a NUL cannot be stored at all, so "try again" would never help), or more than the field's
// maximum (said with the maximum, not "this form could not be read"). Nothing is stored either way.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ONGELDIG_TEKEN } from '../../src/domain/tekens.ts';
import { LEDEN, SlackTest } from './helpers.ts';

describe('Slack: free text that cannot be stored is refused at its field', () => {
  let t: SlackTest;
  let casusId: string;
  beforeAll(async () => {
    t = await SlackTest.start('pglite', { start: '2026-11-23 10:00' });
  });
  afterAll(async () => {
    await t?.stop();
  });

  const fouten = (r: { json(): Record<string, unknown> }) =>
    (r.json() as { response_action: string; errors?: Record<string, string> }).errors;

  it('the intake: a NUL in the situation and 200 kB of title, each at its own field; no casus', async () => {
    const { antwoord } = await t.dienIn({
      situatie: 'Moeder met een zoon die thuis woont.\u0000 De kostendelersnorm treft haar uitkering.',
      titel: 'x'.repeat(200_000),
    });
    expect(antwoord.status).toBe(200);
    expect(fouten(antwoord)).toEqual({
      situatie: ONGELDIG_TEKEN,
      titel: 'Een korte titel mag hooguit 120 tekens zijn',
    });
    expect(await t.o.db.prisma.casus.count()).toBe(0);
    // The same form without the faults is stored: the refusals were about those two fields only.
    const goed = await t.dienIn();
    expect((goed.antwoord.json() as { response_action: string }).response_action).toBe('update');
    casusId = (await t.o.db.prisma.casus.findFirstOrThrow()).id;
  });

  it('an answer: a control character, or a reason over 2000 characters, is refused at "reden"; none stored', async () => {
    const lid = LEDEN[0]!;
    const nul = await t.antwoord(lid, casusId, 'akkoord', {
      reden: 'Akkoord,\u0000 past binnen ons beleid.',
    });
    expect(nul.status).toBe(200);
    expect(fouten(nul)).toEqual({ reden: ONGELDIG_TEKEN });
    const bel = await t.antwoord(lid, casusId, 'akkoord', { reden: 'Akkoord \u0007 met belletje.' });
    expect(fouten(bel)).toEqual({ reden: ONGELDIG_TEKEN });
    const lang = await t.antwoord(lid, casusId, 'akkoord', { reden: 'Goed plan. '.repeat(20_000) });
    expect(lang.status).toBe(200);
    expect(fouten(lang)).toEqual({ reden: 'De reden mag hooguit 2000 tekens zijn' });
    // Optional fields without a message of their own still say the maximum.
    const voorwaarden = await t.antwoord(lid, casusId, 'akkoord_met_voorwaarden', {
      voorwaarden: 'v'.repeat(1001),
    });
    expect(fouten(voorwaarden)).toEqual({ voorwaarden: 'Te lang: hooguit 1000 tekens (nu 1001)' });
    expect(await t.o.db.prisma.antwoord.count()).toBe(0);
    // Newlines and tabs are ordinary typing.
    const gewoon = await t.antwoord(lid, casusId, 'akkoord', {
      reden: 'Akkoord.\n\tPast binnen ons beleid.',
    });
    expect((gewoon.json() as { response_action: string }).response_action).toBe('update');
    expect(await t.o.db.prisma.antwoord.count()).toBe(1);
  });
});
