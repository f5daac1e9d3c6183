// Writes src/styles/colours.css from the colour tokens in src/styles/tokens.ts (npm run colours).
// tests/unit/colour-tokens.test.ts fails while the committed file is stale.
import { writeFileSync } from 'node:fs';
import { coloursCss } from '../src/styles/tokens.ts';

writeFileSync(new URL('../src/styles/colours.css', import.meta.url), coloursCss());
