// `npm run demo`: a whole story on a fresh embedded database, through the real services, the real
// job runner and the real outbox, printed as the people involved would read it.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { consoleBezorger } from '../../adapters/console/bezorger.ts';
import { leesTafelsBestand } from '../config/tafelsbestand.ts';
import type { IntakeInvoer } from '../domain/intake.ts';
import { jobHandlers } from '../jobs/handlers.ts';
import { voerDueJobsUit } from '../jobs/runner.ts';
import { verstuurOutbox } from '../outbox/dispatcher.ts';
import { pakketPad } from '../pakket.ts';
import { respond } from '../services/antwoorden.ts';
import { verifieerAudit } from '../services/auditverificatie.ts';
import { ketenAudit } from '../services/auditvolgorde.ts';
import { decideAsBestuurder } from '../services/bestuurdersbesluit.ts';
import { raiseCasus } from '../services/casus.ts';
import type { Diensten, Klok } from '../services/context.ts';
import type { Identiteit } from '../services/identiteit.ts';
import { nederlandsePrivacyPoort } from '../services/privacyscanner.ts';
import { importeerTafels } from '../services/tafelsimport.ts';
import { beslisAlsVoorzitter } from '../services/voorzittersbesluit.ts';
import { openDatabase } from '../store/database.ts';
import { formatteerMoment } from '../time/index.ts';

const VOORBEELD = pakketPad('tafels.example.yml');

class DemoKlok implements Klok {
  constructor(public moment: Date) {}
  nu() {
    return new Date(this.moment);
  }
}

const console_ = (extern: string): Identiteit => ({ platform: 'console', extern });

export interface DemoVerslag {
  referenties: string[];
  berichten: number;
  auditGeldig: boolean;
  uitkomsten: string[];
}

export async function speelDemo(
  schrijf: (tekst: string) => void,
  opties: { start?: Date } = {},
): Promise<DemoVerslag> {
  const map = mkdtempSync(path.join(tmpdir(), 'maatwerkbot-demo-'));
  const db = await openDatabase({ soort: 'pglite', dataMap: path.join(map, 'pglite') });
  // Monday 23 November 2026, 09:30 in Amsterdam: the demo runs in its own time, not the wall clock.
  const klok = new DemoKlok(opties.start ?? new Date('2026-11-23T08:30:00Z'));
  const d: Diensten = { db: db.prisma, klok, privacy: nederlandsePrivacyPoort };
  let berichten = 0;
  const bezorger = consoleBezorger((t) => {
    berichten++;
    schrijf(t);
  });
  const verteller = (t: string) => schrijf(`\n=== ${formatteerMoment(klok.nu())} · ${t} ===\n`);
  // As the server's tick right after an action: what is due now (the follow-up of a round an answer just
  // closed), then the messages.
  const bezorg = async () => {
    await voerDueJobsUit(d, jobHandlers);
    return verstuurOutbox(d, [bezorger], { max: 1000 });
  };
  const verder = async (uren: number) => {
    klok.moment = new Date(klok.moment.getTime() + uren * 3_600_000);
    await voerDueJobsUit(d, jobHandlers);
    await bezorg();
  };
  const uitkomsten: string[] = [];
  try {
    const yaml = readFileSync(VOORBEELD, 'utf8');
    const verslag = await importeerTafels(d, leesTafelsBestand(yaml), yaml);
    verteller(
      `Tafels geïmporteerd: ${verslag.tafels} tafel, ${verslag.leden} leden, ${verslag.bestuurders} bestuurders`,
    );

    const consulent = console_('fatima');
    verteller('Consulent Fatima probeert eerst een casus met een telefoonnummer in de situatie');
    const eerste: IntakeInvoer = {
      tafel: 'citydeal-utrecht',
      titel: 'Kostendelersnorm bij inwonende zoon met beperking',
      situatie:
        'Moeder (52) woont met haar meerderjarige zoon met een verstandelijke beperking. Door de kostendelersnorm daalt haar uitkering met ruim 300 euro per maand; er is een huurachterstand. Bel haar op 06-12345678.',
      knelpunt: 'kostendelersnorm',
      leefgebieden: ['inkomen', 'wonen'],
      gevraagdeOplossing:
        'De kostendelersnorm een jaar buiten toepassing laten; intussen zoekt het buurtteam een woonvorm voor de zoon.',
      kostenMaatwerk: '3.600',
      kostenNietsDoen: '24.000',
      kostenNietsDoenToelichting:
        'Uithuiszetting, tijdelijke opvang voor moeder en een crisisplaatsing voor de zoon.',
      urgentie: 'normaal',
      betrokkenheid: 'hoog',
      toestemming: 'ja_vastgelegd',
    };
    try {
      await raiseCasus(d, consulent, eerste);
    } catch (fout) {
      const velden =
        (fout as { velden?: { veld: string; bericht: string; suggestie?: string }[] }).velden ?? [];
      for (const v of velden)
        schrijf(`Geweigerd bij veld "${v.veld}": ${v.bericht}\nSuggestie: ${v.suggestie ?? ''}`);
    }
    verteller('Fatima haalt het nummer weg en dient opnieuw in');
    const casus1 = await raiseCasus(d, consulent, {
      ...eerste,
      situatie: eerste.situatie.replace(' Bel haar op 06-12345678.', ''),
    });
    await bezorg();

    verteller('De leden antwoorden; GGZ gaat niet akkoord');
    await respond(d, console_('ahmed'), casus1.referentie, {
      keuze: 'akkoord',
      reden: 'Binnen ons mandaat; de kosten van niets doen zijn vele malen hoger.',
    });
    await respond(d, console_('sanne'), casus1.referentie, {
      keuze: 'akkoord_met_voorwaarden',
      reden: 'Wij voorkomen liever een ontruiming.',
      voorwaarden: 'Betalingsregeling voor de huurachterstand binnen een maand.',
      toezegging: {
        taak: 'zet de ontruimingsprocedure stil en biedt een betalingsregeling aan',
        deadline: new Date('2026-12-07T16:00:00Z'),
      },
    });
    await respond(d, console_('peter'), casus1.referentie, {
      keuze: 'niet_akkoord',
      reden: 'Eerst een indicatie voor begeleid wonen aanvragen; die route is nog niet geprobeerd.',
    });
    await respond(d, console_('lotte'), casus1.referentie, {
      keuze: 'akkoord',
      reden: 'Het gezin werkt goed mee.',
    });
    await bezorg();
    verteller('Een dag later: Kees van schuldhulp heeft nog niet geantwoord en krijgt een herinnering');
    await verder(24);
    await respond(d, console_('kees'), casus1.referentie, {
      keuze: 'akkoord',
      reden: 'Voorkomt nieuwe schulden.',
    });
    await bezorg();

    verteller('De voorzitter beslist (doorslaggevende stem)');
    const voorzitterBesluit = await beslisAlsVoorzitter(d, console_('marieke'), casus1.referentie, {
      uitkomst: 'toekennen',
      reden:
        'De kosten van niets doen (uithuiszetting, opvang) zijn veel hoger; de indicatie voor begeleid wonen loopt parallel via het buurtteam.',
    });
    uitkomsten.push(`${casus1.referentie}: ${voorzitterBesluit.gevolg}`);
    await bezorg();

    verteller('Tweede casus: een bijzondere bijstand boven het mandaat van één lid');
    const casus2 = await raiseCasus(d, consulent, {
      tafel: 'citydeal-utrecht',
      titel: 'Leges ID-kaart en terugvordering blokkeren bijstand',
      situatie:
        'Jonge vrouw zonder geldig identiteitsbewijs kan de leges niet betalen en krijgt zonder ID geen uitkering. Er loopt een terugvordering uit een eerdere periode.',
      knelpunt: 'id-kaart-leges',
      leefgebieden: ['inkomen', 'schulden'],
      gevraagdeOplossing:
        'Leges kwijtschelden en de terugvordering zes maanden opschorten zodat de uitkering kan starten.',
      kostenMaatwerk: 4200,
      kostenNietsDoen: 15000,
      kostenNietsDoenToelichting: 'Dakloosheid, nachtopvang en oplopende schulden bij de zorgverzekeraar.',
      urgentie: 'spoed',
      betrokkenheid: 'wisselend',
      betrokkenheidToelichting: 'Komt afspraken meestal na, soms met hulp van het buurtteam.',
      toestemming: 'nee_afweging_vastgelegd',
      toestemmingAfweging:
        'Geen toestemming gevraagd: geen contactgegevens, wel in belang van de inwoner om dakloosheid te voorkomen.',
    });
    await bezorg();
    await respond(d, console_('ahmed'), casus2.referentie, {
      keuze: 'buiten_mandaat',
      reden: 'Opschorten van een terugvordering valt buiten mijn mandaat.',
    });
    await respond(d, console_('sanne'), casus2.referentie, {
      keuze: 'akkoord',
      reden: 'Voorkomt dakloosheid.',
    });
    await respond(d, console_('lotte'), casus2.referentie, {
      keuze: 'akkoord',
      reden: 'Wij begeleiden haar naar het loket.',
    });
    await bezorg();
    verteller(
      'Spoed: na 4 werkuren is de termijn om; de ronde sluit vanzelf en de directeur krijgt het verzoek',
    );
    await verder(5);
    verteller('De directeur keurt de uitzondering goed');
    const bestuurderBesluit = await decideAsBestuurder(d, console_('ingrid'), casus2.referentie, {
      besluit: 'goedkeuren',
      reden:
        'Eenmalige uitzondering: de maatschappelijke kosten van niets doen zijn hoger. Leges kwijtgescholden, terugvordering zes maanden opgeschort.',
    });
    uitkomsten.push(`${casus2.referentie}: ${bestuurderBesluit.gevolg}`);
    await bezorg();

    await ketenAudit(d);
    const audit = await verifieerAudit(d);
    const geldig = audit.every((a) => a.oordeel.geldig);
    verteller(
      `Auditketen: ${audit.map((a) => `${a.tenant} ${a.oordeel.aantal} gebeurtenissen, ${a.oordeel.geldig ? 'onverbroken' : 'VERBROKEN'}`).join('; ')}`,
    );
    return {
      referenties: [casus1.referentie, casus2.referentie],
      berichten,
      auditGeldig: geldig,
      uitkomsten,
    };
  } finally {
    await db.sluit();
    rmSync(map, { recursive: true, force: true });
  }
}
