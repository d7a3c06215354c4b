// `npm run demo`: a whole story on a fresh embedded database, through the real services, the real
// job runner and the real outbox, printed as the people involved would read it.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { consoleBezorger } from '../../adapters/console/bezorger.ts';
import { leesTafelsBestand } from '../config/tafelsbestand.ts';
import { isDomeinFout, veldTekst } from '../domain/fouten.ts';
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
import { STANDAARDTAAL, type Taal } from '../taal/taal.ts';
import { vertaler } from '../taal/tekst.ts';
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
  opties: { start?: Date; taal?: Taal } = {},
): Promise<DemoVerslag> {
  // The narrator and the story speak the terminal's language; what the bot sends each person is
  // rendered in that person's own language by the services and the console renderer.
  const taal = opties.taal ?? STANDAARDTAAL;
  const t = vertaler(taal);
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
  const verteller = (regel: string) => schrijf(`\n=== ${formatteerMoment(klok.nu(), taal)} · ${regel} ===\n`);
  // As the server's tick right after an action: what is due now (the follow-up of a round an answer just
  // closed), then the messages.
  const bezorg = async () => {
    await voerDueJobsUit(d, jobHandlers);
    return verstuurOutbox(d, [bezorger], { max: 1000 });
  };
  // The clock moves first, so the narrator's heading carries the moment of what follows it.
  const verder = async (uren: number, regel: string) => {
    klok.moment = new Date(klok.moment.getTime() + uren * 3_600_000);
    verteller(regel);
    await bezorg();
  };
  const uitkomsten: string[] = [];
  try {
    const yaml = readFileSync(VOORBEELD, 'utf8');
    const verslag = await importeerTafels(d, leesTafelsBestand(yaml), yaml);
    verteller(
      t('cli.demo.geimporteerd', {
        tafels: String(verslag.tafels),
        leden: String(verslag.leden),
        bestuurders: String(verslag.bestuurders),
      }),
    );

    const situatie1 = t('cli.demo.casus1.situatie');
    const telefoon = t('cli.demo.casus1.telefoon', { nummer: '06-12345678' });
    const consulent = console_('fatima');
    verteller(t('cli.demo.fatima_probeert'));
    const eerste: IntakeInvoer = {
      tafel: 'citydeal-utrecht',
      titel: t('cli.demo.casus1.titel'),
      situatie: `${situatie1} ${telefoon}`,
      knelpunt: 'kostendelersnorm',
      leefgebieden: ['inkomen', 'wonen'],
      gevraagdeOplossing: t('cli.demo.casus1.oplossing'),
      kostenMaatwerk: '3.600',
      kostenNietsDoen: '24.000',
      kostenNietsDoenToelichting: t('cli.demo.casus1.kosten_niets_doen'),
      urgentie: 'normaal',
      betrokkenheid: 'hoog',
      toestemming: 'ja_vastgelegd',
    };
    try {
      await raiseCasus(d, consulent, eerste);
    } catch (fout) {
      for (const v of isDomeinFout(fout) ? fout.velden : [])
        schrijf(
          t('cli.demo.geweigerd', {
            veld: v.veld,
            bericht: veldTekst(v, taal),
            suggestie: v.suggestie ?? '',
          }),
        );
    }
    verteller(t('cli.demo.opnieuw'));
    const casus1 = await raiseCasus(d, consulent, {
      ...eerste,
      situatie: situatie1,
    });
    await bezorg();

    verteller(t('cli.demo.leden_antwoorden'));
    await respond(d, console_('ahmed'), casus1.referentie, {
      keuze: 'akkoord',
      reden: t('cli.demo.casus1.reden_ahmed'),
    });
    await respond(d, console_('sanne'), casus1.referentie, {
      keuze: 'akkoord_met_voorwaarden',
      reden: t('cli.demo.casus1.reden_sanne'),
      voorwaarden: t('cli.demo.casus1.voorwaarden_sanne'),
      toezegging: {
        taak: t('cli.demo.casus1.toezegging_sanne'),
        deadline: new Date('2026-12-07T16:00:00Z'),
      },
    });
    await respond(d, console_('peter'), casus1.referentie, {
      keuze: 'niet_akkoord',
      reden: t('cli.demo.casus1.reden_peter'),
    });
    await respond(d, console_('lotte'), casus1.referentie, {
      keuze: 'akkoord',
      reden: t('cli.demo.casus1.reden_lotte'),
    });
    await bezorg();
    await verder(24, t('cli.demo.herinnering'));
    verteller(t('cli.demo.kees_antwoordt'));
    await respond(d, console_('kees'), casus1.referentie, {
      keuze: 'akkoord',
      reden: t('cli.demo.casus1.reden_kees'),
    });
    await bezorg();

    verteller(t('cli.demo.voorzitter_beslist'));
    const voorzitterBesluit = await beslisAlsVoorzitter(d, console_('marieke'), casus1.referentie, {
      uitkomst: 'toekennen',
      reden: t('cli.demo.casus1.besluit'),
    });
    uitkomsten.push(`${casus1.referentie}: ${voorzitterBesluit.gevolg}`);
    await bezorg();

    verteller(t('cli.demo.tweede_casus'));
    const casus2 = await raiseCasus(d, consulent, {
      tafel: 'citydeal-utrecht',
      titel: t('cli.demo.casus2.titel'),
      situatie: t('cli.demo.casus2.situatie'),
      knelpunt: 'id-kaart-leges',
      leefgebieden: ['inkomen', 'schulden'],
      gevraagdeOplossing: t('cli.demo.casus2.oplossing'),
      kostenMaatwerk: 4200,
      kostenNietsDoen: 15000,
      kostenNietsDoenToelichting: t('cli.demo.casus2.kosten_niets_doen'),
      urgentie: 'spoed',
      betrokkenheid: 'wisselend',
      betrokkenheidToelichting: t('cli.demo.casus2.betrokkenheid'),
      toestemming: 'nee_afweging_vastgelegd',
      toestemmingAfweging: t('cli.demo.casus2.afweging'),
    });
    await bezorg();
    await respond(d, console_('ahmed'), casus2.referentie, {
      keuze: 'buiten_mandaat',
      reden: t('cli.demo.casus2.reden_ahmed'),
    });
    await respond(d, console_('sanne'), casus2.referentie, {
      keuze: 'akkoord',
      reden: t('cli.demo.casus2.reden_sanne'),
    });
    await respond(d, console_('lotte'), casus2.referentie, {
      keuze: 'akkoord',
      reden: t('cli.demo.casus2.reden_lotte'),
    });
    await bezorg();
    await verder(5, t('cli.demo.spoed'));
    verteller(t('cli.demo.directeur'));
    const bestuurderBesluit = await decideAsBestuurder(d, console_('ingrid'), casus2.referentie, {
      besluit: 'goedkeuren',
      reden: t('cli.demo.casus2.besluit'),
    });
    uitkomsten.push(`${casus2.referentie}: ${bestuurderBesluit.gevolg}`);
    await bezorg();

    await ketenAudit(d);
    const audit = await verifieerAudit(d);
    const geldig = audit.every((a) => a.oordeel.geldig);
    const ketens = audit.map((a) =>
      t('cli.demo.keten', {
        gemeente: a.tenant,
        aantal: String(a.oordeel.aantal),
        geldig: a.oordeel.geldig ? 'ja' : 'nee',
      }),
    );
    verteller(t('cli.demo.auditketen', { ketens: ketens.join('; ') }));
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
