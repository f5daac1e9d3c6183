/**
 * The embed frame's classic script (/embed/quiz.js, bundled by esbuild as an IIFE: see
 * classic.ts): shares its Preact with the result's script, then hydrates the questionnaire
 * the page rendered, with the props the page wrote beside it.
 */
import * as preact from 'preact';
import * as hooks from 'preact/hooks';
import * as jsxRuntime from 'preact/jsx-runtime';
import EmbedQuiz, { EMBED_ROOT_ID, type EmbedQuizProps } from '../EmbedQuiz.tsx';
import { SHARED_GLOBAL } from '../../embed/frame/classic-globals.ts';

(window as unknown as Record<string, unknown>)[SHARED_GLOBAL] = { preact, 'preact/hooks': hooks, 'preact/jsx-runtime': jsxRuntime };

const root = document.getElementById(EMBED_ROOT_ID);
if (root?.dataset.props) {
  preact.hydrate(<EmbedQuiz {...(JSON.parse(root.dataset.props) as EmbedQuizProps)} />, root);
  root.removeAttribute('data-hydrating');
}
