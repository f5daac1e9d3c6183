/**
 * The layers of src/ hold: dependency-cruiser checks every import against
 * .dependency-cruiser.cjs (no upward import, no cycle, each package only in the layers that may
 * use it) and finds nothing. `npm run check:layers` runs the same check from the command line.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cruise, type ICruiseResult } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('the layers of src/', () => {
  it('have no import that .dependency-cruiser.cjs forbids', async () => {
    const options = await extractDepcruiseOptions(`${root}.dependency-cruiser.cjs`);
    const { output } = await cruise(['src'], { ...options, baseDir: root });
    const { summary } = output as ICruiseResult;
    expect(summary.violations.map((violation) => `${violation.rule.name}: ${violation.from} → ${violation.to}`)).toEqual([]);
    // The check saw the code: every layer's files and the imports between them.
    expect(summary.totalCruised).toBeGreaterThan(150);
    expect(summary.totalDependenciesCruised).toBeGreaterThan(400);
  });
});
