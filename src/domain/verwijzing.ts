// Rejected cases are referred on, never dropped (seeds 000/003): one rule, one message, everywhere.
import { zin } from '../taal/tekst.ts';
import { melding, type z } from './validatie.ts';
import type { BesluitUitkomst } from './woorden.ts';

export const VERWIJZING_NODIG = melding(zin('fouten.veld.verwijzing_nodig'));

export function verwijzingNodig(uitkomst: BesluitUitkomst): boolean {
  return uitkomst === 'afgewezen' || uitkomst === 'doorverwezen';
}

/** A zod refinement: the field error at `verwijzing` when the chosen outcome refers the household on. */
export function eisVerwijzing<T extends { verwijzing?: string | undefined }>(
  uitkomstVan: (v: T) => BesluitUitkomst,
) {
  return (v: T, ctx: z.RefinementCtx<T>) => {
    if (verwijzingNodig(uitkomstVan(v)) && !v.verwijzing?.trim()) {
      ctx.addIssue({ code: 'custom', path: ['verwijzing'], message: VERWIJZING_NODIG });
    }
  };
}
