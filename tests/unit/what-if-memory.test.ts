/** The what-if panel's answers (src/result/result-model.ts): a change and its undoing never lose an answer the visitor gave. */
import { describe, expect, it } from 'vitest';
import type { CompleteAnswers } from '../../src/engine/answers.ts';
import { createResultModel } from '../../src/result/result-model.ts';
import { idLabels } from '../helpers/labels.ts';

const PILOT: CompleteAnswers = {
  stage: 'pilot', size: 'startup', predictive_roi: 'yes', data_sufficiency: 'no', integration_speed: 'yes', agentic: 'no', production_soon: 'no', regulated: 'no', have: [], urgency: 'weeks',
};

describe('what-if changes there and back', () => {
  it('keeps "Going live soon" as it was when the stage goes to production and back to pilot', () => {
    const model = createResultModel(PILOT, idLabels(), () => {});
    model.change('stage', 'production');
    expect(model.answers.value.production_soon).toBeUndefined(); // it does not apply in production
    expect(model.waitingFor.value).toBeNull();
    model.change('stage', 'pilot');
    expect(model.answers.value).toEqual(PILOT);
    expect(model.waitingFor.value).toBeNull();
    expect(model.shown.value).toEqual(PILOT);
  });
  it('keeps a conditional answer set aside through several changes, until the visitor answers it anew', () => {
    const model = createResultModel(PILOT, idLabels(), () => {});
    model.change('predictive_roi', 'no');
    expect(model.answers.value.data_sufficiency).toBeUndefined();
    model.change('size', 'growth');
    model.change('predictive_roi', 'yes');
    expect(model.answers.value).toEqual({ ...PILOT, size: 'growth' });
    model.change('data_sufficiency', 'yes');
    model.change('predictive_roi', 'no');
    model.change('predictive_roi', 'yes');
    expect(model.answers.value.data_sufficiency).toBe('yes');
  });
});
