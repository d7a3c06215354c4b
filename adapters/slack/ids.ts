// The ids that tie Slack's callbacks to our listeners, and the private_metadata each modal carries.
// Nothing in them grants anything: who may do what is decided by the services from stored state.
import { BEHEERACTIES, type Beheeractie } from '../../src/domain/bevoegdheid.ts';
import { z } from '../../src/domain/validatie.ts';
import { BESLISSINGEN, KEUZES } from '../../src/domain/woorden.ts';

export const COMMANDO = '/casus';

export const SHORTCUT = {
  nieuw: 'casus_nieuw',
  uitBericht: 'casus_uit_bericht',
} as const;

export const VIEW = {
  intake: 'intake',
  antwoord: 'antwoord',
  voorzitter: 'voorzitter',
  bestuurder: 'bestuurder',
  informatieVraag: 'informatie_vraag',
  informatieAntwoord: 'informatie_antwoord',
  evaluatie: 'evaluatie',
  toestemming: 'toestemming',
  aanvullen: 'aanvullen',
  verlengen: 'beheer_verlengen',
  intrekken: 'beheer_intrekken',
  heropenen: 'beheer_heropenen',
  opAgenda: 'beheer_op_agenda',
  vergaderbesluit: 'beheer_vergaderbesluit',
  afwijking: 'afwijking_toelichting',
  toezegging: 'toezegging_gedaan',
} as const;

export const VOORZITTER_UITKOMSTEN = BESLISSINGEN;
export type VoorzitterUitkomst = (typeof VOORZITTER_UITKOMSTEN)[number];
export const BESTUURDER_KEUZES = ['goedkeuren', 'afwijzen', 'informatie'] as const;
export type BestuurderKeuze = (typeof BESTUURDER_KEUZES)[number];
/** The chair's controls on a casus (`intrekken` is the submitter's too; see src/domain/bevoegdheid.ts). */
export const BEHEER_ACTIES = BEHEERACTIES;
export type BeheerActie = Beheeractie;

/** Action ids: `<soort>:<keuze>`; the button's value only names the casus. */
export const ACTIE = {
  antwoord: (keuze: string) => `antwoord:${keuze}`,
  voorzitter: (uitkomst: string) => `voorzitter:${uitkomst}`,
  bestuurder: (keuze: string) => `bestuurder:${keuze}`,
  /** App Home: one select per casus; the option's value is `<keuze>|<casusId>`. */
  kies: 'kies',
  informatieAntwoord: 'informatie:antwoord',
  evaluatie: 'evaluatie:antwoord',
  intakeUrgentie: 'intake:urgentie',
  /** The quick intake's "meer velden": the same form with every field, keeping what was typed. */
  intakeMeer: 'intake:meer',
  nieuw: 'casus:nieuw',
  toestemming: 'toestemming:vastleggen',
  /** The submitter's button under the question for what the quick intake left open. */
  aanvullen: 'casus:aanvullen',
  /** The chair's overflow menu on the card and the chair's DM; an option's value is `<actie>|<casusId>`. */
  beheer: 'beheer:menu',
  /** The submitter's button in their confirmation DM; the value names the casus. */
  intrekken: 'beheer:intrekken',
  /** The chair's answer to the consistency question; the value names the besluit. */
  afwijking: 'afwijking:toelichten',
  /** "Gedaan" on a commitment (App Home, the overdue message); the value names the commitment. */
  toezeggingGedaan: 'toezegging:gedaan',
} as const;

/** A button or App Home option posted before the rename carries the oude naam `reactie:<keuze>`: `antwoord:<keuze>`. */
export const huidigeActie = (actie: string) => actie.replace(/^reactie:/, 'antwoord:'); // oude naam

export const ACTIE_PATROON = {
  antwoord: /^(?:antwoord|reactie):/, // reactie: the oude naam, on buttons posted before the rename
  voorzitter: /^voorzitter:/,
  bestuurder: /^bestuurder:/,
} as const;

/** The action id of every input element; the block id is the field name, so errors map back 1:1. */
export const WAARDE = 'waarde';

const casusId = z.string().min(1).max(100);
const kanaal = z.string().max(40).optional();

export const intakeMeta = z.object({
  kanaal,
  bericht: z.string().max(40).optional(),
  /** The one table the person has: no choice is shown. */
  tafel: z.string().max(100).optional(),
  volledig: z.boolean().optional(),
  /** When the form continues a draft, that draft's last save: the form says so in every shape. */
  concept: z.iso.datetime().optional(),
});
export const antwoordMeta = z.object({ casusId, keuze: z.enum(KEUZES), kanaal });
export const voorzitterMeta = z.object({ casusId, uitkomst: z.enum(VOORZITTER_UITKOMSTEN), kanaal });
export const bestuurderMeta = z.object({ casusId, besluit: z.enum(['goedkeuren', 'afwijzen']), kanaal });
export const informatieVraagMeta = z.object({ casusId, kanaal });
export const informatieAntwoordMeta = z.object({ verzoekId: z.string().min(1).max(100), kanaal });
export const evaluatieMeta = z.object({ besluitId: z.string().min(1).max(100), kanaal });
export const toestemmingMeta = z.object({ casusId, kanaal });
export const aanvulMeta = z.object({ casusId, kanaal });
export const beheerMeta = z.object({ casusId, kanaal });
export const toezeggingMeta = z.object({ toezeggingId: z.string().min(1).max(100), kanaal });
export const afwijkingMeta = z.object({ besluitId: z.string().min(1).max(100), kanaal });

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
