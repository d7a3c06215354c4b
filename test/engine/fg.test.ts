// What the privacy officer (FG) runs: the audit export (hand-checked rows) and the privacy overview.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { respond } from '../../src/services/antwoorden.ts';
import {
  auditNaarCsv,
  auditNaarJsonl,
  auditRegels,
  privacyOverzicht,
} from '../../src/services/auditexport.ts';
import { ketenAudit } from '../../src/services/auditvolgorde.ts';
import { raiseCasus } from '../../src/services/casus.ts';
import { controleerKanaal } from '../../src/services/kanaalcontrole.ts';
import { kaartVoor } from '../../src/services/overzicht.ts';
import { maakOmgeving, type TestOmgeving } from '../helpers/database.ts';
import { consulent, directeur, intake, LEDEN, voorzitter } from '../helpers/intake.ts';
import { ams } from '../helpers/klok.ts';

describe('audit export and privacy overview', () => {
  let o: TestOmgeving;
  let referentie: string;
  beforeAll(async () => {
    o = await maakOmgeving('pglite', { start: '2026-11-23 10:00' });
    o.klok.zet('2026-11-24 11:30');
    referentie = (await raiseCasus(o.d, consulent, intake({ toestemming: 'nog_niet' }))).referentie;
    o.klok.zet('2026-11-24 12:00');
    await respond(o.d, LEDEN.ggz, referentie, { keuze: 'niet_akkoord', reden: 'Geheime overweging.' });
    // Positions and hashes are given by the sequencer, as the server's tick does.
    await ketenAudit(o.d);
  });
  afterAll(async () => {
    await o?.opruimen();
  });

  it('exports exactly the rows of the period, in chain order, without free text', async () => {
    const regels = await auditRegels(o.d, ams('2026-11-24 00:00'), ams('2026-11-25 00:00'));
    expect(regels.map((r) => [r.positie, r.moment, r.actie, r.actor, r.casus])).toEqual([
      [2, '2026-11-24T10:30:00.000Z', 'casus_ingediend', 'Fatima Yilmaz', referentie],
      [3, '2026-11-24T10:30:00.000Z', 'ronde_geopend', 'systeem', referentie],
      [4, '2026-11-24T11:00:00.000Z', 'reactie_gegeven', 'Peter Bakker', referentie],
    ]);
    expect(regels[1]!.vorigeHash).toBe(regels[0]!.hash);
    // For Dutch Excel: BOM, ';', the moment in Amsterdam time with its offset (10:30 UTC is 11:30 in November).
    const csv = auditNaarCsv(regels);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).split('\r\n')[0]).toBe(
      'gemeente;positie;moment;actie;actor;actorId;casus;hash;vorigeHash;kenmerk',
    );
    expect(csv.split('\r\n')[1]).toMatch(
      /^utrecht;2;2026-11-24 11:30:00 \+01:00;casus_ingediend;Fatima Yilmaz;[0-9a-f-]{36};MW-2026-0001;[0-9a-f]{64};[0-9a-f]{64};$/,
    );
    const jsonl = auditNaarJsonl(regels);
    expect(jsonl.trim().split('\n')).toHaveLength(3);
    for (const tekst of [csv, jsonl]) {
      expect(tekst).not.toContain('Geheime overweging');
      expect(tekst).not.toContain('verstandelijke beperking');
    }
  });

  it('gives the FG an overview per tenant', async () => {
    const [overzicht] = await privacyOverzicht(o.d);
    expect(overzicht).toMatchObject({
      gemeente: 'utrecht',
      bewaartermijnMaanden: 12,
      wachtenOpToestemming: 1,
      gewist: 0,
      ketenGeldig: true,
      ketenLengte: 4,
    });
    expect(overzicht!.categorieen[0]).toEqual({
      categorie: 'casussen met vrije tekst (situatie, gevraagde oplossing, toelichtingen)',
      aantal: 1,
    });
  });

  it('shows how a refused person came and what a channel check found, as codes only', async () => {
    o.klok.zet('2026-11-25 10:00');
    await kaartVoor(o.d, LEDEN.wi, referentie); // a member: no refusal
    await kaartVoor(o.d, directeur, referentie).catch(() => undefined);
    const tafel = await o.db.prisma.tafel.findFirstOrThrow({ where: { slug: 'citydeal-utrecht' } });
    await controleerKanaal(
      o.d,
      voorzitter,
      { tafelId: tafel.id, platform: 'slack', kanaalId: 'C0OPEN', soort: 'tafel' },
      { feiten: { openbaar: true, gedeeld: null, aanwezigen: [{ extern: 'U0ANDER' }] }, leesfout: 'storing' },
    );
    const regels = await auditRegels(o.d, ams('2026-11-25 00:00'), ams('2026-11-26 00:00'));
    expect(regels.map((r) => [r.actie, r.actor, r.casus, r.kenmerk])).toEqual([
      ['toegang_geweigerd', 'Ingrid Smit', referentie, 'pad=kaart'],
      [
        'kanaal_gecontroleerd',
        'Marieke Jansen',
        null,
        'soort=tafel uitkomst=breder redenen=openbaar+niet_leden onbekend=gedeeld leesfout=storing',
      ],
    ]);
    expect(auditNaarCsv(regels)).not.toContain('U0ANDER');
  });
});
