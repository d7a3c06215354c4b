import { describe, expect, it } from 'vitest';
import { formatteerBedrag, parseBedrag } from '../../src/domain/bedrag.ts';
import { tafelBeleidSchema } from '../../src/domain/beleid.ts';
import { intakeSchema, ontbrekend } from '../../src/domain/intake.ts';
import { formatteerReferentie } from '../../src/domain/referentie.ts';
import { veldFouten } from '../../src/domain/validatie.ts';
import { intake } from '../helpers/intake.ts';

describe('amounts', () => {
  it.each([
    ['1.234,56', 123_456],
    ['€ 1234', 123_400],
    ['1234.5', 123_450],
    ['2.400', 240_000],
    ['12.000.000', 1_200_000_000],
    ['250 euro', 25_000],
    ['0', 0],
    ['abc', null],
    ['-5', null],
    ['', null],
  ])('parseBedrag(%s) = %s', (tekst, cent) => expect(parseBedrag(tekst)).toBe(cent));
  it('formats in Dutch', () => expect(formatteerBedrag(240_000).replace(/\s/g, ' ')).toBe('€ 2.400'));
});

describe('reference numbers', () => {
  it.each([
    [2026, 42, 'MW-2026-0042'],
    [2026, 1, 'MW-2026-0001'],
    [2027, 12345, 'MW-2027-12345'],
  ])('%i #%i → %s', (jaar, n, ref) => expect(formatteerReferentie(jaar, n)).toBe(ref));
});

describe('intake validation', () => {
  it('accepts a complete intake and converts amounts to cents', () => {
    const r = intakeSchema.parse(intake());
    expect(r.kostenMaatwerk).toBe(240_000);
    expect(r.kostenNietsDoen).toBe(1_800_000);
  });
  it('accepts the quick intake: table, title, situation, knelpunt and urgency, and names what is open', () => {
    const r = intakeSchema.parse({
      tafel: 'citydeal-utrecht',
      titel: 'Snel ingediend',
      situatie: 'Huurachterstand dreigt door een verlaagde uitkering.',
      knelpunt: 'kostendelersnorm',
      urgentie: 'normaal',
    });
    expect(ontbrekend(r as Parameters<typeof ontbrekend>[0])).toEqual([
      'kosten',
      'betrokkenheid',
      'toestemming',
    ]);
    expect(ontbrekend(intakeSchema.parse(intake()) as Parameters<typeof ontbrekend>[0])).toEqual([]);
  });
  it.each([
    [{ titel: '' }, 'titel', 'Vul een korte titel in'],
    [{ situatie: 'kort' }, 'situatie', 'Schrijf bij de situatie minstens 20 tekens'],
    [{ leefgebieden: ['ruimtevaart'] as never }, 'leefgebieden[0]', 'Onbekend leefgebied'],
    [
      { kostenNietsDoen: undefined },
      'kostenNietsDoen',
      'Vul de geschatte kosten als er niets gebeurt in euro in',
    ],
    [
      { kostenMaatwerk: 'veel' },
      'kostenMaatwerk',
      'Vul de kosten van het maatwerk in als bedrag in euro, bijvoorbeeld 1.250 of 1250,50',
    ],
    [{ urgentie: 'morgen' as never }, 'urgentie', 'Kies normaal, spoed of crisis'],
    [
      { knelpunt: undefined, knelpuntVrij: undefined },
      'knelpunt',
      'Kies een knelpunt uit de lijst of beschrijf het zelf',
    ],
    [
      { toestemming: 'nee_afweging_vastgelegd' as const },
      'toestemmingAfweging',
      'Beschrijf de afweging als er geen toestemming is',
    ],
  ])('refuses %o at field %s in Dutch', (over, veld, bericht) => {
    const r = intakeSchema.safeParse(intake(over));
    expect(r.success).toBe(false);
    expect(veldFouten(r.error!)).toContainEqual({ veld, bericht });
  });
});

describe('table policy', () => {
  it('has the defaults of docs/spelregels.md §5', () => {
    const b = tafelBeleidSchema.parse({});
    expect(b.termijn.normaal).toEqual({ soort: 'werkdagen', aantal: 2 });
    expect(b.termijn.spoed).toEqual({ soort: 'werkuren', aantal: 4 });
    expect(b.herinneringen).toEqual([8, 2]);
    expect(b.quorum).toEqual({ soort: 'fractie', minimaal: 0.5 });
  });
  it.each([
    ['3 werkdagen', { soort: 'werkdagen', aantal: 3 }],
    ['1 werkdag', { soort: 'werkdagen', aantal: 1 }],
    ['6 werkuren', { soort: 'werkuren', aantal: 6 }],
    ['voor de vergadering', { soort: 'voor_vergadering', minimaalWerkuren: 4 }],
  ])('reads termijn "%s"', (tekst, termijn) => {
    expect(tafelBeleidSchema.parse({ termijn: { normaal: tekst } }).termijn.normaal).toEqual(termijn);
  });
  it('refuses an unreadable termijn with a Dutch message', () => {
    const r = tafelBeleidSchema.safeParse({ termijn: { normaal: 'gauw' } });
    expect(veldFouten(r.error!)[0]!.bericht).toMatch(/Schrijf een termijn als/);
  });
});
