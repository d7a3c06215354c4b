// Nothing waits forever: a message for a platform no dispatcher serves ends as 'onbezorgbaar' with its reason
// once it has been due unclaimed for the bound, counted per platform and in the FG's privacy overview.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Bezorger, verstuurOutbox } from '../../src/outbox/dispatcher.ts';
import { privacyOverzicht } from '../../src/services/auditexport.ts';
import { raiseCasus } from '../../src/services/casus.ts';
import { maakOmgeving, SOORTEN, type TestOmgeving } from '../helpers/database.ts';
import { consulent, intake } from '../helpers/intake.ts';

const KWARTIER = 15 * 60_000;

function bezorger(platform: string): Bezorger & { bezorgd: string[] } {
  const bezorgd: string[] = [];
  return {
    platform,
    bezorgd,
    async bezorg(b) {
      bezorgd.push(b.id);
      return { ok: true };
    },
  };
}

describe.each(SOORTEN)('unreachable recipients (%s)', (soort) => {
  let o: TestOmgeving;
  beforeAll(async () => {
    // The example tables: every person and channel has a `console` address, the people a Slack one too.
    o = await maakOmgeving(soort, { start: '2026-11-23 10:00' });
  });
  afterAll(async () => {
    await o?.opruimen();
  });

  const opConsole = (casusId: string) => ({ casusId, ontvanger: { path: ['platform'], equals: 'console' } });
  const status = async (casusId: string) =>
    (
      await o.db.prisma.outboxBericht.findMany({ where: opConsole(casusId), orderBy: { volgorde: 'asc' } })
    ).map((r) => [r.status, r.laatsteFout]);

  it('ends console messages on a server without the console once they waited the bound, not before', async () => {
    o.klok.zet('2026-11-23 10:00');
    const c = await raiseCasus(o.d, consulent, intake());
    const slack = bezorger('slack');
    const rijen = await o.db.prisma.outboxBericht.count({ where: opConsole(c.casusId) });
    expect(rijen).toBeGreaterThan(0);

    o.klok.zet('2026-11-23 10:14');
    const vroeg = await verstuurOutbox(o.d, [slack], { onbezorgbaarNaMs: KWARTIER });
    expect(vroeg.onbezorgbaar).toEqual([]);
    expect(new Set((await status(c.casusId)).map(([s]) => s))).toEqual(new Set(['wachtend']));

    o.klok.zet('2026-11-23 10:15');
    const laat = await verstuurOutbox(o.d, [slack], { onbezorgbaarNaMs: KWARTIER });
    expect(laat.onbezorgbaar).toEqual([{ platform: 'console', aantal: rijen }]);
    expect(await status(c.casusId)).toEqual(
      Array.from({ length: rijen }, () => [
        'onbezorgbaar',
        'geen bezorger voor platform console binnen 15 minuten: geen proces met dit platform aan',
      ]),
    );
    // The Slack messages of the same casus went out meanwhile.
    expect(slack.bezorgd.length).toBeGreaterThan(0);
    // Ended is ended: a console deliverer that comes later does not send them after all.
    const laterConsole = bezorger('console');
    await verstuurOutbox(o.d, [laterConsole], { onbezorgbaarNaMs: KWARTIER });
    expect(laterConsole.bezorgd).toEqual([]);
  });

  it('leaves messages alone that the dispatcher serves, and all of them when not asked to end any', async () => {
    o.klok.zet('2026-11-24 10:00');
    const c = await raiseCasus(o.d, consulent, intake());
    o.klok.zet('2026-11-25 10:00');
    // A dispatcher without the bound (as in the CLI and the demo) keeps them waiting: the old behaviour.
    expect((await verstuurOutbox(o.d, [bezorger('slack')])).onbezorgbaar).toBeUndefined();
    expect(new Set((await status(c.casusId)).map(([s]) => s))).toEqual(new Set(['wachtend']));
    // A dispatcher that serves the console delivers them, a day late or not.
    const console_ = bezorger('console');
    const verslag = await verstuurOutbox(o.d, [console_], { onbezorgbaarNaMs: KWARTIER });
    expect(verslag.onbezorgbaar).toEqual([]);
    expect(console_.bezorgd.length).toBeGreaterThan(0);
    expect(new Set((await status(c.casusId)).map(([s]) => s))).toEqual(new Set(['verzonden']));
  });

  it('leaves a message another replica has claimed, until its lease is long past', async () => {
    o.klok.zet('2026-11-26 10:00');
    const c = await raiseCasus(o.d, consulent, intake());
    const [eerste] = await o.db.prisma.outboxBericht.findMany({ where: opConsole(c.casusId), take: 1 });
    // Claimed by a replica that serves the console, with a lease until 11:00.
    await o.db.prisma.outboxBericht.update({
      where: { id: eerste!.id },
      data: { status: 'bezig', geclaimdTot: new Date(o.klok.nu().getTime() + 3_600_000) },
    });
    o.klok.zet('2026-11-26 11:00');
    await verstuurOutbox(o.d, [bezorger('slack')], { onbezorgbaarNaMs: KWARTIER });
    const bezig = await o.db.prisma.outboxBericht.findUniqueOrThrow({ where: { id: eerste!.id } });
    expect(bezig.status).toBe('bezig');
    const anderen = await o.db.prisma.outboxBericht.findMany({
      where: { ...opConsole(c.casusId), NOT: { id: eerste!.id } },
    });
    expect(anderen.every((r) => r.status === 'onbezorgbaar')).toBe(true);
    // That replica died: 15 minutes after its lease ran out, nobody has taken the message over.
    o.klok.zet('2026-11-26 11:15');
    await verstuurOutbox(o.d, [bezorger('slack')], { onbezorgbaarNaMs: KWARTIER });
    expect((await o.db.prisma.outboxBericht.findUniqueOrThrow({ where: { id: eerste!.id } })).status).toBe(
      'onbezorgbaar',
    );
  });

  it('counts what was not delivered in the privacy overview', async () => {
    const [overzicht] = await privacyOverzicht(o.d);
    const onbezorgbaar = await o.db.prisma.outboxBericht.count({ where: { status: 'onbezorgbaar' } });
    expect(onbezorgbaar).toBeGreaterThan(0);
    expect(overzicht!.nietBezorgd).toEqual({ onbezorgbaar, mislukt: 0 });
  });
});
