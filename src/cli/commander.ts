// Commander speaks English of its own: help titles, the help option and command, its refusals. Here
// they are put in the reader's language, so `maatwerkbot --help` and a mistyped option read like the
// rest of the command line. The refusals arrive as commander's English sentence; each known form is
// recognised and said again from the catalogue, an unknown form keeps its detail under our prefix.
import { type Command, Help, type Option } from 'commander';
import type { Sleutel } from '../taal/catalogus.ts';
import type { Taal } from '../taal/taal.ts';
import { tekst, type Waarden } from '../taal/tekst.ts';

/** The titles commander passes to `styleTitle`, and the key each one is said with. */
const TITELS: Readonly<Record<string, Sleutel>> = {
  'Usage:': 'cli.hulp.gebruik',
  'Options:': 'cli.hulp.opties',
  'Commands:': 'cli.hulp.opdrachten',
  'Arguments:': 'cli.hulp.argumenten',
  'Global Options:': 'cli.hulp.algemene_opties',
};

/** Commander's own words inside a usage line. */
const PLAATSHOUDERS: Readonly<Record<string, Sleutel>> = {
  '[options]': 'cli.hulp.plaats_opties',
  '[command]': 'cli.hulp.plaats_opdracht',
};

const SUGGESTIE = /\n\(Did you mean (?:one of )?(.+)\?\)$/;

/** Commander's refusals (commander 14), each with the key and values to say it again. */
const WEIGERINGEN: readonly [RegExp, Sleutel, (m: RegExpMatchArray) => Waarden][] = [
  [/^error: unknown option '(.+)'$/s, 'cli.fout.onbekende_optie', (m) => ({ optie: m[1]! })],
  [/^error: unknown command '(.+)'$/s, 'cli.fout.onbekende_opdracht', (m) => ({ opdracht: m[1]! })],
  [/^error: missing required argument '(.+)'$/s, 'cli.fout.argument_ontbreekt', (m) => ({ argument: m[1]! })],
  [/^error: option '(.+)' argument missing$/s, 'cli.fout.optie_zonder_waarde', (m) => ({ optie: m[1]! })],
  [/^error: required option '(.+)' not specified$/s, 'cli.fout.verplichte_optie', (m) => ({ optie: m[1]! })],
  [
    /^error: too many arguments(?: for '(.+)')?\. Expected (\d+) arguments? but got (\d+)\.$/s,
    'cli.fout.te_veel_argumenten',
    (m) => ({ opdracht: m[1] ?? 'maatwerkbot', verwacht: Number(m[2]), gekregen: Number(m[3]) }),
  ],
  [
    /^error: option '(.+)' argument '(.*)' is invalid\.(.*)$/s,
    'cli.fout.ongeldige_waarde',
    (m) => ({ optie: m[1]!, waarde: m[2]!, reden: m[3]!.trim() }),
  ],
  [
    /^error: command-argument value '(.*)' is invalid for argument '(.+)'\.(.*)$/s,
    'cli.fout.ongeldige_waarde',
    (m) => ({ optie: m[2]!, waarde: m[1]!, reden: m[3]!.trim() }),
  ],
];

/** One of commander's English refusals in the reader's language, with its suggestion if it made one. */
export function vertaalWeigering(melding: string, taal: Taal): string {
  const regel = melding.replace(/\n$/, '');
  const suggestie = regel.match(SUGGESTIE);
  const kern = suggestie ? regel.slice(0, suggestie.index) : regel;
  let zin: string | undefined;
  for (const [vorm, sleutel, waarden] of WEIGERINGEN) {
    const m = kern.match(vorm);
    if (m) {
      zin = tekst(taal, sleutel, waarden(m)).trimEnd();
      break;
    }
  }
  zin ??= tekst(taal, 'cli.fout.algemeen', { melding: kern.replace(/^error:\s*/, '') });
  const erbij = suggestie ? `\n${tekst(taal, 'cli.fout.suggestie', { namen: suggestie[1]! })}` : '';
  return `${zin}${erbij}\n`;
}

function metPlaatshouders(regel: string, taal: Taal): string {
  return regel.replace(/\[options\]|\[command\]/g, (w) => tekst(taal, PLAATSHOUDERS[w]!));
}

/**
 * Sets commander's own texts of `programma` in `taal`. Call before adding sub-commands: they inherit
 * the help option, the help command, the help configuration and the error output.
 */
export function inTaal(programma: Command, taal: Taal): Command {
  return programma
    .helpOption('-h, --help', tekst(taal, 'cli.hulp.optie_hulp'))
    .helpCommand(`help ${tekst(taal, 'cli.hulp.plaats_opdracht')}`, tekst(taal, 'cli.hulp.opdracht_hulp'))
    .configureHelp({
      styleTitle: (titel: string) => {
        const sleutel = TITELS[titel];
        return sleutel ? tekst(taal, sleutel) : titel;
      },
      commandUsage: (cmd: Command) =>
        metPlaatshouders(Help.prototype.commandUsage.call(new Help(), cmd), taal),
      subcommandTerm: (cmd: Command) =>
        metPlaatshouders(Help.prototype.subcommandTerm.call(new Help(), cmd), taal),
      optionDescription: (optie: Option) =>
        Help.prototype.optionDescription
          .call(new Help(), optie)
          .replace(/\(default: /, `(${tekst(taal, 'cli.hulp.standaard')}: `),
    });
}

/** The error output of `configureOutput`: commander's refusal, said again in `taal`. */
export const weigeringIn =
  (taal: Taal) =>
  (melding: string, schrijf: (s: string) => void): void =>
    schrijf(vertaalWeigering(melding, taal));
