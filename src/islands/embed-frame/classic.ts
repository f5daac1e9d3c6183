/**
 * The embed frame runs classic scripts, not modules (docs/decisions/0021-classic-scripts-in-the-embed.md):
 * a frame sandboxed without allow-same-origin (WordPress's) has an opaque origin, so the browser
 * fetches module scripts in CORS mode, and a host that sets no headers (S3, a plain file
 * server) sends no Access-Control-Allow-Origin: a module would never run. Classic scripts are
 * fetched without CORS.
 *
 * Two classic bundles (esbuild IIFEs, src/embed/bundle.ts): the quiz (quiz-entry.tsx) and the
 * result (result-entry.ts), loaded only when a visitor reaches the result. They share one
 * Preact, which the quiz puts on the window under SHARED_GLOBAL and the result's bundle reads
 * for `preact`, `preact/hooks` and `preact/jsx-runtime`; the result puts its part under
 * RESULT_GLOBAL.
 */
import type * as ResultModule from '../EmbedResult.tsx';
import { RESULT_GLOBAL } from '../../embed/frame/classic-globals.ts';

export type ResultPart = Pick<typeof ResultModule, 'EmbedResult' | 'hireOrderOf'>;

type FrameGlobals = Record<typeof RESULT_GLOBAL, ResultPart | undefined>;

/** Loads the result's classic script from `src` once; resolves to the part it registered. */
export function loadClassicResult(src: string): Promise<ResultPart> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => {
      const part = (window as unknown as FrameGlobals)[RESULT_GLOBAL];
      if (part) resolve(part);
      else reject(new Error(`${src} did not register the result`));
    };
    script.onerror = () => reject(new Error(`${src} did not load`));
    document.head.append(script);
  });
}
