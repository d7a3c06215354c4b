// The casus card in the table's channel, updated in place after every answer. What is visible (the
// answers' contents before close) is decided by the core (`inhoudZichtbaar`); the card only shows it.
import { formatteerBedrag } from '../../../src/domain/bedrag.ts';
import type { CasusSamenvatting, KaartStand } from '../../../src/domain/berichten.ts';
import { isDefinitief } from '../../../src/domain/casusstatus.ts';
import { KEUZES, label, type Taal } from '../../../src/domain/woorden.ts';
import { formatteerMoment } from '../../../src/time/index.ts';
import { type Blok, LIMIET } from '../blockkit.ts';
import { ACTIE } from '../ids.ts';
import { kort, md } from '../tekst.ts';
import { beheerMenu, beheerUitleg } from './beheer.ts';
import {
  begrens,
  context,
  knoppen,
  kop,
  lijst,
  scheiding,
  sectie,
  tekstSecties,
  velden,
} from './bouwstenen.ts';
import { vergelijkbaarBlokken } from './register.ts';

export function statusTekst(c: Pick<CasusSamenvatting, 'status' | 'opAgenda'>, taal: Taal): string {
  return `${label(c.status, taal)}${c.opAgenda ? ' · op de agenda van de vergadering' : ''}`;
}

export function knelpuntTekst(c: CasusSamenvatting): string {
  return `${c.knelpunt.naam || 'Niet opgegeven'}${c.knelpunt.regel ? ` (${c.knelpunt.regel})` : ''}`;
}

/** The facts of a casus: what every card, reminder and escalation shows. */
export function casusBlokken(c: CasusSamenvatting, taal: Taal, opties: { kort?: boolean } = {}): Blok[] {
  const blokken: Blok[] = [
    kop(`${c.referentie} · ${c.titel}`),
    velden([
      ['Tafel', c.tafelNaam],
      ['Status', statusTekst(c, taal)],
      ['Urgentie', label(c.urgentie, taal)],
      ['Knelpunt', knelpuntTekst(c)],
      ['Leefgebieden', c.leefgebieden.map((l) => label(l, taal)).join(', ') || '-'],
      ['Kosten maatwerk', formatteerBedrag(c.kostenMaatwerkCent, taal)],
      ['Als er niets gebeurt', formatteerBedrag(c.kostenNietsDoenCent, taal)],
    ]),
  ];
  if (opties.kort) {
    blokken.push(...tekstSecties('Situatie', kort(c.situatie, 600)));
    blokken.push(...tekstSecties('Gevraagde oplossing', c.gevraagdeOplossing));
    return blokken;
  }
  blokken.push(
    ...tekstSecties('Situatie', c.situatie),
    ...tekstSecties('Gevraagde oplossing', c.gevraagdeOplossing),
    ...tekstSecties('Kosten als er niets gebeurt', c.kostenNietsDoenToelichting),
    context(
      `Betrokkenheid huishouden: ${label(c.betrokkenheid, taal)}${
        c.betrokkenheidToelichting ? ` – ${md(c.betrokkenheidToelichting, 1000)}` : ''
      }`,
      label(c.toestemming, taal),
    ),
  );
  return blokken;
}

function rondeBlokken(k: KaartStand, taal: Taal): Blok[] {
  const r = k.ronde;
  if (!r) return [];
  const totaal = r.geantwoord.length + r.wachtend.length;
  const blokken: Blok[] = [
    sectie(
      r.status === 'open'
        ? `*Besluitronde open tot ${formatteerMoment(new Date(r.deadline), taal)}*`
        : `*Besluitronde gesloten* · ${md(statusTekst(k.casus, taal))}`,
    ),
  ];
  const metInhoud = r.geantwoord.filter((l) => l.keuze);
  if (metInhoud.length > 0) {
    for (const l of metInhoud) {
      const regels = [`*${md(l.organisatie, 200)}* (${md(l.naam, 100)}): ${label(l.keuze!, taal)}`];
      if (l.reden) regels.push(md(l.reden, 700));
      if (l.voorwaarden) regels.push(`_Voorwaarden:_ ${md(l.voorwaarden, 500)}`);
      blokken.push(sectie(regels.join('\n')));
    }
  }
  const zonderInhoud = r.geantwoord.filter((l) => !l.keuze);
  if (zonderInhoud.length > 0 || metInhoud.length === 0) {
    blokken.push(
      sectie(
        lijst(
          `*Geantwoord (${r.geantwoord.length} van ${totaal}):* `,
          zonderInhoud.map((l) => md(l.organisatie, 200)),
          'nog niemand',
        ),
      ),
    );
  }
  if (r.status === 'open' && r.wachtend.length > 0) {
    blokken.push(
      sectie(
        lijst(
          '*Wacht nog op:* ',
          r.wachtend.map((l) => `${md(l.organisatie, 200)} (${md(l.naam, 100)})`),
        ),
      ),
    );
  }
  if (r.status === 'open' && !r.inhoudZichtbaar) {
    blokken.push(context('De inhoud van de antwoorden blijft verborgen tot de ronde sluit.'));
  }
  return blokken;
}

export function antwoordKnoppen(casusId: string, taal: Taal): Blok {
  return knoppen(
    `antwoord:${casusId}`,
    KEUZES.map((keuze) => ({
      actionId: ACTIE.reactie(keuze),
      tekst: label(keuze, taal),
      waarde: casusId,
      ...(keuze === 'akkoord' ? { stijl: 'primary' as const } : {}),
      ...(keuze === 'niet_akkoord' ? { stijl: 'danger' as const } : {}),
    })),
  );
}

/**
 * The card; the answer buttons appear while the round is open, the chair's menu while the casus is not
 * finished. The services still decide who may use either.
 */
export function kaartBlokken(k: KaartStand, taal: Taal): Blok[] {
  const blokken = [
    ...casusBlokken(k.casus, taal),
    ...vergelijkbaarBlokken(k.vergelijkbaar, taal),
    scheiding(),
    ...rondeBlokken(k, taal),
  ];
  const open = k.ronde?.status === 'open';
  // A final casus (src/domain/casusstatus.ts) has no controls left.
  const menu = !isDefinitief(k.casus.status);
  if (open || menu) {
    blokken.push(
      context(
        ...(open
          ? ['Alleen beslissingsbevoegde leden antwoorden; u kunt uw antwoord wijzigen tot de ronde sluit.']
          : []),
        ...(menu ? [beheerUitleg(taal)] : []),
      ),
    );
    const knoppenBlok = open ? antwoordKnoppen(k.casus.casusId, taal) : null;
    blokken.push({
      type: 'actions',
      block_id: knoppenBlok?.block_id ?? `beheer:${k.casus.casusId}`,
      elements: [
        ...(knoppenBlok?.type === 'actions' ? knoppenBlok.elements : []),
        ...(menu ? [beheerMenu(k.casus.casusId, taal)] : []),
      ],
    });
  }
  return begrens(blokken, LIMIET.blokkenBericht);
}
