/** Which answers of a result the link's sender set: only with a sender, and only while unchanged. */
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../src/engine/answers.ts';
import { parseSender } from '../../src/engine/sender.ts';
import { setBySender } from '../../src/engine/set-by-sender.ts';

const linked: Answers = { stage: 'pilot', size: 'startup', have: ['data', 'software'] };

describe('setBySender', () => {
  it('marks nothing on a link without from= or note= (a result link is the visitor\'s own)', () => {
    expect([...setBySender('?stage=pilot&size=startup', linked, linked)]).toEqual([]);
    // Nothing parseSender would show: empty, spaces, a control or a direction override only.
    expect([...setBySender('?stage=pilot&from=&note=%20', linked, linked)]).toEqual([]);
    expect([...setBySender('?from=%0A%09&note=%E2%80%AE', linked, linked)]).toEqual([]);
    expect(parseSender('?from=%0A%09&note=%E2%80%AE')).toEqual({});
    // Text past what a link's label is read up to names no sender either.
    const late = `?from=${'%20'.repeat(300)}Ana`;
    expect(parseSender(late)).toEqual({});
    expect([...setBySender(late, linked, linked)]).toEqual([]);
  });

  it("marks every answer the link set when it names a sender", () => {
    expect([...setBySender('?stage=pilot&from=Ana', linked, linked)].sort()).toEqual(['have', 'size', 'stage']);
    expect([...setBySender('?note=Hi', linked, linked)].sort()).toEqual(['have', 'size', 'stage']);
  });

  it('drops an answer the visitor changed, and never marks one the link did not set', () => {
    const shown: Answers = { ...linked, size: 'growth', have: ['data'], urgency: 'weeks' };
    expect([...setBySender('?from=Ana', linked, shown)]).toEqual(['stage']);
  });

  it('marks exactly the questions sent= names when the quiz handed the link on, sender or not', () => {
    expect([...setBySender('?stage=pilot&size=startup&sent=size', linked, linked)]).toEqual(['size']);
    expect([...setBySender('?from=Ana&sent=stage,have', linked, linked)].sort()).toEqual(['have', 'stage']);
    expect([...setBySender('?from=Ana&sent=', linked, linked)]).toEqual([]);
    expect([...setBySender('?sent=urgency,<script>', linked, linked)]).toEqual([]);
  });
});
