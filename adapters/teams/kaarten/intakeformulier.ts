// The intake form of a casus, shown in a dialog (task module). On a refused submit the same form comes
// back with the values kept and each error, privacy findings included, next to its field.
import type { VeldFout } from '../../../src/domain/fouten.ts';
import {
  BETROKKENHEDEN,
  LEEFGEBIEDEN,
  label,
  TOESTEMMINGEN,
  URGENTIES,
} from '../../../src/domain/woorden.ts';
import {
  type AdaptiveKaart,
  type Element,
  kaart,
  keuzeveld,
  klein,
  letterlijk,
  passend,
  tekst,
  tekstveld,
  waarschuwing,
} from './bouwstenen.ts';

export const ACTIE_FORMULIER = 'casus.formulier';
export const ACTIE_INDIENEN = 'casus.indienen';

/** Field ids of the form, equal to the intake's field names (src/domain/intake.ts). */
export const FORMULIERVELDEN = [
  'tafel',
  'titel',
  'urgentie',
  'situatie',
  'knelpunt',
  'knelpuntVrij',
  'leefgebieden',
  'gevraagdeOplossing',
  'kostenMaatwerk',
  'kostenNietsDoen',
  'kostenNietsDoenToelichting',
  'betrokkenheid',
  'betrokkenheidToelichting',
  'toestemming',
  'toestemmingAfweging',
  'eigenReferentie',
] as const;
export type Formulierveld = (typeof FORMULIERVELDEN)[number];
export type Formulierwaarden = Partial<Record<Formulierveld, string>>;

export interface IntakeformulierInvoer {
  formulierId: string;
  tafels: { slug: string; naam: string }[];
  knelpunten: { code: string; naam: string }[];
  waarden: Formulierwaarden;
  fouten?: VeldFout[];
  /** An error that belongs to no field (e.g. the workspace is not linked to a municipality). */
  algemeneFout?: string;
}

const keuzes = (woorden: readonly string[]) => woorden.map((w) => ({ title: label(w), value: w }));

function foutenBij(fouten: VeldFout[], veld: string, max: number): Element[] {
  const uit: Element[] = [];
  for (const f of fouten) {
    const hoort = f.veld === veld || f.veld.startsWith(`${veld}[`) || f.veld.startsWith(`${veld}.`);
    if (!hoort) continue;
    uit.push(tekst(f.bericht, { color: 'attention', size: 'small', spacing: 'none' }));
    const soorten = [...new Set((f.vondsten ?? []).map((v) => v.omschrijving))];
    if (soorten.length > 0)
      uit.push(
        tekst(`Gevonden: ${soorten.join(', ')}`, { color: 'attention', size: 'small', spacing: 'none' }),
      );
    if (f.suggestie) {
      uit.push(klein('Voorstel zonder persoonsgegevens (controleer het en neem het over):'));
      uit.push(letterlijk(f.suggestie, max, { isSubtle: true }));
    }
  }
  return uit;
}

export function intakeformulier(i: IntakeformulierInvoer): AdaptiveKaart {
  const w = i.waarden;
  const fouten = i.fouten ?? [];
  const bekend = new Set<string>(FORMULIERVELDEN);
  const losseFouten = fouten.filter((f) => !bekend.has(f.veld.split(/[.[]/)[0]!));
  return passend((max) => {
    const veld = (naam: Formulierveld, element: Element): Element[] => [
      element,
      ...foutenBij(fouten, naam, max),
    ];
    return kaart(
      [
        tekst(
          'Anoniem: schrijf geen namen, adressen, geboortedata, BSN, telefoonnummers of andere persoonsgegevens. De bot controleert elk veld voordat er iets wordt bewaard.',
          { size: 'small', isSubtle: true },
        ),
        ...(fouten.length > 0 || i.algemeneFout
          ? [waarschuwing(i.algemeneFout ?? 'Controleer de invoer: niets is bewaard.')]
          : []),
        ...losseFouten.map((f) => tekst(f.bericht, { color: 'attention', size: 'small' })),
        ...veld(
          'tafel',
          keuzeveld(
            'tafel',
            'Tafel',
            i.tafels.map((t) => ({ title: t.naam, value: t.slug })),
            {
              waarde: w.tafel,
              verplicht: true,
              fout: 'Kies een tafel',
            },
          ),
        ),
        ...veld(
          'titel',
          tekstveld('titel', 'Korte titel', {
            waarde: w.titel,
            verplicht: true,
            max: 120,
            fout: 'Vul een korte titel in',
          }),
        ),
        ...veld(
          'urgentie',
          keuzeveld('urgentie', 'Urgentie', keuzes(URGENTIES), {
            waarde: w.urgentie ?? 'normaal',
            uitgeklapt: true,
            verplicht: true,
          }),
        ),
        klein(
          'Crisis? Bel direct de crisisdienst. Een crisis gaat niet via de tafel; de bot legt alleen de doorverwijzing vast.',
        ),
        ...veld(
          'situatie',
          tekstveld('situatie', 'Situatie', { waarde: w.situatie, meerdereRegels: true, max: 3000 }),
        ),
        ...veld(
          'knelpunt',
          keuzeveld(
            'knelpunt',
            'Knelpunt',
            i.knelpunten.map((k) => ({ title: k.naam, value: k.code })),
            {
              waarde: w.knelpunt,
              hint: 'Kies uit de lijst, of beschrijf het hieronder',
            },
          ),
        ),
        ...veld(
          'knelpuntVrij',
          tekstveld('knelpuntVrij', 'Of beschrijf het knelpunt zelf', { waarde: w.knelpuntVrij, max: 300 }),
        ),
        ...veld(
          'leefgebieden',
          keuzeveld('leefgebieden', 'Leefgebieden', keuzes(LEEFGEBIEDEN), {
            waarde: w.leefgebieden,
            meerdere: true,
          }),
        ),
        ...veld(
          'gevraagdeOplossing',
          tekstveld('gevraagdeOplossing', 'Gevraagde oplossing', {
            waarde: w.gevraagdeOplossing,
            meerdereRegels: true,
            max: 2000,
          }),
        ),
        ...veld(
          'kostenMaatwerk',
          tekstveld('kostenMaatwerk', 'Kosten van het maatwerk (euro)', {
            waarde: w.kostenMaatwerk,
            hint: 'bijvoorbeeld 2.400',
          }),
        ),
        ...veld(
          'kostenNietsDoen',
          tekstveld('kostenNietsDoen', 'Geschatte kosten als er niets gebeurt (euro)', {
            waarde: w.kostenNietsDoen,
            hint: 'bijvoorbeeld 18.000',
          }),
        ),
        ...veld(
          'kostenNietsDoenToelichting',
          tekstveld('kostenNietsDoenToelichting', 'Toelichting op de kosten als er niets gebeurt', {
            waarde: w.kostenNietsDoenToelichting,
            meerdereRegels: true,
            max: 1000,
          }),
        ),
        ...veld(
          'betrokkenheid',
          keuzeveld('betrokkenheid', 'Betrokkenheid van het huishouden', keuzes(BETROKKENHEDEN), {
            waarde: w.betrokkenheid,
          }),
        ),
        ...veld(
          'betrokkenheidToelichting',
          tekstveld('betrokkenheidToelichting', 'Toelichting op de betrokkenheid (optioneel)', {
            waarde: w.betrokkenheidToelichting,
            meerdereRegels: true,
            max: 1000,
          }),
        ),
        ...veld(
          'toestemming',
          keuzeveld('toestemming', 'Toestemming van het huishouden', keuzes(TOESTEMMINGEN), {
            waarde: w.toestemming,
            uitgeklapt: true,
          }),
        ),
        ...veld(
          'toestemmingAfweging',
          tekstveld('toestemmingAfweging', 'Afweging zonder toestemming', {
            waarde: w.toestemmingAfweging,
            meerdereRegels: true,
            max: 1000,
          }),
        ),
        ...veld(
          'eigenReferentie',
          tekstveld('eigenReferentie', 'Uw eigen dossierreferentie (optioneel, alleen voor u)', {
            waarde: w.eigenReferentie,
            max: 60,
          }),
        ),
      ],
      {
        actions: [
          {
            type: 'Action.Submit',
            title: 'Indienen',
            style: 'positive',
            data: { actie: ACTIE_INDIENEN, formulierId: i.formulierId },
          },
        ],
      },
    );
  });
}
