// The intake form of a casus, shown in a dialog (task module). On a refused submit the same form comes
// back with the values kept and each error, privacy findings included, next to its field; what was typed
// is then the person's draft, and the form opens with it the next time (one line says so).

import { CONCEPT_BEWAARDAGEN } from '../../../src/domain/concept.ts';
import { crisisNummers } from '../../../src/domain/crisis.ts';
import { type VeldFout, veldTekst } from '../../../src/domain/fouten.ts';
import { INTAKE_MEER, INTAKEVELDEN } from '../../../src/domain/intake.ts';
import {
  BETROKKENHEDEN,
  LEEFGEBIEDEN,
  label,
  type Taal,
  TOESTEMMINGEN,
  URGENTIES,
} from '../../../src/domain/woorden.ts';
import { type Vertaler, vertaler, weergave } from '../../../src/taal/tekst.ts';
import { formatteerMoment } from '../../../src/time/index.ts';
import {
  type AdaptiveKaart,
  container,
  type Element,
  kaart,
  keuzeveld,
  klein,
  letterlijk,
  passend,
  TEAMS_OPMAAK,
  tekst,
  tekstveld,
  waarschuwing,
} from './bouwstenen.ts';

export const ACTIE_FORMULIER = 'casus.formulier';
export const ACTIE_INDIENEN = 'casus.indienen';

/** Field ids of the form: the intake's field names. */
export const FORMULIERVELDEN = INTAKEVELDEN;
export type Formulierveld = (typeof FORMULIERVELDEN)[number];

const MEER = 'meer';
export type Formulierwaarden = Partial<Record<Formulierveld, string>>;

export interface IntakeformulierInvoer {
  formulierId: string;
  tafels: { slug: string; naam: string }[];
  knelpunten: { code: string; naam: string }[];
  waarden: Formulierwaarden;
  fouten?: VeldFout[];
  /** An error that belongs to no field (e.g. the workspace is not linked to a municipality), rendered. */
  algemeneFout?: string;
  /** The language of the person filling it in; Dutch when not given. */
  taal?: Taal;
  /** The values are the person's draft, last saved then: one line says so. */
  concept?: Date | undefined;
  /** A refused submit kept what was typed as the draft: the warning says so. */
  conceptBewaard?: boolean;
}

const keuzes = (woorden: readonly string[], taal: Taal) =>
  woorden.map((w) => ({ title: label(w, taal), value: w }));

function foutenBij(fouten: VeldFout[], veld: string, max: number, taal: Taal, t: Vertaler): Element[] {
  const uit: Element[] = [];
  for (const f of fouten) {
    const hoort = f.veld === veld || f.veld.startsWith(`${veld}[`) || f.veld.startsWith(`${veld}.`);
    if (!hoort) continue;
    uit.push(tekst(veldTekst(f, taal), { color: 'attention', size: 'small', spacing: 'none' }));
    const soorten = [...new Set((f.vondsten ?? []).map((v) => v.omschrijving))];
    if (soorten.length > 0)
      uit.push(
        tekst(t('formulier.intake.gevonden', { soorten: soorten.join(', ') }), {
          color: 'attention',
          size: 'small',
          spacing: 'none',
        }),
      );
    if (f.suggestie) {
      uit.push(klein(t('formulier.intake.voorstel')));
      uit.push(letterlijk(f.suggestie, max, { isSubtle: true }));
    }
  }
  return uit;
}

export function intakeformulier(i: IntakeformulierInvoer): AdaptiveKaart {
  const w = i.waarden;
  const taal = i.taal ?? 'nl';
  const t = vertaler(taal, TEAMS_OPMAAK);
  const optioneel = (sleutel: Parameters<Vertaler>[0]) => t('formulier.optioneel', { veld: t(sleutel) });
  const fouten = i.fouten ?? [];
  const bekend = new Set<string>(FORMULIERVELDEN);
  const losseFouten = fouten.filter((f) => !bekend.has(f.veld.split(/[.[]/)[0]!));
  // One table: nothing to choose; it travels with the submit.
  const eneTafel = i.tafels.length === 1 ? i.tafels[0]!.slug : undefined;
  // The quick path shows only what opening a round needs; the rest opens with "meer velden", and is
  // open from the start when something in it was typed or is wrong.
  const meerZichtbaar = INTAKE_MEER.some(
    (veld) => Boolean(w[veld]?.trim()) || fouten.some((f) => f.veld.split(/[.[]/)[0] === veld),
  );
  return passend((max) => {
    const veld = (naam: Formulierveld, element: Element): Element[] => [
      element,
      ...foutenBij(fouten, naam, max, taal, t),
    ];
    return kaart(
      [
        tekst(t('formulier.intake.anoniem'), { size: 'small', isSubtle: true }),
        ...(i.concept
          ? [
              tekst(
                t('formulier.intake.concept', {
                  moment: formatteerMoment(i.concept, taal),
                  dagen: CONCEPT_BEWAARDAGEN,
                }),
                { size: 'small', isSubtle: true },
              ),
            ]
          : []),
        ...(fouten.length > 0 || i.algemeneFout
          ? [
              waarschuwing(
                i.algemeneFout ??
                  t(i.conceptBewaard ? 'formulier.intake.fouten_concept' : 'formulier.intake.fouten'),
              ),
            ]
          : []),
        ...losseFouten.map((f) => tekst(veldTekst(f, taal), { color: 'attention', size: 'small' })),
        ...(eneTafel
          ? []
          : veld(
              'tafel',
              keuzeveld(
                'tafel',
                t('formulier.intake.tafel'),
                i.tafels.map((tafel) => ({ title: tafel.naam, value: tafel.slug })),
                {
                  waarde: w.tafel,
                  verplicht: true,
                  fout: t('formulier.intake.tafel.kies'),
                },
              ),
            )),
        ...veld(
          'titel',
          tekstveld('titel', t('formulier.intake.korte_titel'), {
            waarde: w.titel,
            verplicht: true,
            max: 120,
            fout: t('formulier.intake.korte_titel.leeg'),
          }),
        ),
        ...veld(
          'urgentie',
          keuzeveld('urgentie', t('formulier.intake.urgentie'), keuzes(URGENTIES, taal), {
            waarde: w.urgentie ?? 'normaal',
            uitgeklapt: true,
            verplicht: true,
            fout: t('formulier.intake.urgentie.kies'),
          }),
        ),
        klein(`${t('formulier.intake.crisis.vooraf')} ${weergave(taal, crisisNummers())}`),
        ...veld(
          'situatie',
          tekstveld('situatie', t('formulier.intake.situatie'), {
            waarde: w.situatie,
            meerdereRegels: true,
            max: 3000,
          }),
        ),
        ...veld(
          'knelpunt',
          keuzeveld(
            'knelpunt',
            t('formulier.intake.knelpunt'),
            i.knelpunten.map((k) => ({ title: k.naam, value: k.code })),
            {
              waarde: w.knelpunt,
              hint: t('formulier.intake.knelpunt.kies'),
            },
          ),
        ),
        ...veld(
          'knelpuntVrij',
          tekstveld('knelpuntVrij', t('formulier.intake.knelpunt_vrij'), {
            waarde: w.knelpuntVrij,
            max: 300,
          }),
        ),
        klein(t('formulier.intake.later_aanvullen')),
        container(
          [
            ...veld(
              'leefgebieden',
              keuzeveld('leefgebieden', t('formulier.intake.leefgebieden'), keuzes(LEEFGEBIEDEN, taal), {
                waarde: w.leefgebieden,
                meerdere: true,
                hint: t('formulier.intake.leefgebieden.kies'),
              }),
            ),
            ...veld(
              'gevraagdeOplossing',
              tekstveld('gevraagdeOplossing', t('formulier.intake.oplossing'), {
                waarde: w.gevraagdeOplossing,
                meerdereRegels: true,
                max: 2000,
              }),
            ),
            ...veld(
              'kostenMaatwerk',
              tekstveld('kostenMaatwerk', t('formulier.intake.kosten_maatwerk'), {
                waarde: w.kostenMaatwerk,
                hint: t('formulier.intake.kosten_maatwerk.voorbeeld'),
              }),
            ),
            ...veld(
              'kostenNietsDoen',
              tekstveld('kostenNietsDoen', t('formulier.intake.kosten_niets_doen'), {
                waarde: w.kostenNietsDoen,
                hint: t('formulier.intake.kosten_niets_doen.voorbeeld'),
              }),
            ),
            ...veld(
              'kostenNietsDoenToelichting',
              tekstveld('kostenNietsDoenToelichting', t('formulier.intake.kosten_toelichting'), {
                waarde: w.kostenNietsDoenToelichting,
                hint: t('formulier.intake.kosten_toelichting.voorbeeld'),
                meerdereRegels: true,
                max: 1000,
              }),
            ),
            ...veld(
              'betrokkenheid',
              keuzeveld('betrokkenheid', t('formulier.intake.betrokkenheid'), keuzes(BETROKKENHEDEN, taal), {
                waarde: w.betrokkenheid,
                hint: t('formulier.kies'),
              }),
            ),
            ...veld(
              'betrokkenheidToelichting',
              tekstveld('betrokkenheidToelichting', optioneel('formulier.intake.betrokkenheid_toelichting'), {
                waarde: w.betrokkenheidToelichting,
                meerdereRegels: true,
                max: 1000,
              }),
            ),
            ...veld(
              'toestemming',
              keuzeveld('toestemming', t('formulier.intake.toestemming'), keuzes(TOESTEMMINGEN, taal), {
                waarde: w.toestemming,
                uitgeklapt: true,
              }),
            ),
            ...veld(
              'toestemmingAfweging',
              tekstveld('toestemmingAfweging', t('formulier.intake.afweging'), {
                waarde: w.toestemmingAfweging,
                hint: t('formulier.intake.afweging.hint'),
                meerdereRegels: true,
                max: 1000,
              }),
            ),
            ...veld(
              'eigenReferentie',
              tekstveld('eigenReferentie', optioneel('formulier.intake.eigen_referentie'), {
                waarde: w.eigenReferentie,
                max: 60,
                hint: t('formulier.intake.eigen_referentie.hint'),
              }),
            ),
          ],
          { id: MEER, isVisible: meerZichtbaar },
        ),
      ],
      {
        actions: [
          {
            type: 'Action.Submit',
            title: t('formulier.intake.indienen'),
            style: 'positive',
            data: {
              actie: ACTIE_INDIENEN,
              formulierId: i.formulierId,
              ...(eneTafel ? { tafel: eneTafel } : {}),
            },
          },
          ...(meerZichtbaar
            ? []
            : [
                {
                  type: 'Action.ToggleVisibility',
                  title: t('formulier.intake.meer_velden'),
                  targetElements: [MEER],
                },
              ]),
        ],
      },
    );
  });
}
