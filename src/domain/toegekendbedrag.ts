// The amount granted with a partly granted besluit (deels toekennen), as one pure rule: required for
// that outcome, an amount in euros, more than nothing and at most what the casus asked. The report counts
// this amount as the cost of the maatwerk of such a besluit (docs/spelregels.md §9).
import { zin } from '../taal/tekst.ts';
import { parseBedrag } from './bedrag.ts';
import { melding, z } from './validatie.ts';

export type BedragProbleem = 'nodig' | 'vorm' | 'niet_positief' | 'te_hoog';

/**
 * What is wrong with the granted amount as entered, or null when it is fine (or not asked: any outcome
 * other than partly granting ignores the field).
 */
export function toegekendBedragProbleem(
  deels: boolean,
  invoer: string | number | undefined,
  gevraagdCent: number,
): BedragProbleem | null {
  if (!deels) return null;
  if (invoer === undefined || (typeof invoer === 'string' && invoer.trim() === '')) return 'nodig';
  const cent = leesCent(invoer);
  if (cent === null) return 'vorm';
  if (cent <= 0) return 'niet_positief';
  if (cent > gevraagdCent) return 'te_hoog';
  return null;
}

function leesCent(invoer: string | number): number | null {
  if (typeof invoer === 'number') return Number.isFinite(invoer) ? Math.round(invoer * 100) : null;
  const t = invoer.trim();
  // A minus sign is an amount that is not positive, not a form error.
  if (/^-/.test(t)) {
    const cent = parseBedrag(t.slice(1));
    return cent === null ? null : -cent;
  }
  return parseBedrag(t);
}

/** The granted amount in cents for a partly granted besluit; null for any other outcome. */
export function toegekendBedragCent(deels: boolean, invoer: string | number | undefined): number | null {
  if (!deels || invoer === undefined) return null;
  return leesCent(invoer);
}

/** The form field as forms send it: empty is no answer; text or a number, checked by the refinement. */
export const toegekendBedragVeld = z.preprocess(
  (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
  z.union([z.number(), z.string().trim().max(40)]).optional(),
);

/** A zod refinement: the field error at `toegekendBedrag` when partly granting without a fitting amount. */
export function eisToegekendBedrag<T extends { toegekendBedrag?: string | number | undefined }>(
  isDeels: (v: T) => boolean,
  gevraagdCent: number,
) {
  return (v: T, ctx: z.RefinementCtx<T>) => {
    const probleem = toegekendBedragProbleem(isDeels(v), v.toegekendBedrag, gevraagdCent);
    if (!probleem) return;
    const m =
      probleem === 'nodig'
        ? zin('fouten.veld.toegekend_bedrag_nodig')
        : probleem === 'vorm'
          ? zin('fouten.veld.toegekend_bedrag_vorm')
          : probleem === 'niet_positief'
            ? zin('fouten.veld.toegekend_bedrag_positief')
            : zin('fouten.veld.toegekend_bedrag_te_hoog', { max: gevraagdCent / 100 });
    ctx.addIssue({ code: 'custom', path: ['toegekendBedrag'], message: melding(m) });
  };
}
