/**
 * The inline script of QuizFirstPaint.astro, run before the quiz page first paints. It knows
 * no rule of the quiz: it only asks whether anything might resume (a query, a `#q=`, saved
 * progress) and, if so, hides the server-rendered step behind a placeholder of its size until
 * the island shows the right one. And it holds an early Next for the island to replay.
 */
import { STORAGE_KEY } from '../session/progress-store.ts';
import { EARLY_INPUT, RESUMING } from '../session/early-input.ts';

// Kept short by hand: inline scripts are not minified, and every byte is on the quiz page.
export const FIRST_PAINT_SCRIPT = `(function(){var e=window[${JSON.stringify(EARLY_INPUT)}]={},r=location.search.length>1||/^#q=/.test(location.hash);` +
  `try{r=r||localStorage.getItem(${JSON.stringify(STORAGE_KEY)})!==null}catch(x){}` +
  `if(r)document.documentElement.setAttribute(${JSON.stringify(RESUMING)},'');` +
  `function h(v){var t=v.target;if(e.done||!t.closest||!t.closest('[data-question]'))return;` +
  `if(v.type==='click'?t.closest('[data-action="next"]'):v.key==='Enter'&&t.localName==='input'){v.preventDefault();e.next=true}}` +
  `addEventListener('click',h,true);addEventListener('keydown',h,true)})();`;
