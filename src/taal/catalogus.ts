// The catalogue: every sentence a person reads, per language, in namespaces by subject. Dutch is the
// source; each English namespace must have exactly its keys (checked by the compiler through
// `Vertaling`, and again at run time with the placeholders by test/taal/catalogus.test.ts).
import enAlgemeen from './en/algemeen.ts';
import enBeheer from './en/beheer.ts';
import enBerichten from './en/berichten.ts';
import enCli from './en/cli.ts';
import enFormulier from './en/formulier.ts';
import enFouten from './en/fouten.ts';
import enInstellingen from './en/instellingen.ts';
import enKaart from './en/kaart.ts';
import enPrivacy from './en/privacy.ts';
import enRapport from './en/rapport.ts';
import enReden from './en/reden.ts';
import enVerbinding from './en/verbinding.ts';
import enWoord from './en/woord.ts';
import nlAlgemeen from './nl/algemeen.ts';
import nlBeheer from './nl/beheer.ts';
import nlBerichten from './nl/berichten.ts';
import nlCli from './nl/cli.ts';
import nlFormulier from './nl/formulier.ts';
import nlFouten from './nl/fouten.ts';
import nlInstellingen from './nl/instellingen.ts';
import nlKaart from './nl/kaart.ts';
import nlPrivacy from './nl/privacy.ts';
import nlRapport from './nl/rapport.ts';
import nlReden from './nl/reden.ts';
import nlVerbinding from './nl/verbinding.ts';
import nlWoord from './nl/woord.ts';
import type { Taal } from './taal.ts';

const nl = {
  algemeen: nlAlgemeen,
  beheer: nlBeheer,
  berichten: nlBerichten,
  cli: nlCli,
  formulier: nlFormulier,
  fouten: nlFouten,
  instellingen: nlInstellingen,
  kaart: nlKaart,
  privacy: nlPrivacy,
  rapport: nlRapport,
  reden: nlReden,
  verbinding: nlVerbinding,
  woord: nlWoord,
} as const;

type Catalogus = { readonly [N in keyof typeof nl]: { readonly [K in keyof (typeof nl)[N]]: string } };

const en: Catalogus = {
  algemeen: enAlgemeen,
  beheer: enBeheer,
  berichten: enBerichten,
  cli: enCli,
  formulier: enFormulier,
  fouten: enFouten,
  instellingen: enInstellingen,
  kaart: enKaart,
  privacy: enPrivacy,
  rapport: enRapport,
  reden: enReden,
  verbinding: enVerbinding,
  woord: enWoord,
};

export const CATALOGUS: Readonly<Record<Taal, Catalogus>> = { nl, en };

export type Ruimte = keyof typeof nl;

/** Every key of the catalogue: `namespace.key`, the key itself may hold dots (`kaart.knop.akkoord`). */
export type Sleutel = { [N in Ruimte]: `${N}.${keyof (typeof nl)[N] & string}` }[Ruimte];
