/** The pure helpers behind the islands: wording of URL problems, Markdown export, links. */
import { describe, expect, it } from 'vitest';
import { PROBLEM_KINDS, parseAnswers } from '../../src/engine/url.ts';
import { missingQuestions } from '../../src/engine/answers.ts';
import { problemMessage } from '../../src/content/answer-words.ts';
import { countText as formatCount } from '../../src/result/words.ts';
import { quizHref, resultHref, stepSearch } from '../../src/links.ts';
import { answersWith } from '../helpers/domain.ts';
import { idLabels } from '../helpers/labels.ts';

const labels = idLabels();

describe('counts', () => {
  it.each([[{ min: 1, max: 1 }, '1'], [{ min: 3, max: 5 }, '3-5'], [{ min: 12, max: 30, orMore: true }, '12-30+']] as const)('%o reads %s', (count, text) =>
    expect(formatCount(count)).toBe(text));
});

describe('URL problem messages', () => {
  it('word every kind of problem, naming the parameter', () => {
    for (const kind of PROBLEM_KINDS) {
      const message = problemMessage({ kind, parameter: 'stage', value: '7' }, labels);
      expect(message.length, kind).toBeGreaterThan(20);
      if (kind !== 'too-many-problems') expect(message, kind).toContain('stage');
    }
  });
  it('keep hostile parameter names as literal text', () => {
    const { problems } = parseAnswers('?%3Cimg%20src%3Dx%3E=1');
    expect(problemMessage(problems[0]!, labels)).toContain('<img src=x>');
  });
  it('list the questions still missing on the current path', () => {
    expect(missingQuestions({ stage: 'scale', size: 'startup' })).toEqual(['predictive_roi', 'integration_speed', 'agentic', 'regulated', 'have', 'urgency']);
    expect(missingQuestions(answersWith({}))).toEqual([]);
  });
});

describe('links', () => {
  it('reopen a question prefilled, and share the canonical result', () => {
    const answers = answersWith({});
    expect(quizHref('/', answers, 'regulated')).toMatch(/^\/\?stage=pilot&.*&v=3#q=regulated$/);
    expect(resultHref('/base/', answers)).toMatch(/^\/base\/result\/\?stage=pilot&size=startup&/);
  });
  it('keep embed options while moving through the quiz, and drop anything else', () => {
    expect(stepSearch({ stage: 'pilot' }, '?theme=dark&embed_id=a1&utm_source=x&stage=scale')).toBe('?stage=pilot&v=3&theme=dark&embed_id=a1');
  });
});
