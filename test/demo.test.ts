import { describe, expect, it } from 'vitest';
import { speelDemo } from '../src/cli/demo.ts';

describe('npm run demo', () => {
  it('plays the whole story on a fresh embedded database and prints it as people read it', async () => {
    const uitvoer: string[] = [];
    const verslag = await speelDemo((t) => uitvoer.push(t));
    const tekst = uitvoer.join('\n');
    expect(verslag.referenties).toEqual(['MW-2026-0001', 'MW-2026-0002']);
    expect(verslag.uitkomsten).toEqual(['MW-2026-0001: besloten', 'MW-2026-0002: besloten']);
    expect(verslag.auditGeldig).toBe(true);
    // The privacy gate refused the phone number before anything was stored.
    expect(tekst).toMatch(/Geweigerd bij veld "situatie": Deze tekst lijkt op een telefoonnummer/);
    // Reminder to the silent member, the chair's escalation, the casting vote shared with reasons.
    expect(tekst).toContain('── aan Kees Mulder (privébericht) ──\nHerinnering');
    expect(tekst).toContain('Voorzitter, uw besluit is nodig over MW-2026-0001');
    // Each heading carries the moment of what follows it: the reminder comes a day later, the spoed round
    // closes five hours after it opened.
    const kop = (woorden: string) => tekst.match(new RegExp(`=== ([^·]+) · ${woorden}`))?.[1]?.trim();
    expect(kop('Een dag later')).toBe('di 24 nov 09:30');
    expect(kop('Spoed')).toBe('di 24 nov 14:30');
    expect(tekst.indexOf('=== di 24 nov 09:30 · Een dag later')).toBeLessThan(
      tekst.indexOf('── aan Kees Mulder (privébericht) ──\nHerinnering'),
    );
    expect(tekst).toMatch(
      /Besluit MW-2026-0001 \(City-deal tafel Utrecht\): Toegekend\nGenomen door: voorzitter \(Marieke Jansen\)/,
    );
    expect(tekst).toContain('Toezegging: Woningcorporatie Mitros zet de ontruimingsprocedure stil');
    // The deadline closes the spoed round; buiten_mandaat goes to the directeur, who approves.
    expect(tekst).toContain(
      'Directeur Sociaal Domein, uw goedkeuring is nodig voor een uitzondering: MW-2026-0002',
    );
    expect(tekst).toMatch(
      /Besluit MW-2026-0002 \(City-deal tafel Utrecht\): Toegekend\nGenomen door: bestuurder \(Ingrid Smit\)/,
    );
    expect(tekst).toContain('── aan kanaal #maatwerk-leerkanaal ──');
    expect(tekst).toContain('── aan Fatima Yilmaz (privébericht) ──\nBesluit MW-2026-0002');
    expect(tekst).toMatch(/Auditketen: utrecht \d+ gebeurtenissen, onverbroken/);
  });
});
