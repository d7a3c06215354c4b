// The casus card in the table's channel, updated in place after every answer. What is visible (the
// answers' contents before close) is decided by the core (`inhoudZichtbaar`); the card only shows it.
import { formatteerBedrag } from '../../../src/domain/bedrag.ts';
import type { CasusSamenvatting, KaartStand } from '../../../src/domain/berichten.ts';
import { KEUZES, label, type Taal } from '../../../src/domain/woorden.ts';
import { lijstteken } from '../../../src/taal/lijst.ts';
import { vertaler } from '../../../src/taal/tekst.ts';
import { formatteerMoment } from '../../../src/time/index.ts';
import { type Blok, LIMIET } from '../blockkit.ts';
import { ACTIE, type BeheerActie } from '../ids.ts';
import { kort, md, SLACK_OPMAAK } from '../tekst.ts';
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
  const status = label(c.status, taal);
  return c.opAgenda ? vertaler(taal)('kaart.status.op_agenda', { status }) : status;
}

export function knelpuntTekst(c: CasusSamenvatting, taal: Taal): string {
  const naam = c.knelpunt.naam || vertaler(taal)('kaart.knelpunt.niet_opgegeven');
  return c.knelpunt.regel ? `${naam} (${c.knelpunt.regel})` : naam;
}

/** The facts of a casus: what every card, reminder and escalation shows. */
export function casusBlokken(c: CasusSamenvatting, taal: Taal, opties: { kort?: boolean } = {}): Blok[] {
  const t = vertaler(taal, SLACK_OPMAAK);
  const kostenOpen = c.ontbreekt?.includes('kosten') ?? false;
  const blokken: Blok[] = [
    kop(`${c.referentie} · ${c.titel}`),
    velden([
      [t('kaart.veld.tafel'), c.tafelNaam],
      [t('kaart.veld.status'), statusTekst(c, taal)],
      [t('kaart.veld.urgentie'), label(c.urgentie, taal)],
      [t('kaart.veld.knelpunt'), knelpuntTekst(c, taal)],
      [t('kaart.veld.leefgebieden'), c.leefgebieden.map((l) => label(l, taal)).join(', ') || '-'],
      [
        t('kaart.veld.kosten_maatwerk'),
        kostenOpen ? t('kaart.aanvulling.open') : formatteerBedrag(c.kostenMaatwerkCent, taal),
      ],
      [
        t('kaart.veld.kosten_niets_doen'),
        kostenOpen ? t('kaart.aanvulling.open') : formatteerBedrag(c.kostenNietsDoenCent, taal),
      ],
    ]),
  ];
  // What the quick intake left open, named until the submitter adds it.
  if (c.ontbreekt?.length)
    blokken.push(
      context(
        t('kaart.aanvulling.ontbreekt', {
          wat: c.ontbreekt.map((a) => t('kaart.aanvulling.wat', { wat: a })).join(', '),
        }),
      ),
    );
  if (c.wachtOp?.length)
    blokken.push(
      sectie(
        t('kaart.aanvulling.ronde_wacht', {
          wat: c.wachtOp.map((a) => t('kaart.aanvulling.wat', { wat: a })).join(', '),
        }),
      ),
    );
  if (opties.kort) {
    blokken.push(...tekstSecties(t('kaart.veld.situatie'), kort(c.situatie, 600)));
    blokken.push(...tekstSecties(t('kaart.veld.gevraagde_oplossing'), c.gevraagdeOplossing));
    return blokken;
  }
  blokken.push(
    ...tekstSecties(t('kaart.veld.situatie'), c.situatie),
    ...tekstSecties(t('kaart.veld.gevraagde_oplossing'), c.gevraagdeOplossing),
    ...tekstSecties(t('kaart.veld.kosten_niets_doen_toelichting'), c.kostenNietsDoenToelichting),
    context(
      `${t('kaart.veld.betrokkenheid_huishouden')}: ${c.ontbreekt?.includes('betrokkenheid') ? t('kaart.aanvulling.open') : label(c.betrokkenheid, taal)}${
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
  const t = vertaler(taal, SLACK_OPMAAK);
  const totaal = r.geantwoord.length + r.wachtend.length;
  // Room for the sentence around a list of names, so the list is cut before the section's limit.
  const ruimte = LIMIET.sectieTekst - 100;
  const blokken: Blok[] = [
    sectie(
      r.status === 'open'
        ? t('kaart.ronde.open', { deadline: formatteerMoment(new Date(r.deadline), taal) })
        : `${t('kaart.ronde.gesloten')} · ${md(statusTekst(k.casus, taal))}`,
    ),
  ];
  const metInhoud = r.geantwoord.filter((l) => l.keuze);
  if (metInhoud.length > 0) {
    for (const l of metInhoud) {
      const regels = [
        `${SLACK_OPMAAK.b(md(l.organisatie, 200))} (${md(l.naam, 100)}): ${label(l.keuze!, taal)}`,
      ];
      if (l.reden) regels.push(md(l.reden, 700));
      if (l.voorwaarden)
        regels.push(`${SLACK_OPMAAK.i(`${t('kaart.veld.voorwaarden')}:`)} ${md(l.voorwaarden, 500)}`);
      blokken.push(sectie(regels.join('\n')));
    }
  }
  const zonderInhoud = r.geantwoord.filter((l) => !l.keuze);
  if (zonderInhoud.length > 0 || metInhoud.length === 0) {
    const leden = lijst(
      '',
      zonderInhoud.map((l) => md(l.organisatie, 200)),
      t('kaart.ronde.nog_niemand'),
      lijstteken(zonderInhoud.map((l) => l.organisatie)),
      ruimte,
    );
    blokken.push(sectie(t('kaart.ronde.geantwoord_telling', { aantal: r.geantwoord.length, totaal, leden })));
  }
  if (r.status === 'open' && r.wachtend.length > 0) {
    const leden = lijst(
      '',
      r.wachtend.map((l) => `${md(l.organisatie, 200)} (${md(l.naam, 100)})`),
      '-',
      lijstteken(r.wachtend.map((l) => l.organisatie)),
      ruimte,
    );
    blokken.push(sectie(t('kaart.ronde.wacht_op', { leden })));
  }
  if (r.status === 'open' && !r.inhoudZichtbaar) {
    blokken.push(context(t('kaart.ronde.inhoud_verborgen')));
  }
  return blokken;
}

export function antwoordKnoppen(casusId: string, taal: Taal): Blok {
  return knoppen(
    `antwoord:${casusId}`,
    KEUZES.map((keuze) => ({
      actionId: ACTIE.antwoord(keuze),
      tekst: label(keuze, taal),
      waarde: casusId,
      ...(keuze === 'akkoord' ? { stijl: 'primary' as const } : {}),
      ...(keuze === 'niet_akkoord' ? { stijl: 'danger' as const } : {}),
    })),
  );
}

/**
 * The card. Slack shows a message the same to everyone, so the card in the channel carries only what is
 * meant for the table: the answer buttons while the round is open (the services decide who may answer).
 * The chair's menu (⋯) is not on it: it appears only on a view of one person, when the read model says
 * that person is the chair (`beheeracties`: `/casus <referentie>`, App Home, the chair's DM).
 */
export function kaartBlokken(
  k: KaartStand,
  taal: Taal,
  opties: { beheeracties?: readonly BeheerActie[] } = {},
): Blok[] {
  const blokken = [
    ...casusBlokken(k.casus, taal),
    ...vergelijkbaarBlokken(k.vergelijkbaar, taal),
    scheiding(),
    ...rondeBlokken(k, taal),
  ];
  const open = k.ronde?.status === 'open';
  // Only the controls the core's rule gives this casus in its state (none once it is final).
  const acties = opties.beheeracties ?? [];
  const menu = acties.length > 0;
  if (open || menu) {
    blokken.push(
      context(
        ...(open ? [vertaler(taal, SLACK_OPMAAK)('kaart.ronde.wie_antwoordt')] : []),
        ...(menu ? [beheerUitleg(taal)] : []),
      ),
    );
    const knoppenBlok = open ? antwoordKnoppen(k.casus.casusId, taal) : null;
    blokken.push({
      type: 'actions',
      block_id: knoppenBlok?.block_id ?? `beheer:${k.casus.casusId}`,
      elements: [
        ...(knoppenBlok?.type === 'actions' ? knoppenBlok.elements : []),
        ...(menu ? [beheerMenu(k.casus.casusId, taal, acties)] : []),
      ],
    });
  }
  return begrens(blokken, LIMIET.blokkenBericht);
}
