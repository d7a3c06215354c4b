// Cards for the escalation ladder (the chair's casting vote, the bestuurder's approval) and for the
// besluit with its reasoning, shared with the table, the leerkanaal and the submitter.
import { formatteerBedrag } from '../../../src/domain/bedrag.ts';
import type { AntwoordRegel, Bericht, BesluitWeergave } from '../../../src/domain/berichten.ts';
import { BESLISSINGEN, type Beslissing, label, redenTekst } from '../../../src/domain/woorden.ts';
import { STANDAARDTAAL, type Taal } from '../../../src/taal/taal.ts';
import { vertaler } from '../../../src/taal/tekst.ts';
import {
  type AdaptiveKaart,
  alineas,
  container,
  type Element,
  feiten,
  kaart,
  klein,
  knoppen,
  letterlijk,
  metLabel,
  passend,
  TEAMS_OPMAAK,
  tekst,
  tekstveld,
  uitvoeren,
} from './bouwstenen.ts';
import { casusBlok } from './casuskaart.ts';
import { euro, genomenDoorTekst, moment } from './woorden.ts';

type Escalatie = Extract<Bericht, { soort: 'escalatie' }>;
type BesluitGedeeld = Extract<Bericht, { soort: 'besluit_gedeeld' }>;

export const VOORZITTER_UITKOMSTEN = BESLISSINGEN;
export const BESTUURDER_ACTIES = ['goedkeuren', 'afwijzen', 'informatie'] as const;
export const VERB_VOORZITTER = 'voorzitter.';
export const VERB_BESTUURDER = 'bestuurder.';

const VOORZITTER_STIJL: Partial<Record<Beslissing, string>> = {
  toekennen: 'positive',
  afwijzen: 'destructive',
};
const BESTUURDER_KNOP = {
  goedkeuren: ['berichten.bestuurder_keuze.goedkeuren', 'positive'],
  afwijzen: ['berichten.bestuurder_keuze.afwijzen', 'destructive'],
  informatie: ['berichten.bestuurder_keuze.informatie'],
} as const satisfies Record<(typeof BESTUURDER_ACTIES)[number], readonly [string, string?]>;

function antwoordenBlok(
  antwoorden: AntwoordRegel[],
  eerder: Escalatie['eerdereBesluiten'],
  max: number,
  taal: Taal,
): Element[] {
  if (antwoorden.length === 0 && eerder.length === 0) return [];
  const t = vertaler(taal);
  const uit: Element[] = [
    tekst(t('berichten.escalatie.antwoorden_tafel'), {
      weight: 'bolder',
      separator: true,
      spacing: 'medium',
    }),
  ];
  for (const r of antwoorden) {
    uit.push(tekst(`${r.organisatie} (${r.naam}): ${label(r.keuze, taal)}`, { spacing: 'small' }));
    uit.push(letterlijk(r.reden, max, { isSubtle: true }));
    if (r.voorwaarden) uit.push(metLabel(t('berichten.besluit.voorwaarden'), r.voorwaarden, max));
  }
  for (const e of eerder) {
    uit.push(tekst(`${e.door}: ${label(e.uitkomst, taal)}`, { spacing: 'small' }));
    uit.push(letterlijk(e.reden, max, { isSubtle: true }));
  }
  return uit;
}

export function escalatiekaart(b: Escalatie, taal: Taal = STANDAARDTAAL): AdaptiveKaart {
  const t = vertaler(taal, TEAMS_OPMAAK);
  /** Without markup, for lines the card already shows in bold. */
  const p = vertaler(taal);
  const c = b.casus;
  const voorzitter = b.niveau === 'voorzitter';
  const data = { casusId: c.casusId, escalatieId: b.escalatieId };
  const aanhef = voorzitter
    ? p('berichten.escalatie.aanhef_voorzitter', { referentie: c.referentie })
    : p('berichten.escalatie.aanhef_bestuurder', { titel: b.titel, referentie: c.referentie });
  const velden: Element[] = voorzitter
    ? [
        tekstveld('reden', p('berichten.escalatie.veld.reden'), {
          verplicht: true,
          meerdereRegels: true,
          max: 3000,
          fout: p('berichten.escalatie.veld.reden_fout'),
        }),
        // One form for every outcome: optional here, required by the core when partly granting.
        tekstveld('toegekendBedrag', p('formulier.besluit.toegekend_bedrag'), {
          hint: p('formulier.besluit.toegekend_bedrag.hint', {
            gevraagd: formatteerBedrag(c.kostenMaatwerkCent, taal),
          }),
          max: 20,
        }),
        tekstveld('hoe', p('berichten.escalatie.veld.hoe'), { meerdereRegels: true, max: 2000 }),
        tekstveld('voorwaarden', p('berichten.besluit.voorwaarden'), { meerdereRegels: true, max: 1000 }),
        tekstveld('verwijzing', p('berichten.escalatie.veld.verwijzing_voorzitter'), { max: 1000 }),
        knoppen(
          VOORZITTER_UITKOMSTEN.map((u) => {
            const stijl = VOORZITTER_STIJL[u];
            return uitvoeren(label(u, taal), `${VERB_VOORZITTER}${u}`, data, stijl ? { style: stijl } : {});
          }),
        ),
      ]
    : [
        tekstveld('reden', p('berichten.escalatie.veld.reden_of_vraag'), {
          verplicht: true,
          meerdereRegels: true,
          max: 3000,
          fout: p('berichten.escalatie.veld.reden_of_vraag_fout'),
        }),
        tekstveld('verwijzing', p('berichten.escalatie.veld.verwijzing_bestuurder'), { max: 1000 }),
        knoppen(
          BESTUURDER_ACTIES.map((a) => {
            const [sleutel, stijl] = BESTUURDER_KNOP[a];
            return uitvoeren(p(sleutel), `${VERB_BESTUURDER}${a}`, data, stijl ? { style: stijl } : {});
          }),
        ),
      ];
  return passend((max) =>
    kaart([
      tekst(aanhef + (b.laat ? ` (${p('algemeen.later_verstuurd')})` : ''), {
        weight: 'bolder',
        color: 'accent',
      }),
      klein(`${c.referentie} · ${c.tafelNaam}`, { spacing: 'default' }),
      letterlijk(c.titel, 120, { size: 'large', weight: 'bolder' }),
      tekst(
        `${t('berichten.escalatie.waarom_bij_u', { redenen: b.redenen.map((r) => redenTekst(r, taal)).join('; ') })}.`,
      ),
      tekst(`${p('berichten.escalatie.graag_besluit', { deadline: moment(b.deadline, taal) })}.`, {
        weight: 'bolder',
      }),
      ...casusBlok(c, max, taal),
      ...antwoordenBlok(b.antwoorden, b.eerdereBesluiten, Math.min(max, 800), taal),
      container(velden, { separator: true, spacing: 'medium' }),
    ]),
  );
}

const UITKOMST_KLEUR: Record<BesluitWeergave['uitkomst'], string> = {
  toegekend: 'good',
  deels_toegekend: 'good',
  afgewezen: 'attention',
  doorverwezen: 'warning',
};

export function besluitkaart(b: BesluitGedeeld, taal: Taal = STANDAARDTAAL): AdaptiveKaart {
  const t = vertaler(taal);
  const w = b.besluit;
  return passend((max) =>
    kaart([
      klein(t('berichten.besluit.bij_tafel', { referentie: b.referentie, tafel: b.tafelNaam })),
      letterlijk(b.titel, 120, { size: 'large', weight: 'bolder' }),
      tekst(label(w.uitkomst, taal), { size: 'large', weight: 'bolder', color: UITKOMST_KLEUR[w.uitkomst] }),
      klein(
        t('berichten.besluit.genomen_door', {
          wie: genomenDoorTekst(w, taal),
          moment: moment(w.genomen, taal),
        }),
      ),
      feiten([
        [t('berichten.besluit.kosten_maatwerk'), euro(w.kostenMaatwerkCent, taal)],
        [t('berichten.besluit.als_niets_gebeurt'), euro(w.kostenNietsDoenCent, taal)],
      ]),
      ...(w.afgewekenRegel ? [metLabel(t('berichten.besluit.afgeweken_van'), w.afgewekenRegel, 300)] : []),
      tekst(t('berichten.besluit.waarom'), { weight: 'bolder', spacing: 'medium' }),
      ...alineas(w.waarom, max),
      ...(w.hoe ? [tekst(t('berichten.besluit.hoe'), { weight: 'bolder' }), ...alineas(w.hoe, max)] : []),
      ...(w.voorwaarden
        ? [tekst(t('berichten.besluit.voorwaarden'), { weight: 'bolder' }), ...alineas(w.voorwaarden, max)]
        : []),
      ...(w.verwijzing ? [metLabel(t('berichten.besluit.verwezen_naar'), w.verwijzing, max)] : []),
      ...(w.toezeggingen.length > 0
        ? [
            tekst(t('berichten.besluit.toezeggingen'), { weight: 'bolder' }),
            ...w.toezeggingen.map((z) =>
              metLabel(
                `${z.organisatie}, ${t('algemeen.uiterlijk', { deadline: moment(z.deadline, taal) })}`,
                z.taak,
                Math.min(max, 500),
              ),
            ),
          ]
        : []),
    ]),
  );
}

/** What the person who acted sees in place of the card they used. */
export function bevestigingskaart(kopregel: string, regels: string[], referentie?: string): AdaptiveKaart {
  return kaart([
    ...(referentie ? [klein(referentie)] : []),
    tekst(kopregel, { weight: 'bolder', color: 'good' }),
    ...regels.map((r) => tekst(r)),
  ]);
}
