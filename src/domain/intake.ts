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
// One message per field, without aborting: an aborted issue would keep the checks across fields from
// running, and the form would show its errors in stages.
const tekst = (min: number, max: number, wat: Tekstveld) =>
  z
    .string({ error: melding(zin('fouten.veld.vul_in', { wat })) })
    .trim()
    .superRefine((s, ctx) => {
      if (s.length === 0)
        ctx.addIssue({ code: 'custom', message: melding(zin('fouten.veld.vul_in', { wat })) });
      else if (s.length < min)
        ctx.addIssue({
          code: 'custom',
          message: melding(zin('fouten.veld.minstens_tekens', { wat, min: String(min) })),
        });
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

/** The longest situation the intake takes (and so what a form's field holds). */
export const SITUATIE_MAX = 3000;

const leeg = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optioneel = (schema: z.ZodType) => z.preprocess(leeg, schema.optional());

/**
 * The intake (spelregels §4). Only what opening a round needs is required: the table, a title, the
 * situation, the knelpunt and the urgency. Costs, the household's engagement and consent may follow in
 * the conversation (`ontbrekend`); the rules of a table may ask for them before its round opens
 * (src/domain/aanvulregel.ts). Every check runs on every submit, so a form shows all its errors at once.
 */
export const intakeSchema = metSamenhang(
  z
    .object({
      tafel: z
        .string({ error: melding(zin('fouten.veld.kies_tafel')) })
        .min(1, { error: melding(zin('fouten.veld.kies_tafel')) }),
      titel: tekst(5, 120, 'titel'),
      situatie: tekst(20, SITUATIE_MAX, 'situatie'),
      knelpunt: optioneel(z.string().max(80)),
      knelpuntVrij: optioneel(tekst(3, 300, 'knelpunt')),
      leefgebieden: z
        .preprocess(
          (v) => (v === undefined || v === null ? [] : v),
          z.array(z.enum(LEEFGEBIEDEN, { error: melding(zin('fouten.veld.leefgebied_onbekend')) }), {
            error: melding(zin('fouten.veld.leefgebied_kiezen')),
          }),
        )
        .optional(),
      gevraagdeOplossing: optioneel(tekst(10, 2000, 'oplossing')),
      kostenMaatwerk: optioneel(bedrag('kosten')),
      kostenNietsDoen: optioneel(bedrag('nietsdoen')),
      kostenNietsDoenToelichting: optioneel(tekst(10, 1000, 'kostentoelichting')),
      urgentie: z.enum(URGENTIES, { error: melding(zin('fouten.veld.urgentie')) }),
      betrokkenheid: optioneel(z.enum(BETROKKENHEDEN, { error: melding(zin('fouten.veld.betrokkenheid')) })),
      betrokkenheidToelichting: optioneel(tekst(3, 1000, 'betrokkenheid')),
      toestemming: optioneel(z.enum(TOESTEMMINGEN, { error: melding(zin('fouten.veld.toestemming')) })),
      toestemmingAfweging: optioneel(tekst(10, 1000, 'afweging')),
      eigenReferentie: optioneel(
        z
          .string()
          .trim()
          .max(60, { error: melding(zin('fouten.veld.eigen_referentie')) }),
      ),
    })
    // `when`: these run also when another field is wrong, so the form gets every error in one answer.
    .refine((v) => Boolean(gevuld(v, 'knelpunt') || gevuld(v, 'knelpuntVrij')), {
      path: ['knelpunt'],
      error: melding(zin('fouten.veld.knelpunt_kiezen')),
      when: () => true,
    }),
);

/**
 * What follows the quick intake (spelregels §4): the costs (both amounts together), the household's
 * engagement and consent, each with the same checks as in the full intake. Nothing is required on its
 * own; the service refuses an answer that adds nothing.
 */
export const aanvulSchema = metSamenhang(
  z.object({
    kostenMaatwerk: optioneel(bedrag('kosten')),
    kostenNietsDoen: optioneel(bedrag('nietsdoen')),
    kostenNietsDoenToelichting: optioneel(tekst(10, 1000, 'kostentoelichting')),
    betrokkenheid: optioneel(z.enum(BETROKKENHEDEN, { error: melding(zin('fouten.veld.betrokkenheid')) })),
    betrokkenheidToelichting: optioneel(tekst(3, 1000, 'betrokkenheid')),
    toestemming: optioneel(z.enum(TOESTEMMINGEN, { error: melding(zin('fouten.veld.toestemming')) })),
    toestemmingAfweging: optioneel(tekst(10, 1000, 'afweging')),
  }),
);

/** A field holds an answer (raw or parsed: the refinements above may see either). */
function gevuld(v: unknown, veld: string): boolean {
  const w = (v as Record<string, unknown> | undefined)?.[veld];
  return w !== undefined && w !== null && !(typeof w === 'string' && w.trim() === '');
}

/**
 * The checks between fields, the same in the intake and in what follows it: a consent refused needs its
 * reasoning, and the two amounts come together (one without the other is a half answer the table cannot
 * weigh). `when`: they run also when another field is wrong, so the form gets every error in one answer.
 */
function metSamenhang<S extends z.ZodType>(schema: S): S {
  return schema
    .refine(
      (v) =>
        (v as { toestemming?: unknown } | undefined)?.toestemming !== 'nee_afweging_vastgelegd' ||
        gevuld(v, 'toestemmingAfweging'),
      { path: ['toestemmingAfweging'], error: melding(zin('fouten.veld.afweging')), when: () => true },
    )
    .refine((v) => gevuld(v, 'kostenMaatwerk') || !gevuld(v, 'kostenNietsDoen'), {
      path: ['kostenMaatwerk'],
      error: melding(zin('fouten.veld.bedrag', { wat: 'kosten' })),
      when: () => true,
    })
    .refine((v) => gevuld(v, 'kostenNietsDoen') || !gevuld(v, 'kostenMaatwerk'), {
      path: ['kostenNietsDoen'],
      error: melding(zin('fouten.veld.bedrag', { wat: 'nietsdoen' })),
      when: () => true,
    });
}

/** The intake's fields by name: the forms of both platforms and a draft use exactly these. */
export const INTAKEVELDEN = [
  'tafel',
  'titel',
  'urgentie',
  'situatie',
  'knelpunt',
  'knelpuntVrij',
  'leefgebieden',
  'gevraagdeOplossing',
  'kostenMaatwerk',
  'kostenNietsDoen',
  'kostenNietsDoenToelichting',
  'betrokkenheid',
  'betrokkenheidToelichting',
  'toestemming',
  'toestemmingAfweging',
  'eigenReferentie',
] as const;
export type Intakeveld = (typeof INTAKEVELDEN)[number];

/** The fields the quick intake leaves out ("meer velden"): none is needed to open a round. */
export const INTAKE_MEER = [
  'leefgebieden',
  'gevraagdeOplossing',
  'kostenMaatwerk',
  'kostenNietsDoen',
  'kostenNietsDoenToelichting',
  'betrokkenheid',
  'betrokkenheidToelichting',
  'toestemming',
  'toestemmingAfweging',
  'eigenReferentie',
] as const satisfies readonly Intakeveld[];

/** What may follow the intake in the conversation, in the order the follow-up form asks it. */
export const AANVULLINGEN = ['kosten', 'betrokkenheid', 'toestemming'] as const;
export type Aanvulling = (typeof AANVULLINGEN)[number];

/** What an accepted intake left open. */
export function ontbrekend(i: {
  kostenMaatwerk?: number | undefined;
  kostenNietsDoen?: number | undefined;
  betrokkenheid?: string | undefined;
  toestemming?: string | undefined;
}): Aanvulling[] {
  return AANVULLINGEN.filter((a) =>
    a === 'kosten'
      ? i.kostenMaatwerk === undefined || i.kostenNietsDoen === undefined
      : a === 'betrokkenheid'
        ? i.betrokkenheid === undefined
        : i.toestemming === undefined,
  );
}

export type IntakeInvoer = z.input<typeof intakeSchema>;
export type Intake = z.output<typeof intakeSchema> & { knelpunt?: string; knelpuntVrij?: string };

/** A crisis is not routed to the table: only these fields are needed to record the referral. */
export const crisisSchema = z.object({
  tafel: z.string().min(1, { error: melding(zin('fouten.veld.kies_tafel')) }),
  titel: tekst(5, 120, 'titel'),
  urgentie: z.literal('crisis'),
});

/** The fields the crisis form shows (crisisSchema's): a form in that shape holds only these. */
export const CRISISVELDEN = ['tafel', 'titel', 'urgentie'] as const satisfies readonly Intakeveld[];

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
