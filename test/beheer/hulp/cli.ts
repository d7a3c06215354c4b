// The command line in this process, with its own environment for one call, output captured.
import { Writable } from 'node:stream';
import { main } from '../../../src/cli/main.ts';

export interface Run {
  code: number;
  uit: string;
  fout: string;
}

function vang() {
  const stukken: string[] = [];
  const stroom = new Writable({
    write(c, _e, klaar) {
      stukken.push(String(c));
      klaar();
    },
  });
  return { stroom: stroom as NodeJS.WritableStream, tekst: () => stukken.join('') };
}

/** Runs `maatwerkbot <args>` with these variables set (and DATABASE_URL unset unless given). */
export async function draai(env: Record<string, string>, ...args: string[]): Promise<Run> {
  const vorige = { ...process.env };
  delete process.env.DATABASE_URL;
  Object.assign(process.env, env);
  const uit = vang();
  const fout = vang();
  try {
    const code = await main(args, uit.stroom, fout.stroom);
    return { code, uit: uit.tekst(), fout: fout.tekst() };
  } finally {
    process.env = vorige;
  }
}
