// A table's policy (deadlines, reminders, quorum, mandate, meeting) and the tenant's working
// calendar: parsed once with zod from the config file and again whenever read from the database.

import { zin } from '../taal/tekst.ts';
import type { Termijn, Vergaderschema, Werkkalender } from '../time/index.ts';
import { standaardKalender } from '../time/index.ts';
import { AANVULLINGEN } from './intake.ts';
import type { QuorumRegel } from './sluitregel.ts';
import { melding, z } from './validatie.ts';

const WEEKDAGEN = ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'] as const;
const tijd = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: melding(zin('fouten.beleid.tijd')) });

/** The object form of a termijn; exported so the tables file can name its keys. */
export const termijnObject = z.discriminatedUnion('soort', [
  z.object({ soort: z.literal('werkdagen'), aantal: z.number().positive() }),
  z.object({ soort: z.literal('werkuren'), aantal: z.number().positive() }),
  z.object({ soort: z.literal('voor_vergadering'), minimaalWerkuren: z.number().nonnegative().default(4) }),
]);

// The words of the tables file are Dutch in every language: they are what the file is read with.
const TERMIJN_UITLEG = melding(
  zin('fouten.beleid.termijn', {
    werkdagen: '"2 werkdagen"',
    werkuren: '"4 werkuren"',
    vergadering: '"voor de vergadering"',
  }),
);

/** "2 werkdagen", "4 werkuren", "voor de vergadering", or the object form. */
export const termijnSchema = z.unknown().transform((v, ctx): Termijn => {
  if (typeof v === 'string') {
    const s = v.trim();
    const m = /^(\d+(?:[.,]\d+)?)\s*(werkdag(?:en)?|werkuur|werkuren)$/i.exec(s);
    if (m && Number(m[1]!.replace(',', '.')) > 0) {
      const aantal = Number(m[1]!.replace(',', '.'));
      return m[2]!.toLowerCase().startsWith('werkdag')
        ? { soort: 'werkdagen', aantal }
        : { soort: 'werkuren', aantal };
    }
    if (/^voor (de )?(volgende )?vergadering$/i.test(s))
      return { soort: 'voor_vergadering', minimaalWerkuren: 4 };
  } else {
    const r = termijnObject.safeParse(v);
    if (r.success) return r.data;
  }
  ctx.addIssue({ code: 'custom', message: TERMIJN_UITLEG });
  return z.NEVER;
});

const QUORUM_UITLEG = melding(zin('fouten.beleid.quorum'));

export const quorumSchema = z.union(
  [
    z
      .number()
      .int()
      .positive()
      .transform((n): QuorumRegel => ({ soort: 'aantal', minimaal: n })),
    z
      .string()
      .regex(/^(100|[1-9]\d?)%$/, { error: QUORUM_UITLEG })
      .transform((s): QuorumRegel => ({ soort: 'fractie', minimaal: Number(s.slice(0, -1)) / 100 })),
    z.object({ soort: z.enum(['aantal', 'fractie']), minimaal: z.number().positive() }),
  ],
  { error: QUORUM_UITLEG },
);

export const vergaderingSchema = z.object({ dag: z.enum(WEEKDAGEN), tijd }).transform(
  (v): Vergaderschema => ({
    weekdag: (WEEKDAGEN.indexOf(v.dag) + 1) as Vergaderschema['weekdag'],
    tijd: v.tijd,
  }),
);

/** Stored policy was converted by a migration; a tables file in someone's hands was not. */
const OUDE_SLEUTEL = 'reactiesZichtbaarVoorSluiten'; // oude naam of antwoordenZichtbaarVoorSluiten

const beleidVelden = z.object({
  termijn: z
    .object({ normaal: termijnSchema.prefault('2 werkdagen'), spoed: termijnSchema.prefault('4 werkuren') })
    .prefault({ normaal: '2 werkdagen', spoed: '4 werkuren' }),
  /** Reminders this many working hours before the deadline, to those who have not answered. */
  herinneringen: z.array(z.number().positive()).default([8, 2]),
  quorum: quorumSchema.prefault('50%'),
  vroegSluiten: z.boolean().default(true),
  onthoudingTeltVoorQuorum: z.boolean().default(true),
  /** Show what each member answered before the round closes, or only who answered. */
  antwoordenZichtbaarVoorSluiten: z.boolean().optional(),
  /** The same setting under its old name, as a tables file written before the rename says it. */
  [OUDE_SLEUTEL]: z.boolean().optional(),
  /** The table's mandate per casus in euro; beyond it a bestuurder decides. Absent: no amount limit. */
  mandaat: z.number().nonnegative().optional(),
  voorzitterTermijn: termijnSchema.prefault('1 werkdag'),
  vergadering: vergaderingSchema.optional(),
  /** How many working hours before the meeting the agenda is posted. */
  agendaWerkurenVooraf: z.number().nonnegative().default(8),
  /** How many months after a besluit the submitter is asked whether the maatwerk worked. */
  evaluatieNaMaanden: z.number().int().positive().default(3),
  /**
   * Working days after a commitment's owner was told it is overdue before the chair is told, while it is
   * still not done.
   */
  toezeggingNaarVoorzitterNaWerkdagen: z.number().int().positive().default(3),
  /** Working days after which a submitter is reminded to record consent or the weighing. */
  toestemmingHerinneringNaWerkdagen: z.number().positive().default(5),
  /** A besluit waits until consent or a recorded weighing is there. */
  toestemmingVereistVoorBesluit: z.boolean().default(false),
  /**
   * What the quick intake may leave open but the table wants before its round opens (spelregels §4):
   * until the submitter adds it, the casus waits with its round closed.
   */
  vereistVoorRonde: z
    .array(
      z.enum(AANVULLINGEN, {
        error: melding(zin('fouten.beleid.vereist_voor_ronde', { keuzes: AANVULLINGEN.join(', ') })),
      }),
    )
    .default([]),
});

/** The policy; a tables file that still uses the old name is read as if it used the new one. */
export const tafelBeleidSchema = beleidVelden.transform(
  ({ [OUDE_SLEUTEL]: oud, antwoordenZichtbaarVoorSluiten: nieuw, ...beleid }) => ({
    ...beleid,
    antwoordenZichtbaarVoorSluiten: nieuw ?? oud ?? false,
  }),
);

export type TafelBeleidInvoer = z.input<typeof tafelBeleidSchema>;
export type TafelBeleid = z.output<typeof tafelBeleidSchema>;

export const werkkalenderSchema = z
  .object({
    van: tijd.default(standaardKalender.van),
    tot: tijd.default(standaardKalender.tot),
    bevrijdingsdag: z.boolean().default(standaardKalender.bevrijdingsdag),
    goedeVrijdag: z.boolean().default(standaardKalender.goedeVrijdag),
    extraVrijeDagen: z.array(z.iso.date()).default([]),
  })
  .refine((k) => k.van < k.tot, {
    error: melding(zin('fouten.beleid.werkdag_einde')),
    path: ['tot'],
    // Compared only when both are valid times: "9:00" against "17:00" is a typo, not a short day.
    when: (p) => p.issues.length === 0,
  })
  .transform((k): Werkkalender => ({ ...k, zone: 'Europe/Amsterdam' }));

export function leesBeleid(json: unknown): TafelBeleid {
  return tafelBeleidSchema.parse(json);
}

export function leesKalender(json: unknown): Werkkalender {
  return werkkalenderSchema.parse(json ?? {});
}
