// The intake form of a casus (docs/spelregels.md §4), as a zod schema with Dutch messages per field.

import { zin } from '../taal/tekst.ts';
import { parseBedrag } from './bedrag.ts';
import { melding, z } from './validatie.ts';
import { BETROKKENHEDEN, LEEFGEBIEDEN, TOESTEMMINGEN, URGENTIES } from './woorden.ts';

/** Which free-text field a message is about: the catalogue words it (`fouten.veld.vul_in` and on). */
type Tekstveld =
  | 'titel'
  | 'situatie'
  | 'knelpunt'
  | 'oplossing'
  | 'kostentoelichting'
  | 'betrokkenheid'
  | 'afweging';

// Bounds go in as text: a number would be grouped by the reader's locale ("3.000").
const tekst = (min: number, max: number, wat: Tekstveld) =>
  z
    .string({ error: melding(zin('fouten.veld.vul_in', { wat })) })
    .trim()
    .refine((s) => s.length > 0, { error: melding(zin('fouten.veld.vul_in', { wat })), abort: true })
    .refine((s) => s.length >= min, {
      error: melding(zin('fouten.veld.minstens_tekens', { wat, min: String(min) })),
      abort: true,
    })
    .max(max, { error: melding(zin('fouten.veld.hooguit_tekens', { wat, max: String(max) })) });

const bedrag = (wat: 'kosten' | 'nietsdoen') =>
  z
    .union([z.number(), z.string()], { error: melding(zin('fouten.veld.bedrag', { wat })) })
    .transform((v, ctx) => {
      const cent = typeof v === 'number' ? Math.round(v * 100) : parseBedrag(v);
      if (cent === null || cent < 0 || cent > 100_000_000_00) {
        ctx.addIssue({
          code: 'custom',
          message: melding(zin('fouten.veld.bedrag_vorm', { wat })),
        });
        return z.NEVER;
      }
      return cent;
    });

const leeg = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optioneel = (schema: z.ZodType) => z.preprocess(leeg, schema.optional());

export const intakeSchema = z
  .object({
    tafel: z
      .string({ error: melding(zin('fouten.veld.kies_tafel')) })
      .min(1, { error: melding(zin('fouten.veld.kies_tafel')) }),
    titel: tekst(5, 120, 'titel'),
    situatie: tekst(20, 3000, 'situatie'),
    knelpunt: optioneel(z.string().max(80)),
    knelpuntVrij: optioneel(tekst(3, 300, 'knelpunt')),
    leefgebieden: z
      .array(z.enum(LEEFGEBIEDEN, { error: melding(zin('fouten.veld.leefgebied_onbekend')) }), {
        error: melding(zin('fouten.veld.leefgebied_kiezen')),
      })
      .min(1, { error: melding(zin('fouten.veld.leefgebied_kiezen')) }),
    gevraagdeOplossing: tekst(10, 2000, 'oplossing'),
    kostenMaatwerk: bedrag('kosten'),
    kostenNietsDoen: bedrag('nietsdoen'),
    kostenNietsDoenToelichting: tekst(10, 1000, 'kostentoelichting'),
    urgentie: z.enum(URGENTIES, { error: melding(zin('fouten.veld.urgentie')) }),
    betrokkenheid: z.enum(BETROKKENHEDEN, { error: melding(zin('fouten.veld.betrokkenheid')) }),
    betrokkenheidToelichting: optioneel(tekst(3, 1000, 'betrokkenheid')),
    toestemming: z.enum(TOESTEMMINGEN, { error: melding(zin('fouten.veld.toestemming')) }),
    toestemmingAfweging: optioneel(tekst(10, 1000, 'afweging')),
    eigenReferentie: optioneel(
      z
        .string()
        .trim()
        .max(60, { error: melding(zin('fouten.veld.eigen_referentie')) }),
    ),
  })
  .superRefine((v, ctx) => {
    if (!v.knelpunt && !v.knelpuntVrij) {
      ctx.addIssue({
        code: 'custom',
        path: ['knelpunt'],
        message: melding(zin('fouten.veld.knelpunt_kiezen')),
      });
    }
    if (v.toestemming === 'nee_afweging_vastgelegd' && !v.toestemmingAfweging) {
      ctx.addIssue({
        code: 'custom',
        path: ['toestemmingAfweging'],
        message: melding(zin('fouten.veld.afweging')),
      });
    }
  });

export type IntakeInvoer = z.input<typeof intakeSchema>;
export type Intake = z.output<typeof intakeSchema> & { knelpunt?: string; knelpuntVrij?: string };

/** A crisis is not routed to the table: only these fields are needed to record the referral. */
export const crisisSchema = z.object({
  tafel: z.string().min(1, { error: melding(zin('fouten.veld.kies_tafel')) }),
  titel: tekst(5, 120, 'titel'),
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
