// The version in package.json, for the start line and the metrics.
import { readFileSync } from 'node:fs';
import { pakketPad } from '../pakket.ts';

// From the package root: relative to this module it would miss in the compiled build (dist/src/…).
export const VERSIE: string = (
  JSON.parse(readFileSync(pakketPad('package.json'), 'utf8')) as { version: string }
).version;
