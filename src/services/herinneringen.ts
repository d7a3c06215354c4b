// Reminders during an open round, to the members who have not answered yet.
import type { Tx } from './context.ts';
import { plaatsBericht } from './outboxplaatsing.ts';

/** Job: remind those who have not answered yet. `job`: the reminder job itself, to coalesce overdue ones. */
export async function herinnerLeden(
  tx: Tx,
  rondeId: string,
  nummer: number,
  nu: Date,
  laat: boolean,
  job?: { id: string; due: Date },
): Promise<number> {
  // The casus lock orders this reminder with the answers: nobody is reminded of what they just answered.
  const [casus] = await tx.sql.query<{ id: string; tenantId: string; versie: number }>(
    `SELECT c.id, c."tenantId", c.versie FROM "Casus" c JOIN "Besluitronde" r ON r."casusId" = c.id
      WHERE r.id = $1 FOR UPDATE OF c`,
    [rondeId],
  );
  if (!casus) return 0;
  // After downtime several reminders of this round can be due at once: only the latest one that applies goes
  // out (nobody gets three reminders in one go); the earlier ones are marked superseded, with the reason.
  if (job) {
    const [later] = await tx.sql.query<{ sleutel: string }>(
      `SELECT sleutel FROM "Job"
        WHERE groep = $1 AND soort = 'herinnering' AND id <> $2 AND due > $3 AND due <= $4
          AND status IN ('gepland', 'klaar')
        ORDER BY due DESC LIMIT 1`,
      [`ronde:${rondeId}`, job.id, job.due, nu],
    );
    if (later) {
      await tx.sql.query(
        `UPDATE "Job" SET status = 'vervangen', afgerond = $2, "laatsteFout" = $3 WHERE id = $1`,
        [job.id, nu, `vervangen door ${later.sleutel}`],
      );
      return 0;
    }
  }
  // Those who have not answered, while the round is open (read after the lock).
  const open = await tx.sql.query<{ id: string; persoonId: string }>(
    `SELECT l.id, l."persoonId" FROM "Besluitronde" r JOIN "Lid" l ON l.id = ANY(r."verwachteLidIds")
      WHERE r.id = $1 AND r.status = 'open' AND r.deadline > $2
        AND NOT EXISTS (SELECT 1 FROM "Antwoord" x WHERE x."rondeId" = r.id AND x."lidId" = l.id)
      ORDER BY l.id`,
    [rondeId, nu],
  );
  const kaart = { casusId: casus.id, versie: casus.versie };
  for (const lid of open) {
    await plaatsBericht(tx, {
      tenantId: casus.tenantId,
      casusId: casus.id,
      sleutel: `herinnering:${rondeId}:${nummer}:${lid.id}`,
      ontvangers: [{ soort: 'persoon', persoonId: lid.persoonId }],
      bericht: { soort: 'herinnering', kaart, lidId: lid.id, laat },
      moment: nu,
    });
  }
  return open.length;
}
