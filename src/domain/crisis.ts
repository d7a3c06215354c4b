// Where a professional is sent when a casus is a crisis: the national numbers everyone has, and the
// municipality's own crisis service from the tables file. A crisis never goes to the table.
import { type Zin, zin } from '../taal/tekst.ts';
import { melding, z } from './validatie.ts';

/** Acute danger: police, ambulance, fire brigade. */
export const ALARMNUMMER = '112';
/** 113 Zelfmoordpreventie: the short number and the free 0800 number, day and night. */
export const ZELFMOORDPREVENTIE = { kort: '113', gratis: '0800-0113' } as const;

export const crisisdienstSchema = z.strictObject({
  naam: z.string().trim().min(2).max(200),
  /** As people dial it: digits, spaces, dashes, a leading +. */
  telefoon: z
    .string()
    .trim()
    .regex(/^\+?[0-9][0-9 -]{2,19}$/, {
      message: melding(zin('fouten.veld.telefoon')),
    }),
});

export type Crisisdienst = z.infer<typeof crisisdienstSchema>;

/** The stored JSON of a tenant's crisis service, or null when none (or an unreadable one) is set. */
export function leesCrisisdienst(waarde: unknown): Crisisdienst | null {
  const r = crisisdienstSchema.safeParse(waarde);
  return r.success ? r.data : null;
}

/** Who to call, as one sentence: 112, 113 and, when the tenant has one, its own crisis service. */
export const crisisNummers = (dienst?: Crisisdienst | null): Zin =>
  zin('algemeen.crisis.nummers', {
    alarm: ALARMNUMMER,
    kort: ZELFMOORDPREVENTIE.kort,
    gratis: ZELFMOORDPREVENTIE.gratis,
    dienst: dienst ? 'ja' : 'nee',
    naam: dienst?.naam ?? '',
    telefoon: dienst?.telefoon ?? '',
  });
