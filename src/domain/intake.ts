// The intake form of a casus (docs/spelregels.md §4), as a zod schema with Dutch messages per field.
import { parseBedrag } from './bedrag.ts';
import { z } from './validatie.ts';
import { BETROKKENHEDEN, LEEFGEBIEDEN, TOESTEMMINGEN, URGENTIES } from './woorden.ts';

const tekst = (min: number, max: number, wat: string) =>
  z
    .string({ error: `Vul ${wat} in` })
    .trim()
    .refine((s) => s.length > 0, { error: `Vul ${wat} in`, abort: true })
    .refine((s) => s.length >= min, { error: `Schrijf bij ${wat} minstens ${min} tekens`, abort: true })
    .max(max, { error: `${wat[0]!.toUpperCase()}${wat.slice(1)} mag hooguit ${max} tekens zijn` });

const bedrag = (wat: string) =>
  z.union([z.number(), z.string()], { error: `Vul ${wat} in euro in` }).transform((v, ctx) => {
    const cent = typeof v === 'number' ? Math.round(v * 100) : parseBedrag(v);
    if (cent === null || cent < 0 || cent > 100_000_000_00) {
      ctx.addIssue({
        code: 'custom',
        message: `Vul ${wat} in als bedrag in euro, bijvoorbeeld 1.250 of 1250,50`,
      });
      return z.NEVER;
    }
    return cent;
  });

const leeg = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optioneel = (schema: z.ZodType) => z.preprocess(leeg, schema.optional());

export const intakeSchema = z
  .object({
    tafel: z.string({ error: 'Kies een tafel' }).min(1, { error: 'Kies een tafel' }),
    titel: tekst(5, 120, 'een korte titel'),
    situatie: tekst(20, 3000, 'de situatie'),
    knelpunt: optioneel(z.string().max(80)),
    knelpuntVrij: optioneel(tekst(3, 300, 'het knelpunt')),
    leefgebieden: z
      .array(z.enum(LEEFGEBIEDEN, { error: 'Onbekend leefgebied' }), {
        error: 'Kies minstens één leefgebied',
      })
      .min(1, { error: 'Kies minstens één leefgebied' }),
    gevraagdeOplossing: tekst(10, 2000, 'de gevraagde oplossing'),
    kostenMaatwerk: bedrag('de kosten van het maatwerk'),
    kostenNietsDoen: bedrag('de geschatte kosten als er niets gebeurt'),
    kostenNietsDoenToelichting: tekst(10, 1000, 'een korte toelichting op de kosten als er niets gebeurt'),
    urgentie: z.enum(URGENTIES, { error: 'Kies normaal, spoed of crisis' }),
    betrokkenheid: z.enum(BETROKKENHEDEN, { error: 'Kies hoe betrokken het huishouden is' }),
    betrokkenheidToelichting: optioneel(tekst(3, 1000, 'de toelichting op de betrokkenheid')),
    toestemming: z.enum(TOESTEMMINGEN, { error: 'Kies of er toestemming is vastgelegd' }),
    toestemmingAfweging: optioneel(tekst(10, 1000, 'de afweging zonder toestemming')),
    eigenReferentie: optioneel(
      z.string().trim().max(60, { error: 'Uw eigen referentie mag hooguit 60 tekens zijn' }),
    ),
  })
  .superRefine((v, ctx) => {
    if (!v.knelpunt && !v.knelpuntVrij) {
      ctx.addIssue({
        code: 'custom',
        path: ['knelpunt'],
        message: 'Kies een knelpunt uit de lijst of beschrijf het zelf',
      });
    }
    if (v.toestemming === 'nee_afweging_vastgelegd' && !v.toestemmingAfweging) {
      ctx.addIssue({
        code: 'custom',
        path: ['toestemmingAfweging'],
        message: 'Beschrijf de afweging als er geen toestemming is',
      });
    }
  });

export type IntakeInvoer = z.input<typeof intakeSchema>;
export type Intake = z.output<typeof intakeSchema> & { knelpunt?: string; knelpuntVrij?: string };

/** A crisis is not routed to the table: only these fields are needed to record the referral. */
export const crisisSchema = z.object({
  tafel: z.string().min(1, { error: 'Kies een tafel' }),
  titel: tekst(5, 120, 'een korte titel'),
  urgentie: z.literal('crisis'),
});

/** Free-text fields that reach the table, and so pass the privacy gate. */
export const INTAKE_VRIJE_TEKST = [
  'titel',
  'situatie',
  'knelpuntVrij',
  'gevraagdeOplossing',
  'kostenNietsDoenToelichting',
  'betrokkenheidToelichting',
  'toestemmingAfweging',
] as const;
