// Replies to `/casus <opdracht>` that need no service: help, and what is coming.
import { COMMANDO } from '../ids.ts';
import { md } from '../tekst.ts';

export const HULP = [
  '*Maatwerkbot* – anonieme casussen naar de maatwerktafel',
  `• \`${COMMANDO}\` – nieuwe casus indienen (ook via het menu ⚡ of "Meer acties" bij een bericht)`,
  `• \`${COMMANDO} zoek <woorden>\` – eerdere besluiten zoeken (komt binnenkort)`,
  `• \`${COMMANDO} agenda\` – agenda van de volgende vergadering (komt binnenkort)`,
  `• \`${COMMANDO} koppel <tafel> [leer]\` – voorzitter: koppel dit kanaal aan uw tafel (of als leerkanaal)`,
  `• \`${COMMANDO} help\` – deze uitleg`,
  'Uw openstaande besluiten staan op het tabblad *Home* van de maatwerkbot.',
].join('\n');

export const ZOEKEN_KOMT =
  'Zoeken in eerdere besluiten komt binnenkort: op woorden, knelpunt, leefgebied en periode, zodat gelijke gevallen gelijk worden beslist. Tot dan staan recente besluiten van uw tafels op het tabblad *Home*.';

export const AGENDA_KOMT =
  'De agenda van de wekelijkse vergadering (geëscaleerde en open casussen, besluiten sinds de vorige keer, verlopen toezeggingen) komt binnenkort. Casussen die op de agenda staan, ziet u nu al op hun kaart.';

export const onbekendeOpdracht = (opdracht: string) => `Onbekende opdracht \`${md(opdracht, 40)}\`.\n${HULP}`;
