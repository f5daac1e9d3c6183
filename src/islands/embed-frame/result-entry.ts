/**
 * The embed's result as a classic script (/embed/result.js, an esbuild IIFE that takes Preact
 * from the quiz's script: see classic.ts). Loaded by the quiz when a visitor reaches the result.
 */
import { EmbedResult, hireOrderOf } from '../EmbedResult.tsx';
import { RESULT_GLOBAL } from '../../embed/frame/classic-globals.ts';
import type { ResultPart } from './classic.ts';

(window as unknown as Record<string, ResultPart>)[RESULT_GLOBAL] = { EmbedResult, hireOrderOf };
