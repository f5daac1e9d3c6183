import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** The unit files that walk the whole answer space (tests/unit/space/): a minute each, a second or less for the rest. */
const isWalk = (spec: TestSpecification) => /[\\/]tests[\\/]unit[\\/]space[\\/]/.test(spec.moduleId);

/**
 * Vitest's order (projects by `sequence.groupOrder`, then slowest first when a past run was
 * timed, else largest first), with the answer-space walks at the head of their project, so
 * that on a fresh clone each of the two workers starts on one and the small files fill in.
 */
export default class WalksFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const byProject = new Map<string, TestSpecification[]>();
    for (const spec of sorted) byProject.set(spec.project.name, [...(byProject.get(spec.project.name) ?? []), spec]);
    return [...byProject.values()].flatMap((specs) => [...specs.filter(isWalk), ...specs.filter((spec) => !isWalk(spec))]);
  }
}
