// Teams repeats an activity it thinks went unanswered, with the same id: a message is answered once; a
// repeated card action gets the same outcome and changes nothing twice.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SOORTEN } from '../helpers/database.ts';
import { activiteit, GEBRUIKERS, maakTeamsOpzet, persoonlijk, type TeamsOpzet } from './opzet.ts';

describe.each(SOORTEN)('Teams repeats on %s', (soort) => {
  let t: TeamsOpzet;
  beforeAll(async () => {
    t = await maakTeamsOpzet(soort);
  });
  afterAll(async () => {
    await t?.opruimen();
  });

  it('answers a repeated message (same activity id) once', async () => {
    const g = GEBRUIKERS.consulent;
    const hulp = activiteit(g, persoonlijk(g), t.connector.url, { type: 'message', text: 'help' });
    const voor = t.connector.opnames.length;
    expect((await t.post(hulp)).status).toBeLessThan(300);
    const na = t.connector.opnames.length;
    // The first delivery is answered: the bot can reply.
    expect(na).toBeGreaterThan(voor);
    expect((await t.post(hulp)).status).toBeLessThan(300);
    expect(t.connector.opnames.length).toBe(na);
    expect(t.logregels.join('')).toContain('teams: herhaalde activiteit genegeerd');
    // Another message with its own id is answered again.
    await t.bericht(g, 'help');
    expect(t.connector.opnames.length).toBeGreaterThan(na);
  });
});
