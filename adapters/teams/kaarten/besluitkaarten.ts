// Cards for the escalation ladder (the chair's casting vote, the bestuurder's approval) and for the
// besluit with its reasoning, shared with the table, the leerkanaal and the submitter.
import type { Bericht, BesluitWeergave, ReactieRegel } from '../../../src/domain/berichten.ts';
import { BESLISSINGEN, type Beslissing, label, redenTekst } from '../../../src/domain/woorden.ts';
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
const BESTUURDER_KNOP: Record<(typeof BESTUURDER_ACTIES)[number], [string, string?]> = {
  goedkeuren: ['Goedkeuren', 'positive'],
  afwijzen: ['Afwijzen', 'destructive'],
  informatie: ['Vraag om informatie'],
};

function reactiesBlok(
  reacties: ReactieRegel[],
  eerder: Escalatie['eerdereBesluiten'],
  max: number,
): Element[] {
  if (reacties.length === 0 && eerder.length === 0) return [];
  const uit: Element[] = [
    tekst('Antwoorden van de tafel', { weight: 'bolder', separator: true, spacing: 'medium' }),
  ];
  for (const r of reacties) {
    uit.push(tekst(`${r.organisatie} (${r.naam}): ${label(r.keuze)}`, { spacing: 'small' }));
    uit.push(letterlijk(r.reden, max, { isSubtle: true }));
    if (r.voorwaarden) uit.push(metLabel('Voorwaarden', r.voorwaarden, max));
  }
  for (const e of eerder) {
    uit.push(tekst(`${e.door}: ${label(e.uitkomst)}`, { spacing: 'small' }));
    uit.push(letterlijk(e.reden, max, { isSubtle: true }));
  }
  return uit;
}

export function escalatiekaart(b: Escalatie): AdaptiveKaart {
  const c = b.casus;
  const voorzitter = b.niveau === 'voorzitter';
  const data = { casusId: c.casusId, escalatieId: b.escalatieId };
  const aanhef = voorzitter
    ? `Voorzitter, uw besluit is nodig over ${c.referentie}`
    : `${b.titel}, uw goedkeuring is nodig voor een uitzondering: ${c.referentie}`;
  const velden: Element[] = voorzitter
    ? [
        tekstveld('reden', 'Reden van uw besluit', {
          verplicht: true,
          meerdereRegels: true,
          max: 3000,
          fout: 'Geef een reden: de tafel deelt het hoe en waarom',
        }),
        tekstveld('hoe', 'Hoe (wat gebeurt er, als het anders is dan gevraagd)', {
          meerdereRegels: true,
          max: 2000,
        }),
        tekstveld('voorwaarden', 'Voorwaarden', { meerdereRegels: true, max: 1000 }),
        tekstveld('verwijzing', 'Verwijzing (verplicht bij afwijzen of doorverwijzen)', { max: 1000 }),
        knoppen(
          VOORZITTER_UITKOMSTEN.map((u) => {
            const stijl = VOORZITTER_STIJL[u];
            return uitvoeren(label(u), `${VERB_VOORZITTER}${u}`, data, stijl ? { style: stijl } : {});
          }),
        ),
      ]
    : [
        tekstveld('reden', 'Reden van uw besluit, of uw vraag', {
          verplicht: true,
          meerdereRegels: true,
          max: 3000,
          fout: 'Geef een reden of stel uw vraag',
        }),
        tekstveld('verwijzing', 'Verwijzing (verplicht bij afwijzen)', { max: 1000 }),
        knoppen(
          BESTUURDER_ACTIES.map((a) => {
            const [titel, stijl] = BESTUURDER_KNOP[a];
            return uitvoeren(titel, `${VERB_BESTUURDER}${a}`, data, stijl ? { style: stijl } : {});
          }),
        ),
      ];
  return passend((max) =>
    kaart([
      tekst(aanhef + (b.laat ? ' (verlaat verstuurd)' : ''), { weight: 'bolder', color: 'accent' }),
      klein(`${c.referentie} · ${c.tafelNaam}`, { spacing: 'default' }),
      letterlijk(c.titel, 120, { size: 'large', weight: 'bolder' }),
      tekst(`Waarom bij u: ${b.redenen.map((r) => redenTekst(r)).join('; ')}.`),
      tekst(`Graag uw besluit vóór ${moment(b.deadline)}.`, { weight: 'bolder' }),
      ...casusBlok(c, max),
      ...reactiesBlok(b.reacties, b.eerdereBesluiten, Math.min(max, 800)),
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

export function besluitkaart(b: BesluitGedeeld): AdaptiveKaart {
  const w = b.besluit;
  return passend((max) =>
    kaart([
      klein(`Besluit ${b.referentie} · ${b.tafelNaam}`),
      letterlijk(b.titel, 120, { size: 'large', weight: 'bolder' }),
      tekst(label(w.uitkomst), { size: 'large', weight: 'bolder', color: UITKOMST_KLEUR[w.uitkomst] }),
      klein(`Genomen door ${genomenDoorTekst(w)}, ${moment(w.genomen)}`),
      feiten([
        ['Kosten maatwerk', euro(w.kostenMaatwerkCent)],
        ['Als er niets gebeurt', euro(w.kostenNietsDoenCent)],
      ]),
      ...(w.afgewekenRegel ? [metLabel('Afgeweken van', w.afgewekenRegel, 300)] : []),
      tekst('Waarom', { weight: 'bolder', spacing: 'medium' }),
      ...alineas(w.waarom, max),
      ...(w.hoe ? [tekst('Hoe', { weight: 'bolder' }), ...alineas(w.hoe, max)] : []),
      ...(w.voorwaarden ? [tekst('Voorwaarden', { weight: 'bolder' }), ...alineas(w.voorwaarden, max)] : []),
      ...(w.verwijzing ? [metLabel('Verwezen naar', w.verwijzing, max)] : []),
      ...(w.toezeggingen.length > 0
        ? [
            tekst('Toezeggingen', { weight: 'bolder' }),
            ...w.toezeggingen.map((t) =>
              metLabel(`${t.organisatie}, uiterlijk ${moment(t.deadline)}`, t.taak, Math.min(max, 500)),
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
