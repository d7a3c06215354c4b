// The ids that tie Slack's callbacks to our listeners, and the private_metadata each modal carries.
// Nothing in them grants anything: who may do what is decided by the services from stored state.
import { z } from '../../src/domain/validatie.ts';
import { KEUZES } from '../../src/domain/woorden.ts';

export const COMMANDO = '/casus';

export const SHORTCUT = {
  nieuw: 'casus_nieuw',
  uitBericht: 'casus_uit_bericht',
} as const;

export const VIEW = {
  intake: 'intake',
  reactie: 'reactie',
  voorzitter: 'voorzitter',
  bestuurder: 'bestuurder',
  informatieVraag: 'informatie_vraag',
  informatieAntwoord: 'informatie_antwoord',
  evaluatie: 'evaluatie',
  toestemming: 'toestemming',
} as const;

export const VOORZITTER_UITKOMSTEN = ['toekennen', 'deels_toekennen', 'afwijzen', 'doorverwijzen'] as const;
export type VoorzitterUitkomst = (typeof VOORZITTER_UITKOMSTEN)[number];
export const BESTUURDER_KEUZES = ['goedkeuren', 'afwijzen', 'informatie'] as const;
export type BestuurderKeuze = (typeof BESTUURDER_KEUZES)[number];

/** Action ids: `<soort>:<keuze>`; the button's value only names the casus. */
export const ACTIE = {
  reactie: (keuze: string) => `reactie:${keuze}`,
  voorzitter: (uitkomst: string) => `voorzitter:${uitkomst}`,
  bestuurder: (keuze: string) => `bestuurder:${keuze}`,
  /** App Home: one select per casus; the option's value is `<keuze>|<casusId>`. */
  kies: 'kies',
  informatieAntwoord: 'informatie:antwoord',
  evaluatie: 'evaluatie:antwoord',
  intakeUrgentie: 'intake:urgentie',
  nieuw: 'casus:nieuw',
  toestemming: 'toestemming:vastleggen',
} as const;

export const ACTIE_PATROON = {
  reactie: /^reactie:/,
  voorzitter: /^voorzitter:/,
  bestuurder: /^bestuurder:/,
} as const;

/** The action id of every input element; the block id is the field name, so errors map back 1:1. */
export const WAARDE = 'waarde';

const casusId = z.string().min(1).max(100);
const kanaal = z.string().max(40).optional();

export const intakeMeta = z.object({ kanaal, bericht: z.string().max(40).optional() });
export const reactieMeta = z.object({ casusId, keuze: z.enum(KEUZES), kanaal });
export const voorzitterMeta = z.object({ casusId, uitkomst: z.enum(VOORZITTER_UITKOMSTEN), kanaal });
export const bestuurderMeta = z.object({ casusId, besluit: z.enum(['goedkeuren', 'afwijzen']), kanaal });
export const informatieVraagMeta = z.object({ casusId, kanaal });
export const informatieAntwoordMeta = z.object({ verzoekId: z.string().min(1).max(100), kanaal });
export const evaluatieMeta = z.object({ besluitId: z.string().min(1).max(100), kanaal });
export const toestemmingMeta = z.object({ casusId, kanaal });

export const knopWaarde = z.string().min(1).max(100);

export function meta(waarde: Record<string, unknown>): string {
  return JSON.stringify(waarde);
}

export function leesMeta<T extends z.ZodType>(schema: T, tekst: string | undefined): z.infer<T> {
  let ruw: unknown = {};
  try {
    ruw = tekst ? JSON.parse(tekst) : {};
  } catch {
    ruw = null;
  }
  return schema.parse(ruw);
}
