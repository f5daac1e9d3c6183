/** The answer space: every valid complete answer set (580,608), walked as the questionnaire asks. */
import { OPTIONS, isApplicable, type Answers, type CompleteAnswers, type InHouse } from './answers.ts';

/** Every subset of the `have` options (256), each in canonical order. */
export function allHaveSubsets(): InHouse[][] {
  const subsets: InHouse[][] = [];
  for (let mask = 0; mask < 1 << OPTIONS.have.length; mask += 1) {
    subsets.push(OPTIONS.have.filter((_, bit) => mask & (1 << bit)));
  }
  return subsets;
}

/**
 * Every valid complete answer set, walking the tree as the questionnaire does (conditional
 * questions only where they apply). `haveChoices` picks the `have` subsets to combine with
 * each path: all 256 gives the full space of 580,608; one gives the 2,268 paths.
 */
export function* allAnswerSets(haveChoices: readonly (readonly InHouse[])[] = allHaveSubsets()): Generator<CompleteAnswers> {
  for (const stage of OPTIONS.stage)
    for (const size of OPTIONS.size)
      for (const predictive_roi of OPTIONS.predictive_roi)
        for (const data_sufficiency of [...OPTIONS.data_sufficiency, undefined])
          for (const integration_speed of OPTIONS.integration_speed)
            for (const agentic of OPTIONS.agentic)
              for (const production_soon of [...OPTIONS.production_soon, undefined])
                for (const regulated of OPTIONS.regulated)
                  for (const urgency of OPTIONS.urgency) {
                    const base: Answers = { stage, size, predictive_roi, integration_speed, agentic, regulated, urgency };
                    if ((data_sufficiency !== undefined) !== isApplicable('data_sufficiency', base)) continue;
                    if ((production_soon !== undefined) !== isApplicable('production_soon', base)) continue;
                    if (data_sufficiency) base.data_sufficiency = data_sufficiency;
                    if (production_soon) base.production_soon = production_soon;
                    for (const have of haveChoices) yield { ...base, have } as CompleteAnswers;
                  }
}
