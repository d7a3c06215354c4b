// A draft of the intake (spelregels §4): what a person typed and did not raise yet. Pure rules: which
// fields a draft keeps, in what shape, and how long.
import { INTAKEVELDEN } from './intake.ts';
import { z } from './validatie.ts';

/** Days a draft is kept after its last save; then the maintenance tick purges it. */
export const CONCEPT_BEWAARDAGEN = 7;

/** A draft keeps every field of the intake. */
export const CONCEPTVELDEN = INTAKEVELDEN;
export type Conceptveld = (typeof CONCEPTVELDEN)[number];
export type Conceptwaarden = Partial<Record<Conceptveld, string | string[]>>;

// Bounded like the longest field of the form, so a draft is never larger than a form can hold.
const waarde = z.union([z.string().max(4000), z.array(z.string().max(200)).max(50)]).optional();

/** A draft as the platforms send it: unknown fields are dropped, empty ones too. */
export const conceptSchema = z
  .object(Object.fromEntries(CONCEPTVELDEN.map((veld) => [veld, waarde])))
  .transform((w) => leegWeg(w as Conceptwaarden));

function leegWeg(w: Conceptwaarden): Conceptwaarden {
  const uit: Conceptwaarden = {};
  for (const veld of CONCEPTVELDEN) {
    const v = w[veld];
    if (typeof v === 'string' ? v.trim() !== '' : Array.isArray(v) && v.length > 0) uit[veld] = v;
  }
  return uit;
}

/** What a form chooses before anyone types: the table of the channel, the usual urgency. */
const VOORGEKOZEN: readonly string[] = ['tafel', 'urgentie'] satisfies Conceptveld[];

/** Whether a draft holds nothing typed: no field, or only what the form had chosen already. */
export const isLeeg = (w: Conceptwaarden) => Object.keys(w).every((veld) => VOORGEKOZEN.includes(veld));

/** The moment before which a draft is past its retention. */
export const conceptVerlopenVoor = (nu: Date) => new Date(nu.getTime() - CONCEPT_BEWAARDAGEN * 86_400_000);

/**
 * The situation a form opens with when it starts from a message (`/casus <tekst>`, the message shortcut,
 * Teams' message extension) while the person has a draft. Both are kept: the person asked for this
 * message, and the draft's situation is text they typed that exists nowhere else. The typed text comes
 * first, so when both exceed the field only the message's end is cut, and that can be copied again from
 * the chat. Text already in the other (a draft that began from this same message) is not repeated.
 */
export function situatieMetBericht(
  concept: string | undefined,
  bericht: string | undefined,
  max: number,
): string | undefined {
  const c = concept?.trim() ?? '';
  const b = bericht?.trim() ?? '';
  if (b === '' || c.includes(b)) return c === '' ? undefined : concept;
  if (c === '' || b.includes(c)) return b.slice(0, max);
  return `${c}\n\n${b}`.slice(0, max);
}
