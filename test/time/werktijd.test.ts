import { describe, expect, it } from 'vitest';
import {
  isWerkdag,
  standaardKalender,
  telWerkdagenOp,
  telWerkurenOp,
  trekWerkurenAf,
  type Werkkalender,
  werkurenTussen,
} from '../../src/time/index.ts';
import { alsAms, ams, zaadgenerator } from './helpers.ts';

const kal = standaardKalender;
const zonderBevrijdingsdag: Werkkalender = { ...kal, bevrijdingsdag: false };
const metGoedeVrijdag: Werkkalender = { ...kal, goedeVrijdag: true };
const metBrugdag: Werkkalender = { ...kal, extraVrijeDagen: ['2026-05-15'] };
// Tables refer to calendars by name so a test title reads "[metBrugdag]" instead of a dumped object.
const kalenders = {
  standaard: kal,
  zonderBevrijdingsdag,
  metGoedeVrijdag,
  metBrugdag,
  dag0830: { ...kal, van: '08:30', tot: '17:00' },
} satisfies Record<string, Werkkalender>;
type KalenderNaam = keyof typeof kalenders;

describe('telWerkurenOp', () => {
  it.each<[start: string, uren: number, kalender: KalenderNaam, verwacht: string, toelichting: string]>([
    // start (Amsterdam), uren, kalender, verwacht (Amsterdam), toelichting
    ['2026-03-02 10:00', 3, 'standaard', '2026-03-02 13:00', 'binnen één dag'],
    ['2026-03-06 16:00', 4, 'standaard', '2026-03-09 12:00', 'vr 16:00 over het weekend naar ma'],
    ['2026-03-07 12:00', 1, 'standaard', '2026-03-09 10:00', 'start op zaterdag'],
    ['2026-03-03 07:30', 2, 'standaard', '2026-03-03 11:00', 'start voor 09:00'],
    ['2026-03-03 18:45', 2, 'standaard', '2026-03-04 11:00', 'start na 17:00'],
    ['2026-04-06 10:00', 2, 'standaard', '2026-04-07 11:00', 'start op Tweede paasdag'],
    [
      '2026-03-02 09:00',
      8,
      'standaard',
      '2026-03-02 17:00',
      'precies een dag eindigt om 17:00, niet de volgende ochtend',
    ],
    ['2026-03-02 09:00', 16, 'standaard', '2026-03-03 17:00', 'twee volle dagen'],
    ['2026-04-24 16:00', 4, 'standaard', '2026-04-28 12:00', 'Koningsdag 2026 (ma) telt niet'],
    ['2025-04-25 16:00', 4, 'standaard', '2025-04-28 12:00', 'Koningsdag 2025 valt op za en kost niets'],
    ['2026-04-03 15:00', 4, 'standaard', '2026-04-07 11:00', 'over Pasen en Tweede paasdag'],
    ['2026-04-02 16:00', 4, 'standaard', '2026-04-03 12:00', 'Goede Vrijdag standaard werkdag'],
    ['2026-04-02 16:00', 4, 'metGoedeVrijdag', '2026-04-07 12:00', 'Goede Vrijdag vrij: do -> di'],
    ['2026-05-04 13:00', 8, 'standaard', '2026-05-06 13:00', 'Bevrijdingsdag vrij'],
    ['2026-05-04 13:00', 8, 'zonderBevrijdingsdag', '2026-05-05 13:00', 'Bevrijdingsdag werkdag'],
    ['2026-05-13 13:00', 8, 'standaard', '2026-05-15 13:00', 'over Hemelvaartsdag'],
    ['2026-05-13 13:00', 8, 'metBrugdag', '2026-05-18 13:00', 'Hemelvaart plus brugdag'],
    ['2026-05-22 13:00', 8, 'standaard', '2026-05-26 13:00', 'over Pinksteren'],
    ['2026-12-24 13:00', 8, 'standaard', '2026-12-28 13:00', 'over Kerst'],
    ['2026-12-31 15:00', 4, 'standaard', '2027-01-04 11:00', 'over Nieuwjaar, jaargrens'],
    ['2026-03-27 15:00', 4, 'standaard', '2026-03-30 11:00', 'zomertijd in het weekend van 29 maart'],
    ['2026-10-23 15:00', 4, 'standaard', '2026-10-26 11:00', 'wintertijd in het weekend van 25 oktober'],
    ['2026-03-02 09:00', 1.5, 'standaard', '2026-03-02 10:30', 'anderhalf uur'],
    ['2026-03-02 09:00', 0.25, 'standaard', '2026-03-02 09:15', 'kwartier'],
    ['2026-03-02 09:00', 1 / 3, 'standaard', '2026-03-02 09:20', 'een derde uur'],
    ['2026-03-06 16:30', 2.75, 'standaard', '2026-03-09 11:15', 'breuk over het weekend'],
    ['2026-03-02 10:17', 0, 'standaard', '2026-03-02 10:17', '0 uur binnen werktijd'],
    ['2026-03-02 18:00', 0, 'standaard', '2026-03-03 09:00', '0 uur na werktijd: volgende begin'],
    ['2026-03-07 11:00', 0, 'standaard', '2026-03-09 09:00', '0 uur in het weekend: maandag 09:00'],
    ['2026-03-02 17:00', 0, 'standaard', '2026-03-02 17:00', '0 uur op precies 17:00 blijft staan'],
    ['2026-03-02 17:00', 1, 'standaard', '2026-03-03 10:00', '1 uur vanaf precies 17:00'],
  ])('%s + %d uur [%s] -> %s (%s)', (start, uren, kalender, verwacht) => {
    expect(alsAms(telWerkurenOp(ams(start), uren, kalenders[kalender]))).toBe(verwacht);
  });

  it('landt na de overgang naar zomertijd op 09:00 UTC (11:00 CEST)', () => {
    const uit = telWerkurenOp(ams('2026-03-27 15:00'), 4, kal);
    expect(uit.toISOString()).toBe('2026-03-30T09:00:00.000Z');
    // The start was still CET, one hour from UTC.
    expect(ams('2026-03-27 15:00').toISOString()).toBe('2026-03-27T14:00:00.000Z');
  });

  it('landt na de overgang naar wintertijd op 10:00 UTC (11:00 CET)', () => {
    expect(telWerkurenOp(ams('2026-10-23 15:00'), 4, kal).toISOString()).toBe('2026-10-26T10:00:00.000Z');
  });

  it('houdt seconden en milliseconden van de start vast', () => {
    const start = new Date(ams('2026-03-02 10:00').getTime() + 12_345);
    expect(telWerkurenOp(start, 2, kal).getTime()).toBe(ams('2026-03-02 12:00').getTime() + 12_345);
  });

  it('werkt met een andere werkdag (08:30-16:30)', () => {
    const vroeg: Werkkalender = { ...kal, van: '08:30', tot: '16:30' };
    expect(alsAms(telWerkurenOp(ams('2026-03-06 15:30'), 2, vroeg))).toBe('2026-03-09 09:30');
  });

  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])('weigert %d uur', (uren) => {
    expect(() => telWerkurenOp(ams('2026-03-02 10:00'), uren, kal)).toThrow(RangeError);
  });

  it('weigert een ongeldige Date', () => {
    expect(() => telWerkurenOp(new Date(Number.NaN), 1, kal)).toThrow(RangeError);
  });

  it('stapt per dag, ook over een jaar werktijd', () => {
    // 250 working days: checked against werkurenTussen rather than hand-counted.
    const start = ams('2026-01-02 09:00');
    const eind = telWerkurenOp(start, 2000, kal);
    expect(werkurenTussen(start, eind, kal)).toBe(2000);
  });
});

describe('telWerkdagenOp', () => {
  it.each<[start: string, dagen: number, kalender: KalenderNaam, verwacht: string, toelichting: string]>([
    ['2026-03-02 14:00', 2, 'standaard', '2026-03-04 14:00', 'ma 14:00 + 2 = wo 14:00'],
    ['2026-03-02 17:30', 2, 'standaard', '2026-03-04 17:00', 'ma 17:30 + 2 = wo 17:00'],
    ['2026-03-02 09:00', 0.5, 'standaard', '2026-03-02 13:00', 'halve werkdag'],
    ['2026-03-07 10:00', 0, 'standaard', '2026-03-09 09:00', '0 dagen vanaf zaterdag'],
    ['2026-04-24 10:00', 1, 'standaard', '2026-04-28 10:00', 'over Koningsdag'],
    ['2026-04-20 09:00', 10, 'standaard', '2026-05-04 17:00', 'tien werkdagen met Koningsdag ertussen'],
    ['2026-03-27 14:00', 1, 'standaard', '2026-03-30 14:00', 'over de zomertijdwissel'],
    ['2026-10-23 14:00', 1, 'standaard', '2026-10-26 14:00', 'over de wintertijdwissel'],
    ['2026-03-02 12:00', 1, 'dag0830', '2026-03-03 12:00', 'dag van 8,5 uur'],
  ])('%s + %d werkdagen [%s] -> %s (%s)', (start, dagen, kalender, verwacht) => {
    expect(alsAms(telWerkdagenOp(ams(start), dagen, kalenders[kalender]))).toBe(verwacht);
  });
});

describe('trekWerkurenAf', () => {
  it.each<[moment: string, uren: number, kalender: KalenderNaam, verwacht: string, toelichting: string]>([
    ['2026-03-09 12:00', 4, 'standaard', '2026-03-06 16:00', 'ma 12:00 terug naar vr 16:00'],
    ['2026-03-04 16:00', 3, 'standaard', '2026-03-04 13:00', 'binnen één dag'],
    ['2026-03-04 17:00', 8, 'standaard', '2026-03-04 09:00', 'precies een dag terug blijft op dezelfde dag'],
    ['2026-03-04 20:00', 2, 'standaard', '2026-03-04 15:00', 'na werktijd: terug vanaf 17:00'],
    ['2026-03-04 08:00', 2, 'standaard', '2026-03-03 15:00', 'voor werktijd: terug vanaf gisteren 17:00'],
    ['2026-03-08 12:00', 1, 'standaard', '2026-03-06 16:00', 'zondag'],
    ['2026-03-08 12:00', 0, 'standaard', '2026-03-06 17:00', '0 uur buiten werktijd: vorig einde'],
    ['2026-03-04 20:00', 0, 'standaard', '2026-03-04 17:00', '0 uur na 17:00'],
    ['2026-03-04 09:00', 0, 'standaard', '2026-03-04 09:00', '0 uur op precies 09:00 blijft staan'],
    ['2026-03-04 09:00', 1, 'standaard', '2026-03-03 16:00', '1 uur terug vanaf precies 09:00'],
    ['2026-04-28 12:00', 4, 'standaard', '2026-04-24 16:00', 'over Koningsdag'],
    ['2026-04-07 09:00', 8, 'standaard', '2026-04-03 09:00', 'over Pasen, Goede Vrijdag werkdag'],
    ['2026-04-07 09:00', 8, 'metGoedeVrijdag', '2026-04-02 09:00', 'over Pasen, Goede Vrijdag vrij'],
    ['2027-01-04 11:00', 4, 'standaard', '2026-12-31 15:00', 'over Nieuwjaar'],
    ['2026-03-30 11:00', 4, 'standaard', '2026-03-27 15:00', 'terug over de zomertijdwissel'],
    ['2026-10-26 11:00', 4, 'standaard', '2026-10-23 15:00', 'terug over de wintertijdwissel'],
    ['2026-03-09 11:15', 2.75, 'standaard', '2026-03-06 16:30', 'breuk'],
  ])('%s - %d uur [%s] -> %s (%s)', (moment, uren, kalender, verwacht) => {
    expect(alsAms(trekWerkurenAf(ams(moment), uren, kalenders[kalender]))).toBe(verwacht);
  });

  it('is de inverse van telWerkurenOp op willekeurige werktijdmomenten (vast zaad)', () => {
    const reeks: Werkkalender[] = [
      kal,
      metGoedeVrijdag,
      zonderBevrijdingsdag,
      { ...kal, van: '08:30', tot: '16:45' },
    ];
    const willekeurig = zaadgenerator(20260329);
    const eersteDag = Date.UTC(2025, 0, 1);
    let getest = 0;
    for (let i = 0; i < 2000; i++) {
      const kalender = reeks[i % reeks.length]!;
      let dagMs = eersteDag + Math.floor(willekeurig() * 3 * 365) * 86_400_000;
      let iso = new Date(dagMs).toISOString().slice(0, 10);
      while (!isWerkdag(iso, kalender)) {
        dagMs += 86_400_000;
        iso = new Date(dagMs).toISOString().slice(0, 10);
      }
      const begin = ams(`${iso} ${kalender.van}`).getTime();
      const eind = ams(`${iso} ${kalender.tot}`).getTime();
      // Whole milliseconds, any spot in [van, tot).
      const t = new Date(begin + Math.floor(willekeurig() * (eind - begin)));
      // Mix of small fractions and multi-week spans, never 0 (0 is not invertible at 09:00).
      const uren =
        willekeurig() < 0.5
          ? 0.01 + Math.floor(willekeurig() * 800) / 100
          : 0.5 + Math.floor(willekeurig() * 400);

      const vooruit = telWerkurenOp(t, uren, kalender);
      expect(trekWerkurenAf(vooruit, uren, kalender).getTime(), `${alsAms(t)} + ${uren}`).toBe(t.getTime());
      expect(werkurenTussen(t, vooruit, kalender)).toBeCloseTo(uren, 9);

      // The mirror direction holds for moments in (van, tot].
      const m = new Date(begin + 1 + Math.floor(willekeurig() * (eind - begin)));
      const terug = trekWerkurenAf(m, uren, kalender);
      expect(telWerkurenOp(terug, uren, kalender).getTime(), `${alsAms(m)} - ${uren}`).toBe(m.getTime());
      expect(werkurenTussen(terug, m, kalender)).toBeCloseTo(uren, 9);
      getest++;
    }
    expect(getest).toBe(2000);
  });
});

describe('werkurenTussen', () => {
  it.each<[a: string, b: string, uren: number, toelichting: string]>([
    ['2026-03-27 15:00', '2026-03-30 11:00', 4, 'over de zomertijdwissel'],
    ['2026-10-23 15:00', '2026-10-26 11:00', 4, 'over de wintertijdwissel'],
    ['2026-03-30 11:00', '2026-03-27 15:00', -4, 'omgekeerd is negatief'],
    ['2026-03-02 08:00', '2026-03-02 18:00', 8, 'buiten werktijd telt niet'],
    ['2026-03-02 09:00', '2026-03-02 10:20', 4 / 3, 'breuk'],
    ['2026-03-02 10:00', '2026-03-02 10:00', 0, 'zelfde moment'],
    ['2026-03-07 08:00', '2026-03-08 20:00', 0, 'alleen weekend'],
    ['2026-04-24 17:00', '2026-04-28 09:00', 0, 'alleen weekend en Koningsdag'],
    ['2026-12-21 09:00', '2027-01-04 09:00', 64, 'kerstvakantie: 8 werkdagen'],
    ['2026-05-04 09:00', '2026-05-06 09:00', 8, 'Bevrijdingsdag telt niet'],
  ])('%s -> %s = %d (%s)', (a, b, uren) => {
    expect(werkurenTussen(ams(a), ams(b), kal)).toBeCloseTo(uren, 12);
  });

  it('telt Bevrijdingsdag mee als hij geen vrije dag is', () => {
    expect(werkurenTussen(ams('2026-05-04 09:00'), ams('2026-05-06 09:00'), zonderBevrijdingsdag)).toBe(16);
  });
});
