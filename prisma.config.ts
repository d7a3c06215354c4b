// Prisma CLI configuration: the JS/WASM engines with a driver adapter, so nothing is downloaded.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { defineConfig } from 'prisma/config';

// The schema's datasource needs a URL even when a driver adapter ignores it: Prisma 6 refuses to load it otherwise.
process.env.DATABASE_URL ??= 'postgresql://embedded/pglite';
const isEmbedded = process.env.DATABASE_URL === 'postgresql://embedded/pglite';

// The CLI calls adapter() more than once per command; one PGlite per data directory, or its WAL breaks.
let adapterFactory: Promise<unknown> | undefined;

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: path.join('prisma', 'schema.prisma'),
  migrations: { path: path.join('prisma', 'migrations') },
  // biome-ignore lint/suspicious/noExplicitAny: the factory types differ per adapter package
  adapter: async (): Promise<any> => {
    adapterFactory ??= (async () => {
      if (isEmbedded) {
        const { PGlite } = await import('@electric-sql/pglite');
        const { PrismaPGlite } = await import('pglite-prisma-adapter');
        const dir = process.env.MAATWERKBOT_DATA_DIR ?? path.join('data', 'pglite');
        if (!dir.startsWith('memory://')) {
          mkdirSync(dir, { recursive: true });
          // Same lock as the server: a Prisma CLI command beside a running server must not open the directory.
          const { vergrendelDataMap } = await import('./src/store/datalock.ts');
          const geefTerug = await vergrendelDataMap(path.resolve(dir));
          // The release has no await inside: it runs whole in the exit handler.
          process.once('exit', () => void geefTerug());
        }
        return new PrismaPGlite(new PGlite(dir));
      }
      const { PrismaPg } = await import('@prisma/adapter-pg');
      return new PrismaPg({ connectionString: process.env.DATABASE_URL });
    })();
    return adapterFactory;
  },
});
