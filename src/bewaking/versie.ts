// The version in package.json, for the start line and the metrics.
import { readFileSync } from 'node:fs';

export const VERSIE: string = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }
).version;
