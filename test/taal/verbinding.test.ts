// What the transport layer says to a person, in both languages: the Teams welcome, the refusal of an
// account without an Entra ID, the notification summaries, and the knelpunten report as the Slack and
// Teams bezorgers post it. English must not leak Dutch, and no language may show a code.
import type { WebClient } from '@slack/web-api';
import { describe, expect, it } from 'vitest';
import { maakSlackBezorger } from '../../adapters/slack/bezorger.ts';
import { GRAFIEK_ZONDER_ADRES, grafiekZonderAdres, maakBezorger } from '../../adapters/teams/bezorger.ts';
import type { BotKoppeling } from '../../adapters/teams/botframework.ts';
import type { Gesprekken } from '../../adapters/teams/gesprekken.ts';
import { ONBEKENDE_GEBRUIKER, onbekendeGebruiker } from '../../adapters/teams/handlers/gemeenschappelijk.ts';
import { berichtActiviteit, samenvatting, welkomkaart } from '../../adapters/teams/kaarten/index.ts';
import type { Bericht } from '../../src/domain/berichten.ts';
import type { Rapport } from '../../src/domain/register.ts';
import { maakLogboek } from '../../src/logboek.ts';
import type { UitgaandBericht } from '../../src/outbox/dispatcher.ts';
import type { Diensten } from '../../src/services/context.ts';
import { TALEN, type Taal } from '../../src/taal/taal.ts';
import { kaartProblemen } from '../teams/kaartcontrole.ts';
import { kaartTekst } from '../teams/nepconnector.ts';

const CODE = /\b[a-z]+_[a-z_]+\b/;
/** Words of this area that give away Dutch in an English text. */
const NEDERLANDS =
  /\b(de|het|een|uw|voor|van|bij|niet|Welkom|Knelpuntenrapport|tafels?|grafiek|herkennen|Herinnering|Besluit|goedkeuring|Bericht|Toelichting)\b/;

function zuiver(taal: Taal, ...teksten: string[]) {
  for (const t of teksten) {
    expect(t, t).not.toMatch(CODE);
    if (taal === 'en') expect(t, t).not.toMatch(NEDERLANDS);
  }
}

const RAPPORT: Rapport = {
  tenant: { slug: 't', naam: 'Gemeente' },
  tafel: null,
  van: '2026-10-01',
  tot: '2026-10-31',
  gemaakt: '2026-11-01T08:00:00.000Z',
  doorlooptijdEenheid: 'werkuren',
  knelpunten: [],
  totaal: {
    knelpunt: { code: null, naam: 'Totaal' },
    casussen: 0,
    uitkomsten: { toegekend: 0, deels_toegekend: 0, afgewezen: 0, doorverwezen: 0 },
    open: 0,
    ingetrokken: 0,
    kostenMaatwerkCent: 0,
    kostenNietsDoenCent: 0,
    mediaanWerkuren: null,
    toezeggingen: { open: 0, verlopen: 0 },
    evaluaties: { gewerkt: 0, nietGewerkt: 0, nogNiet: 0 },
  },
};

type Rapportbericht = Extract<Bericht, { soort: 'knelpuntenrapport' }>;
const rapport = (tafelNaam: string | null): Rapportbericht => ({
  soort: 'knelpuntenrapport',
  tafelNaam,
  van: '2026-10-01',
  tot: '2026-10-31',
  samenvatting: '',
  rapport: RAPPORT,
});

const uitgaand = (bericht: Bericht, taal: Taal, platform: string): UitgaandBericht => ({
  id: 'o1',
  sleutel: 'o1',
  casusId: null,
  adres: { soort: 'persoon', platform, extern: 'U1', persoonId: 'p1', naam: 'Lid', taal },
  bericht,
  pogingen: 0,
});

const stil = maakLogboek('silent');

describe.each(TALEN)('the transport layer in %s', (taal) => {
  it('welcomes in a channel and in a personal chat with a valid card', () => {
    for (const inKanaal of [true, false]) {
      const k = welkomkaart(inKanaal, taal);
      expect(kaartProblemen(k)).toEqual([]);
      const tekst = kaartTekst(k);
      zuiver(taal, tekst);
      expect(tekst).toContain(inKanaal ? (taal === 'nl' ? 'koppel <tafel>' : 'koppel <table>') : '"casus"');
    }
  });

  it('refuses an account without an Entra ID', () => {
    zuiver(taal, onbekendeGebruiker(taal));
    if (taal === 'nl') expect(onbekendeGebruiker(taal)).toBe(ONBEKENDE_GEBRUIKER);
  });

  it('sums up a notification without codes', () => {
    const kaart = { casus: { referentie: 'MW-2026-0042', tafelNaam: 'City-deal', status: 'in_behandeling' } };
    const berichten = [
      { soort: 'casus_geplaatst', kaart },
      { soort: 'casus_bijgewerkt', kaart },
      { soort: 'herinnering', kaart },
      { soort: 'casus_ontvangen', referentie: 'MW-2026-0042' },
      { soort: 'crisis_doorverwezen', referentie: 'MW-2026-0042' },
      { soort: 'escalatie', niveau: 'voorzitter', casus: { referentie: 'MW-2026-0042' } },
      { soort: 'escalatie', niveau: 'bestuurder', casus: { referentie: 'MW-2026-0042' } },
      { soort: 'besluit_gedeeld', referentie: 'MW-2026-0042', besluit: { uitkomst: 'deels_toegekend' } },
      { soort: 'weekoverzicht', tafelNaam: 'City-deal' },
      { soort: 'afwijking_gevraagd', referentie: 'MW-2026-0042' },
      { soort: 'afwijking_toegelicht', referentie: 'MW-2026-0042' },
      { soort: 'nieuw_soort_bericht' },
    ] as unknown as Bericht[];
    for (const b of berichten) zuiver(taal, samenvatting(b, taal));
  });

  it('Teams: the report card is summed up in the language of the address, and says why the chart is missing', async () => {
    const acts: unknown[] = [];
    const koppeling = {
      stuur: async (_ref: unknown, act: unknown) => {
        acts.push(act);
        return { ok: true, id: '1' };
      },
    } as unknown as BotKoppeling;
    const gesprekken = {
      mri: async () => null,
      persoonlijk: async () => ({ conversation: { id: 'a:1' } }),
    } as unknown as Gesprekken;
    const bezorger = maakBezorger({} as Diensten, koppeling, gesprekken, stil);
    for (const tafel of ['City-deal', null]) {
      const r = await bezorger.bezorg(uitgaand(rapport(tafel), taal, 'teams'));
      expect(r).toEqual({ ok: true });
    }
    const samenvattingen = acts.map((a) => (a as { summary: string }).summary);
    expect(samenvattingen).toHaveLength(2);
    zuiver(taal, ...samenvattingen);
    if (taal === 'nl')
      expect(samenvattingen).toEqual(['Knelpuntenrapport City-deal', 'Knelpuntenrapport alle tafels']);

    const metGrafiek = {
      ...rapport(null),
      grafiek: { token: 't', breedte: 1, hoogte: 1, verloopt: '', beschrijving: '' },
    };
    const act = berichtActiviteit(metGrafiek as Rapportbericht, {
      taal,
      grafiek: { ontbreekt: grafiekZonderAdres(taal) },
    });
    expect(kaartTekst(act.attachments[0]!.content)).toContain(grafiekZonderAdres(taal));
    zuiver(taal, grafiekZonderAdres(taal));
    if (taal === 'nl') expect(grafiekZonderAdres(taal)).toBe(GRAFIEK_ZONDER_ADRES);
  });

  it('Slack: a report without files:write still goes, with its title and why the chart is missing', async () => {
    const geplaatst: { text: string; blocks: unknown }[] = [];
    const client = {
      conversations: { open: async () => ({ ok: true, channel: { id: 'D1' } }) },
      chat: {
        postMessage: async (a: { text: string; blocks: unknown }) => {
          geplaatst.push(a);
          return { ok: true, ts: '1.2' };
        },
      },
      files: {
        getUploadURLExternal: async () => {
          throw Object.assign(new Error('missing_scope'), {
            code: 'slack_webapi_platform_error',
            data: { error: 'missing_scope' },
          });
        },
      },
    } as unknown as WebClient;
    const bezorger = maakSlackBezorger({ d: {} as Diensten, botToken: 'xoxb-test', log: stil, client });
    for (const tafel of ['City-deal', null]) {
      const r = await bezorger.bezorg(uitgaand(rapport(tafel), taal, 'slack'));
      // Delivered, without the chart: the reason goes back so the chair is told.
      expect(r).toEqual({
        ok: true,
        zonderGrafiek: { reden: 'geen_bestandsrecht', fout: 'slack:missing_scope' },
      });
    }
    const teksten = geplaatst.map((p) => p.text);
    zuiver(taal, ...teksten);
    if (taal === 'nl')
      expect(teksten).toEqual(['Knelpuntenrapport City-deal', 'Knelpuntenrapport alle tafels']);
    else expect(teksten).toEqual(['Bottleneck report for City-deal', 'Bottleneck report for all tables']);
    const blokken = JSON.stringify(geplaatst[0]!.blocks);
    expect(blokken).toContain(
      taal === 'nl' ? 'De grafiek kon niet worden meegestuurd' : 'The chart could not be attached',
    );
  });
});
