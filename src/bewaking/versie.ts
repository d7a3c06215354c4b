// The version in package.json, for the start line and the metrics.
import { readFileSync } from 'node:fs';
import { pakketPad } from '../pakket.ts';

export const VERSIE: string = (
  JSON.parse(readFileSync(pakketPad('package.json'), 'utf8')) as { version: string }
).version;
