// Writes what is made from the colour tokens (npm run colours): src/styles/colours.css from
// src/styles/tokens.ts, and public/favicon.svg from the mark in src/styles/mark.ts.
// tests/unit/colour-tokens.test.ts fails while either committed file is stale.
import { writeFileSync } from 'node:fs';
import { coloursCss } from '../src/styles/tokens.ts';
import { faviconSvg } from '../src/styles/mark.ts';

writeFileSync(new URL('../src/styles/colours.css', import.meta.url), coloursCss());
writeFileSync(new URL('../public/favicon.svg', import.meta.url), faviconSvg());
