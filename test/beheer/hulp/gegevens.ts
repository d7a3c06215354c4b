// A database with something in every corner that matters for a copy: tables, casussen, answers, a
// besluit by the table and one by the chair, an open round, jobs, outbox messages, a chart (bytea), the
// audit chain; and a fingerprint of every table to compare two databases by.
import { createHash } from 'node:crypto';
import { leesTafelsBestand } from '../../../src/config/tafelsbestand.ts';
import { bewaarGrafiek } from '../../../src/register/grafiekopslag.ts';
import { respond } from '../../../src/services/antwoorden.ts';
import { ketenAudit } from '../../../src/services/auditvolgorde.ts';
import { raiseCasus } from '../../../src/services/casus.ts';
import { bewaarConcept } from '../../../src/services/concept.ts';
import { type Diensten, inTransactie } from '../../../src/services/context.ts';
import { nederlandsePrivacyPoort } from '../../../src/services/privacyscanner.ts';
import { importeerTafels } from '../../../src/services/tafelsimport.ts';
import { beslisAlsVoorzitter } from '../../../src/services/voorzittersbesluit.ts';
import type { Database, RuweVerbinding } from '../../../src/store/database.ts';
import { ident, leesReeksen, leesTabellen } from '../../../src/store/kopie.ts';
import { rondRondesAf, VOORBEELD_YAML } from '../../helpers/database.ts';
import { consulent, intake, LEDEN, voorzitter } from '../../helpers/intake.ts';
import { TestKlok } from '../../helpers/klok.ts';

/** A PNG-like byte string with every byte value, so a bytea copy that loses or mangles bytes shows. */
export const GRAFIEK = Buffer.from([0x89, 0x50, 0x4e, 0x47, ...Array.from({ length: 256 }, (_, i) => i)]);

export async function vulDatabase(db: Database): Promise<void> {
  const klok = new TestKlok(new Date(0));
  klok.zet('2026-11-23 10:00');
  const d: Diensten = { db: db.prisma, klok, privacy: nederlandsePrivacyPoort };
  await importeerTafels(d, leesTafelsBestand(VOORBEELD_YAML), VOORBEELD_YAML);
  const eens = await raiseCasus(d, consulent, intake());
  for (const lid of Object.values(LEDEN))
    await respond(d, lid, eens.referentie, { keuze: 'akkoord', reden: 'Past binnen de afspraken.' });
  klok.zet('2026-11-23 11:00');
  const oneens = await raiseCasus(d, consulent, intake({ titel: 'Leerlingenvervoer past niet' }));
  for (const [naam, lid] of Object.entries(LEDEN))
    await respond(d, lid, oneens.referentie, {
      keuze: naam === 'ggz' ? 'niet_akkoord' : 'akkoord',
      reden: naam === 'ggz' ? 'Eerst de indicatie aanvragen.' : 'Akkoord.',
    });
  // The work after a closing answer (besluit, escalation to the chair) runs as its own job, as the server's tick does.
  await rondRondesAf(d);
  await beslisAlsVoorzitter(d, voorzitter, oneens.referentie, {
    uitkomst: 'toekennen',
    reden: 'Kosten van niets doen zijn hoger.',
  });
  klok.zet('2026-11-24 09:30');
  const open = await raiseCasus(d, consulent, intake({ titel: 'Woning en schulden' }));
  await respond(d, LEDEN.wi, open.referentie, { keuze: 'akkoord', reden: 'Goed.' });
  const tenant = await db.prisma.tenant.findFirstOrThrow();
  await inTransactie(d, (tx) =>
    bewaarGrafiek(tx, {
      tenantId: tenant.id,
      png: GRAFIEK,
      breedte: 2,
      hoogte: 1,
      beschrijving: 'proef',
      nu: klok.nu(),
    }),
  );
  // A draft someone left (free text, JSON with a list in it).
  await bewaarConcept(d, consulent, { titel: 'Nog niet ingediend', leefgebieden: ['wonen', 'inkomen'] });
  // The sequencer chains what was written, as the server's tick does: every table holds rows, AuditKop too.
  await ketenAudit(d);
}

export interface Vingerafdruk {
  tabellen: Record<string, { rijen: number; md5: string }>;
  reeksen: Record<string, { waarde: string; gebruikt: boolean }>;
}

/** Per table its row count and a digest of its rows (sorted), and every sequence's state. */
export async function vingerafdruk(ruw: RuweVerbinding): Promise<Vingerafdruk> {
  const tabellen: Vingerafdruk['tabellen'] = {};
  for (const t of await leesTabellen(ruw)) {
    const rijen = await ruw.query<{ j: string }>(
      `SELECT row_to_json(r)::text AS j FROM (SELECT ${t.kolommen.map(ident).join(', ')} FROM ${ident(t.naam)}) r`,
    );
    const gesorteerd = rijen.map((r) => r.j).sort();
    tabellen[t.naam] = {
      rijen: gesorteerd.length,
      md5: createHash('md5').update(gesorteerd.join('\n')).digest('hex'),
    };
  }
  return { tabellen, reeksen: await leesReeksen(ruw) };
}

/** The tables this test data fills: a copy that left any of them out would show here. */
export const GEVULD = [
  'AuditEvent',
  'AuditKop',
  'Besluit',
  'Besluitronde',
  'Casus',
  'IntakeConcept',
  'Job',
  'Lid',
  'OutboxBericht',
  'RapportGrafiek',
  'Antwoord',
  'Tenant',
];
