// The draft of the intake (src/domain/concept.ts): saved when a form is left without raising it, read
// when the form opens again, deleted when the casus is raised (casus.ts) and purged after its retention
// (jobs/onderhoud.ts). Private scratch of one person: only that person's identity reads it, it carries
// no decision, so it writes no audit event and no message; its text never goes to a log. What the privacy
// gate finds in it is never stored: a draft keeps the gate's anonymised suggestion instead (a refused
// intake is saved as a draft too, often refused for exactly that).
import {
  type Conceptveld,
  type Conceptwaarden,
  conceptSchema,
  conceptVerlopenVoor,
  isLeeg,
} from '../domain/concept.ts';
import { INTAKE_VRIJE_TEKST } from '../domain/intake.ts';
import { leesOfWeiger } from '../domain/validatie.ts';
import type { Db, Diensten, Tx } from './context.ts';
import { inTransactie } from './context.ts';
import { type Identiteit, persoonVoorIndiener, vindPersoon } from './identiteit.ts';
import { bekendeNamen } from './lezen.ts';

export interface Concept {
  waarden: Conceptwaarden;
  bijgewerkt: Date;
}

/**
 * Keeps what was typed as this person's draft on this platform, replacing the one before; a form left
 * empty removes it. A form that shows only some fields (`alleen`: the crisis form) replaces only those:
 * what the draft held in the others was typed too, and is not shown, so it cannot have been cleared.
 * Returns whether a draft is kept now.
 */
export async function bewaarConcept(
  d: Diensten,
  identiteit: Identiteit,
  invoer: unknown,
  o: { alleen?: readonly Conceptveld[] } = {},
): Promise<boolean> {
  const getoond = leesOfWeiger(conceptSchema, invoer);
  return inTransactie(d, async (tx) => {
    const waarden = o.alleen
      ? { ...(await overigVan(tx, identiteit, o.alleen, d.klok.nu())), ...getoond }
      : getoond;
    if (isLeeg(waarden)) {
      const persoon = await vindPersoon(tx, identiteit);
      if (persoon) await wisConcept(tx, persoon.id, identiteit.platform);
      return false;
    }
    const persoon = await persoonVoorIndiener(tx, identiteit);
    const kennis = await bekendeNamen(tx, persoon.tenantId);
    for (const veld of INTAKE_VRIJE_TEKST) {
      const tekst = waarden[veld];
      if (typeof tekst !== 'string') continue;
      const { vondsten, suggestie } = d.privacy.scan(tekst, kennis);
      if (vondsten.length > 0) waarden[veld] = suggestie;
    }
    const nu = d.klok.nu();
    await tx.intakeConcept.upsert({
      where: { persoonId_platform: { persoonId: persoon.id, platform: identiteit.platform } },
      create: {
        tenantId: persoon.tenantId,
        persoonId: persoon.id,
        platform: identiteit.platform,
        waarden,
        bijgewerkt: nu,
      },
      update: { waarden, bijgewerkt: nu },
    });
    return true;
  });
}

/** What the stored draft holds outside `getoond`, when it is within its retention. */
async function overigVan(
  tx: Tx,
  identiteit: Identiteit,
  getoond: readonly Conceptveld[],
  nu: Date,
): Promise<Conceptwaarden> {
  const persoon = await vindPersoon(tx, identiteit);
  if (!persoon) return {};
  const rij = await tx.intakeConcept.findUnique({
    where: { persoonId_platform: { persoonId: persoon.id, platform: identiteit.platform } },
  });
  if (!rij || rij.bijgewerkt < conceptVerlopenVoor(nu)) return {};
  const w = conceptSchema.safeParse(rij.waarden);
  if (!w.success) return {};
  return Object.fromEntries(
    Object.entries(w.data).filter(([veld]) => !getoond.includes(veld as Conceptveld)),
  );
}

/** This person's draft on this platform, when there is one within its retention. */
export async function leesConcept(d: Diensten, identiteit: Identiteit): Promise<Concept | null> {
  const persoon = await vindPersoon(d.db, identiteit);
  if (!persoon) return null;
  const rij = await d.db.intakeConcept.findUnique({
    where: { persoonId_platform: { persoonId: persoon.id, platform: identiteit.platform } },
  });
  if (!rij || rij.bijgewerkt < conceptVerlopenVoor(d.klok.nu())) return null;
  const w = conceptSchema.safeParse(rij.waarden);
  return w.success ? { waarden: w.data, bijgewerkt: rij.bijgewerkt } : null;
}

/** The person's draft on one platform is gone (in the transaction that raises the casus, too). */
export async function wisConcept(tx: Db | Tx, persoonId: string, platform: string): Promise<void> {
  await tx.intakeConcept.deleteMany({ where: { persoonId, platform } });
}

/** Maintenance: drafts past their retention are deleted. Returns how many. */
export async function vergeetVerlopenConcepten(d: Diensten, nu: Date): Promise<number> {
  const r = await d.db.intakeConcept.deleteMany({ where: { bijgewerkt: { lt: conceptVerlopenVoor(nu) } } });
  return r.count;
}
