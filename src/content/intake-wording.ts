/**
 * The words of a seat's intake pack (content/intake.json, checked by its schema at build time).
 * The role pages hand them to the pack's island with its data; /share/ passes its part as props.
 * Values are plain text: renderers put them in text nodes, the Markdown escapes them.
 */
import wording from '../../content/intake.json' with { type: 'json' };
import type { IntakeWording } from './schemas/intake-wording.ts';

export const INTAKE_WORDING = wording as IntakeWording;
