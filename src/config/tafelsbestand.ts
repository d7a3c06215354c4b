// The tables file (YAML): tenant, organisations, people, knelpunten, bestuurders and tables.
// Validated whole, references included, before anything is written.
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { tafelBeleidSchema, werkkalenderSchema } from '../domain/beleid.ts';
import { DomeinFout } from '../domain/fouten.ts';
import { veldFouten, z } from '../domain/validatie.ts';
import { LEEFGEBIEDEN } from '../domain/woorden.ts';

const slug = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,62}$/, { error: 'Gebruik kleine letters, cijfers en streepjes' });

const persoonSchema = z.object({
  sleutel: slug,
  naam: z.string().trim().min(2).max(200),
  taal: z.enum(['nl', 'en']).default('nl'),
  slack: z
    .string()
    .regex(/^[UW][A-Z0-9]{2,}$/, { error: 'Een Slack-gebruikers-id ziet eruit als U012AB3CD' })
    .optional(),
  teams: z.string().min(1).optional(),
  console: z.string().min(1).optional(),
});

const lidSchema = z.object({
  persoon: slug,
  organisatie: slug,
  rol: z.enum(['lid', 'voorzitter']).default('lid'),
  beslissingsbevoegd: z.boolean().optional(),
  /** The member's own mandate per casus, in euro. */
  mandaat: z.number().nonnegative().optional(),
  domeinen: z.array(z.enum(LEEFGEBIEDEN)).default([]),
});

const kanalenSchema = z
  .object({
    tafel: z.string().min(1).optional(),
    leer: z.string().min(1).optional(),
  })
  .optional();

const tafelSchema = z.object({
  slug,
  naam: z.string().trim().min(2).max(120),
  kanalen: z.object({ slack: kanalenSchema, teams: kanalenSchema, console: kanalenSchema }).default({}),
  leden: z.array(lidSchema).min(1),
  beleid: z.unknown().default({}),
});

export const tafelsBestandSchema = z
  .object({
    tenant: z.object({
      slug,
      naam: z.string().trim().min(2).max(200),
      bewaartermijnMaanden: z.number().int().min(1).max(120).default(12),
      slackTeamId: z.string().min(1).optional(),
      teamsTenantId: z.string().min(1).optional(),
      werkkalender: z.unknown().default({}),
    }),
    organisaties: z.array(z.object({ slug, naam: z.string().trim().min(2).max(200) })).min(1),
    personen: z.array(persoonSchema).min(1),
    knelpunten: z
      .array(
        z.object({
          code: slug,
          naam: z.string().trim().min(2).max(200),
          regel: z.string().trim().min(2).max(300),
          tafelMagAfwijken: z.boolean().default(true),
        }),
      )
      .default([]),
    bestuurders: z
      .array(
        z.object({
          persoon: slug,
          trede: z.number().int().min(1).max(9),
          titel: z.string().trim().min(2).max(120),
          termijnWerkdagen: z.number().positive().max(60).default(3),
          /** Limit to one table; absent = all tables of the tenant. */
          tafel: slug.optional(),
        }),
      )
      .default([]),
    tafels: z.array(tafelSchema).min(1),
  })
  .superRefine((b, ctx) => {
    const uniek = (lijst: string[], pad: string) => {
      const gezien = new Set<string>();
      lijst.forEach((s, i) => {
        if (gezien.has(s))
          ctx.addIssue({ code: 'custom', path: [pad, i], message: `"${s}" komt twee keer voor` });
        gezien.add(s);
      });
    };
    uniek(
      b.organisaties.map((o) => o.slug),
      'organisaties',
    );
    uniek(
      b.personen.map((p) => p.sleutel),
      'personen',
    );
    uniek(
      b.knelpunten.map((k) => k.code),
      'knelpunten',
    );
    uniek(
      b.tafels.map((t) => t.slug),
      'tafels',
    );
    const organisaties = new Set(b.organisaties.map((o) => o.slug));
    const personen = new Set(b.personen.map((p) => p.sleutel));
    const tafels = new Set(b.tafels.map((t) => t.slug));
    for (const [identiteit, veld] of [
      ['slack', 'slack'],
      ['teams', 'teams'],
    ] as const) {
      uniek(
        b.personen.map((p) => p[identiteit]).filter((x): x is string => !!x),
        `personen(${veld})`,
      );
    }
    b.bestuurders.forEach((be, i) => {
      if (!personen.has(be.persoon))
        ctx.addIssue({
          code: 'custom',
          path: ['bestuurders', i, 'persoon'],
          message: `Persoon "${be.persoon}" staat niet onder personen`,
        });
      if (be.tafel && !tafels.has(be.tafel))
        ctx.addIssue({
          code: 'custom',
          path: ['bestuurders', i, 'tafel'],
          message: `Tafel "${be.tafel}" bestaat niet`,
        });
    });
    b.tafels.forEach((t, ti) => {
      const beleid = tafelBeleidSchema.safeParse(t.beleid);
      if (!beleid.success) {
        for (const issue of beleid.error.issues)
          ctx.addIssue({
            code: 'custom',
            path: ['tafels', ti, 'beleid', ...issue.path],
            message: issue.message,
          });
      }
      const orgsAanTafel = new Set<string>();
      let voorzitters = 0;
      t.leden.forEach((l, li) => {
        const pad = ['tafels', ti, 'leden', li];
        if (!personen.has(l.persoon))
          ctx.addIssue({
            code: 'custom',
            path: [...pad, 'persoon'],
            message: `Persoon "${l.persoon}" staat niet onder personen`,
          });
        if (!organisaties.has(l.organisatie))
          ctx.addIssue({
            code: 'custom',
            path: [...pad, 'organisatie'],
            message: `Organisatie "${l.organisatie}" staat niet onder organisaties`,
          });
        if (l.rol === 'voorzitter') voorzitters++;
        else {
          // One representative per organisation (Dordrecht's maatwerk-tafel), so every party counts once.
          if (orgsAanTafel.has(l.organisatie))
            ctx.addIssue({
              code: 'custom',
              path: [...pad, 'organisatie'],
              message: `Organisatie "${l.organisatie}" heeft al een lid aan deze tafel`,
            });
          orgsAanTafel.add(l.organisatie);
        }
      });
      uniek(
        t.leden.map((l) => l.persoon),
        `tafels[${ti}].leden`,
      );
      if (voorzitters !== 1)
        ctx.addIssue({
          code: 'custom',
          path: ['tafels', ti, 'leden'],
          message: 'Een tafel heeft precies één voorzitter',
        });
    });
    const kalender = werkkalenderSchema.safeParse(b.tenant.werkkalender);
    if (!kalender.success) {
      for (const issue of kalender.error.issues)
        ctx.addIssue({
          code: 'custom',
          path: ['tenant', 'werkkalender', ...issue.path],
          message: issue.message,
        });
    }
  });

export type TafelsBestand = z.output<typeof tafelsBestandSchema>;

export function leesTafelsBestand(tekst: string): TafelsBestand {
  let ruw: unknown;
  try {
    ruw = parseYaml(tekst);
  } catch (fout) {
    const plek =
      fout instanceof YAMLParseError && fout.linePos?.[0] ? ` (regel ${fout.linePos[0].line})` : '';
    throw new DomeinFout('configuratie', `Het bestand is geen geldige YAML${plek}.`);
  }
  const resultaat = tafelsBestandSchema.safeParse(ruw);
  if (!resultaat.success) {
    throw new DomeinFout(
      'configuratie',
      'Het tafelbestand klopt niet; er is niets geïmporteerd.',
      veldFouten(resultaat.error),
    );
  }
  return resultaat.data;
}
