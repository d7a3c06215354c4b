// Our own transactions with Prisma routed into them (src/store/transactie.ts): Prisma's queries and
// plain SQL commit or roll back together, Prisma's nested writes become savepoints, a query that
// comes after the transaction ended is refused, and a statement cached before a migration recovers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTransactie } from '../../src/services/context.ts';
import { maakOmgeving, SOORTEN, type TestOmgeving } from '../helpers/database.ts';

describe.each(SOORTEN)('transactions on %s', (soort) => {
  let o: TestOmgeving;
  beforeAll(async () => {
    o = await maakOmgeving(soort);
  });
  afterAll(async () => {
    await o?.opruimen();
  });

  const tenantId = async () => (await o.db.prisma.tenant.findFirstOrThrow()).id;

  it('commits Prisma writes and plain SQL together, and rolls both back together', async () => {
    const id = await tenantId();
    await expect(
      inTransactie(o.d, async (tx) => {
        await tx.organisatie.create({ data: { tenantId: id, slug: 'terug-1', naam: 'Terug 1' } });
        await tx.sql.query(
          `INSERT INTO "Organisatie" (id, "tenantId", slug, naam) VALUES ('t2', $1, 'terug-2', 'Terug 2')`,
          [id],
        );
        // Both are visible inside the transaction, to either API.
        expect(await tx.organisatie.count({ where: { slug: { startsWith: 'terug-' } } })).toBe(2);
        throw new Error('en nu terug');
      }),
    ).rejects.toThrow('en nu terug');
    expect(await o.db.prisma.organisatie.count({ where: { slug: { startsWith: 'terug-' } } })).toBe(0);

    await inTransactie(o.d, async (tx) => {
      await tx.organisatie.create({ data: { tenantId: id, slug: 'blijf-1', naam: 'Blijf 1' } });
      await tx.sql.query(
        `INSERT INTO "Organisatie" (id, "tenantId", slug, naam) VALUES ('b2', $1, 'blijf-2', 'Blijf 2')`,
        [id],
      );
    });
    expect(await o.db.prisma.organisatie.count({ where: { slug: { startsWith: 'blijf-' } } })).toBe(2);
  });

  it("runs Prisma's own transaction for a nested write as a savepoint inside ours", async () => {
    const id = await tenantId();
    const org = await o.db.prisma.organisatie.findFirstOrThrow({ where: { tenantId: id } });
    await expect(
      inTransactie(o.d, async (tx) => {
        // A nested create is several statements, which Prisma wraps in a transaction of its own.
        await tx.persoon.create({
          data: {
            tenantId: id,
            naam: 'Nel Genest',
            identiteiten: { create: { platform: 'console', extern: 'nel' } },
          },
        });
        expect(await tx.identiteit.count({ where: { extern: 'nel' } })).toBe(1);
        await tx.organisatie.update({ where: { id: org.id }, data: { naam: 'Tijdelijk' } });
        throw new Error('terug');
      }),
    ).rejects.toThrow('terug');
    expect(await o.db.prisma.persoon.count({ where: { naam: 'Nel Genest' } })).toBe(0);
    expect(await o.db.prisma.identiteit.count({ where: { extern: 'nel' } })).toBe(0);
    expect((await o.db.prisma.organisatie.findUniqueOrThrow({ where: { id: org.id } })).naam).toBe(org.naam);
  });

  it('refuses a query that outlives its transaction instead of running it outside', async () => {
    let laat: Promise<unknown> | undefined;
    await inTransactie(o.d, async (tx) => {
      laat = new Promise((klaar) => setTimeout(klaar, 20)).then(() => tx.tenant.count());
    });
    await expect(laat).rejects.toThrow(/al afgesloten/);
  });

  it('recovers when a migration changed what a cached statement returns', async () => {
    const lees = () =>
      inTransactie(o.d, (tx) => tx.sql.query<Record<string, unknown>>(`SELECT * FROM "Kanaal" LIMIT 1`));
    const voor = await lees();
    // What another replica's migration would do while this one runs.
    await o.db.ruw.script(`ALTER TABLE "Kanaal" ADD COLUMN "proefkolom" TEXT`);
    try {
      const na = await lees();
      expect(Object.keys(na[0] ?? {})).toContain('proefkolom');
      expect(na.length).toBe(voor.length);
    } finally {
      await o.db.ruw.script(`ALTER TABLE "Kanaal" DROP COLUMN "proefkolom"`);
    }
  });
});
