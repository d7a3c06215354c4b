// Readiness: each check fails for its own reason, in Dutch, and the process is ready when none does.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maakGereedheid } from '../../src/bewaking/gereedheid.ts';
import { raiseCasus } from '../../src/services/casus.ts';
import type { Diensten } from '../../src/services/context.ts';
import { bronVan, koppelBron } from '../../src/store/database.ts';
import type { Sql } from '../../src/store/transactie.ts';
import { maakOmgeving, type TestOmgeving } from '../helpers/database.ts';
import { consulent, intake } from '../helpers/intake.ts';

/** The same database, with plain reads answered by `lees` instead (a database gone, or hanging). */
function metLees(d: Diensten, lees: Sql): Diensten {
  const db = new Proxy(d.db, { get: (doel, sleutel) => Reflect.get(doel, sleutel) });
  const bron = bronVan(d.db);
  koppelBron(db, { ...bron, lees });
  return { ...d, db };
}

describe('readiness', () => {
  let o: TestOmgeving;
  beforeAll(async () => {
    o = await maakOmgeving('pglite', { start: '2026-11-23 10:00' });
  });
  afterAll(async () => {
    await o?.opruimen();
  });

  const instellingen = { tikSeconden: 5, outboxMaxSeconden: 300, platforms: () => ['slack'] };

  it('is not ready before its warm-up and its first tick, and ready after them', async () => {
    const g = maakGereedheid(o.d, instellingen);
    const voor = await g.oordeel();
    expect(voor.gereed).toBe(false);
    expect(voor.redenen).toEqual(['planner heeft nog niet getikt', 'nog bezig met opwarmen']);
    g.tikBegint();
    g.tikKlaar();
    g.opgewarmd();
    expect(await g.oordeel()).toEqual({
      gereed: true,
      redenen: [],
      controles: { migraties: 'ok', database: 'ok', planner: 'ok', outbox: 'ok', opwarmen: 'ok' },
    });
  });

  it('is not ready when the scheduler stopped ticking, or a tick hangs, for three tick intervals', async () => {
    o.klok.zet('2026-11-23 10:00');
    const g = maakGereedheid(o.d, instellingen);
    g.opgewarmd();
    g.tikBegint();
    g.tikKlaar();
    o.klok.verder(15_000);
    expect((await g.oordeel()).gereed).toBe(true);
    o.klok.verder(1_000);
    expect((await g.oordeel()).redenen).toEqual(['planner heeft 16 s niet getikt (grens 15 s)']);
    g.tikBegint();
    expect((await g.oordeel()).gereed).toBe(true);
    o.klok.verder(20_000);
    expect((await g.oordeel()).redenen).toEqual(['planner-tik loopt al 20 s (grens 15 s)']);
    g.tikKlaar();
    expect((await g.oordeel()).gereed).toBe(true);
  });

  it('is not ready when a due message for its platforms waited unclaimed past the bound', async () => {
    o.klok.zet('2026-11-24 10:00');
    await raiseCasus(o.d, consulent, intake());
    const g = maakGereedheid(o.d, instellingen);
    g.opgewarmd();
    g.tikBegint();
    o.klok.verder(300_000);
    g.tikKlaar();
    expect((await g.oordeel()).gereed).toBe(true);
    o.klok.verder(1_000);
    g.tikBegint();
    g.tikKlaar();
    expect((await g.oordeel()).redenen).toEqual([
      'outbox loopt achter: een bericht wacht al 301 s op bezorging (grens 300 s)',
    ]);
    // Messages for a platform this process does not serve are not its backlog (they end as onbezorgbaar).
    const alleenTeams = maakGereedheid(o.d, { ...instellingen, platforms: () => ['teams'] });
    alleenTeams.opgewarmd();
    alleenTeams.tikBegint();
    alleenTeams.tikKlaar();
    expect((await alleenTeams.oordeel()).gereed).toBe(true);
    // And with the bound at 0 the outbox is not looked at.
    const zonder = maakGereedheid(o.d, { ...instellingen, outboxMaxSeconden: 0 });
    zonder.opgewarmd();
    zonder.tikBegint();
    zonder.tikKlaar();
    expect((await zonder.oordeel()).controles.outbox).toBe('ok');
    await o.db.prisma.outboxBericht.updateMany({ data: { status: 'verzonden' } });
  });

  it('is not ready when the database is gone or hangs, and says so', async () => {
    const weg = metLees(o.d, {
      query: () => Promise.reject(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' })),
    });
    const g = maakGereedheid(weg, instellingen);
    g.opgewarmd();
    g.tikBegint();
    g.tikKlaar();
    expect(await g.oordeel()).toMatchObject({
      gereed: false,
      redenen: ['database onbereikbaar (ECONNREFUSED)'],
      controles: { migraties: 'onbekend: database onbereikbaar', outbox: 'onbekend: database onbereikbaar' },
    });
    const hangt = maakGereedheid(metLees(o.d, { query: () => new Promise(() => {}) }), {
      ...instellingen,
      databaseBinnenMs: 20,
    });
    hangt.opgewarmd();
    hangt.tikBegint();
    hangt.tikKlaar();
    expect((await hangt.oordeel()).redenen).toEqual(['database antwoordt niet binnen 20 ms']);
  });

  it('is not ready when a migration it ships is not applied', async () => {
    const [laatste] = await o.db.ruw.query<{ migration_name: string }>(
      `SELECT migration_name FROM "_prisma_migrations" ORDER BY migration_name DESC LIMIT 1`,
    );
    const g = maakGereedheid(o.d, instellingen);
    g.opgewarmd();
    g.tikBegint();
    g.tikKlaar();
    expect((await g.oordeel()).gereed).toBe(true);
    await o.db.ruw.query(`UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE migration_name = $1`, [
      laatste!.migration_name,
    ]);
    expect((await g.oordeel()).redenen).toEqual([`1 migratie(s) niet toegepast: ${laatste!.migration_name}`]);
    await o.db.ruw.query(`UPDATE "_prisma_migrations" SET rolled_back_at = NULL WHERE migration_name = $1`, [
      laatste!.migration_name,
    ]);
  });
});
