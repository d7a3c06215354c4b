// Replies to `/casus <opdracht>` that need no service: help and usage.
import { COMMANDO } from '../ids.ts';
import { md } from '../tekst.ts';

export const HULP = [
  '*Maatwerkbot* – anonieme casussen naar de maatwerktafel',
  `• \`${COMMANDO}\` – nieuwe casus indienen (ook via het menu ⚡ of "Meer acties" bij een bericht)`,
  `• \`${COMMANDO} zoek <woorden>\` – eerdere besluiten zoeken, met het hoe en waarom (alleen voor u zichtbaar)`,
  `• \`${COMMANDO} agenda [tafel]\` – agenda van de volgende vergadering (leden van de tafel; in het tafelkanaal zonder tafel)`,
  `• \`${COMMANDO} MW-2026-0042\` – een casus bekijken (als u aan de tafel zit, de indiener bent of erover beslist; alleen voor u zichtbaar)`,
  `• \`${COMMANDO} koppel <tafel> [leer]\` – voorzitter: koppel dit kanaal aan uw tafel (of als leerkanaal); de bot controleert wie het kanaal kan lezen`,
  `• \`${COMMANDO} help\` – deze uitleg`,
  'Voorzitter: termijn verlengen, intrekken, heropenen, op de agenda zetten en het besluit van de vergadering vastleggen via ⋯ op de casuskaart of in uw privébericht.',
  'Uw openstaande besluiten staan op het tabblad *Home* van de maatwerkbot.',
].join('\n');

/** `/casus agenda` without a table where no table is bound to the channel. */
export const agendaWelkeTafel = (slugs: string[]) =>
  `Van welke tafel? Gebruik \`${COMMANDO} agenda <tafel>\`${
    slugs.length > 0
      ? `, bijvoorbeeld ${slugs
          .slice(0, 10)
          .map((s) => `\`${md(s, 60)}\``)
          .join(', ')}`
      : ''
  }, of typ \`${COMMANDO} agenda\` in het kanaal van de tafel.`;

export const onbekendeOpdracht = (opdracht: string) => `Onbekende opdracht \`${md(opdracht, 40)}\`.\n${HULP}`;
