// The metrics after a flow: a casus raised, its messages partly failing, its round past the deadline and
// closed by the scheduler, a console message no one serves ended. Each figure is checked against the flow.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foutLabel, type Metrieken, maakMetrieken } from '../../src/bewaking/metrieken.ts';
import { jobHandlers } from '../../src/jobs/handlers.ts';
import { voerDueJobsUit } from '../../src/jobs/runner.ts';
import { type Bezorger, verstuurOutbox } from '../../src/outbox/dispatcher.ts';
import { ketenAudit } from '../../src/services/auditvolgorde.ts';
import { raiseCasus } from '../../src/services/casus.ts';
import { maakOmgeving, type TestOmgeving } from '../helpers/database.ts';
import { consulent, intake } from '../helpers/intake.ts';
import { reeks } from './prometheus.ts';

describe('metrics', () => {
  let o: TestOmgeving;
  let m: Metrieken;
  beforeAll(async () => {
    o = await maakOmgeving('pglite', { start: '2026-11-23 10:00' });
    m = maakMetrieken(o.d, { versie: '9.9.9', database: 'pglite' });
  });
  afterAll(async () => {
    await o?.opruimen();
  });

  const tekst = async () => (await m.tekst()).tekst;

  it('shows process figures and what it knows before anything happened', async () => {
    const t = await tekst();
    expect(reeks(t, 'process_cpu_user_seconds_total')).toBeGreaterThan(0);
    expect(reeks(t, 'nodejs_heap_size_used_bytes')).toBeGreaterThan(0);
    expect(reeks(t, 'maatwerkbot_info', { versie: '9.9.9', database: 'pglite' })).toBe(1);
    expect(reeks(t, 'maatwerkbot_outbox_berichten', { status: 'wachtend' })).toBe(0);
    expect(reeks(t, 'maatwerkbot_outbox_berichten', { status: 'onbezorgbaar' })).toBe(0);
    expect(reeks(t, 'maatwerkbot_outbox_oudste_wachtend_seconden')).toBe(0);
    // The import's own event waits for the sequencer, which chains it just after commit.
    expect(reeks(t, 'maatwerkbot_audit_ongeketend')).toBe(1);
    expect(reeks(t, 'maatwerkbot_metrieken_database_fout')).toBe(0);
    await ketenAudit(o.d);
    expect(reeks(await tekst(), 'maatwerkbot_audit_ongeketend')).toBe(0);
  });

  it('follows a casus through the outbox, the scheduler and the ack', async () => {
    await raiseCasus(o.d, consulent, intake());
    const wachtend = await o.db.prisma.outboxBericht.count({ where: { status: 'wachtend' } });
    expect(wachtend).toBeGreaterThan(0);
    o.klok.verder(90_000);
    let t = await tekst();
    expect(reeks(t, 'maatwerkbot_outbox_berichten', { status: 'wachtend' })).toBe(wachtend);
    expect(reeks(t, 'maatwerkbot_outbox_oudste_wachtend_seconden')).toBe(90);
    expect(reeks(t, 'maatwerkbot_outbox_achterstand_seconden')).toBe(90);

    // Slack fails with a rate limit and then with HTTP 503; the console delivers.
    let slackPogingen = 0;
    const slack: Bezorger = {
      platform: 'slack',
      bezorg: async () =>
        ++slackPogingen === 1
          ? { ok: false, tijdelijk: true, fout: 'slack:ratelimited', opnieuwNaMs: 1000 }
          : { ok: false, tijdelijk: true, fout: 'HTTP 503 ServiceUnavailable' },
    };
    const console_: Bezorger = { platform: 'console', bezorg: async () => ({ ok: true }) };
    await verstuurOutbox(o.d, [slack, console_], { bijMislukt: m.bezorgingMislukt });
    o.klok.verder(2_000);
    await verstuurOutbox(o.d, [slack, console_], { bijMislukt: m.bezorgingMislukt });
    expect(slackPogingen).toBeGreaterThan(1);
    t = await tekst();
    expect(
      reeks(t, 'maatwerkbot_bezorging_mislukt_totaal', { platform: 'slack', fout: 'slack:ratelimited' }),
    ).toBe(1);
    expect(reeks(t, 'maatwerkbot_bezorging_mislukt_totaal', { platform: 'slack', fout: 'http_503' })).toBe(
      slackPogingen - 1,
    );
    expect(reeks(t, 'maatwerkbot_outbox_berichten', { status: 'verzonden' })).toBe(
      await o.db.prisma.outboxBericht.count({ where: { status: 'verzonden' } }),
    );

    // Past the round's deadline: the close is due, and late five minutes on; then the scheduler runs it.
    const sluiten = await o.db.prisma.job.findFirstOrThrow({
      where: { soort: 'ronde_sluiten', status: 'gepland' },
    });
    o.klok.zet(new Date(sluiten.due.getTime() + 60_000));
    t = await tekst();
    expect(reeks(t, 'maatwerkbot_jobs_due', { soort: 'ronde_sluiten' })).toBe(1);
    expect(reeks(t, 'maatwerkbot_jobs_laat', { soort: 'ronde_sluiten' })).toBe(0);
    o.klok.verder(5 * 60_000);
    t = await tekst();
    expect(reeks(t, 'maatwerkbot_jobs_laat', { soort: 'ronde_sluiten' })).toBe(1);
    const verslag = await voerDueJobsUit(o.d, jobHandlers, { bijKlaar: m.jobsKlaar });
    expect(verslag.uitgevoerd).toBeGreaterThan(0);
    t = await tekst();
    expect(reeks(t, 'maatwerkbot_jobs_klaar_totaal', { soort: 'ronde_sluiten' })).toBe(1);
    expect(reeks(t, 'maatwerkbot_jobs_due', { soort: 'ronde_sluiten' })).toBeUndefined();

    m.ack('slack', 'view:intake', 0.012);
    m.ack('slack', 'view:intake', 0.4);
    t = await tekst();
    expect(reeks(t, 'maatwerkbot_ack_seconden_count', { platform: 'slack', soort: 'view:intake' })).toBe(2);
    expect(
      reeks(t, 'maatwerkbot_ack_seconden_bucket', { platform: 'slack', soort: 'view:intake', le: '0.025' }),
    ).toBe(1);
  });

  it('counts the messages it ended as unreachable, and shows them by status', async () => {
    o.klok.verder(24 * 3_600_000);
    const verslag = await verstuurOutbox(o.d, [], { onbezorgbaarNaMs: 15 * 60_000 });
    const beeindigd = verslag.onbezorgbaar ?? [];
    expect(beeindigd.length).toBeGreaterThan(0);
    for (const { platform, aantal } of beeindigd) m.onbezorgbaar(platform, aantal);
    const t = await tekst();
    for (const { platform, aantal } of beeindigd)
      expect(reeks(t, 'maatwerkbot_outbox_onbezorgbaar_totaal', { platform })).toBe(aantal);
    expect(reeks(t, 'maatwerkbot_outbox_berichten', { status: 'onbezorgbaar' })).toBe(
      await o.db.prisma.outboxBericht.count({ where: { status: 'onbezorgbaar' } }),
    );
    expect(reeks(t, 'maatwerkbot_outbox_berichten', { status: 'wachtend' })).toBe(0);
  });

  it.each([
    ['slack:channel_not_found', 'slack:channel_not_found'],
    ['blockkit:buiten_limieten', 'blockkit:buiten_limieten'],
    ['HTTP 403 BotNotInConversationRoster', 'http_403'],
    ['de bot is nog niet in dit Teams-kanaal geïnstalleerd', 'overig'],
    ['geen bezorger voor platform console binnen 15 minuten', 'geen_bezorger'],
  ])('labels the delivery error %j as %j', (fout, label) => {
    expect(foutLabel(fout)).toBe(label);
  });
});
