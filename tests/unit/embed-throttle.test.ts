/** The frame's throttle (src/embed/frame/throttle.ts): at most 4 answers a second to `measure`, the last of a burst always answered. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { throttle } from '../../src/embed/frame/throttle.ts';

const clock = { now: () => Date.now(), setTimeout: (run: () => void, ms: number) => setTimeout(run, ms) };

describe('throttle at 250 ms', () => {
  beforeEach(() => { vi.useFakeTimers(); });
  afterEach(() => { vi.useRealTimers(); });

  it('answers the first call at once', () => {
    const run = vi.fn();
    throttle(run, 250, clock)();
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('answers a flood of calls at most 4 times a second', () => {
    const run = vi.fn();
    const call = throttle(run, 250, clock);
    for (let ms = 0; ms < 6000; ms += 1) {
      for (let i = 0; i < 30; i++) call(); // 30,000 a second, as a hostile page sends
      vi.advanceTimersByTime(1);
    }
    vi.advanceTimersByTime(1000);
    expect(run.mock.calls.length).toBeLessThanOrEqual(6 * 4 + 1);
    expect(run.mock.calls.length).toBeGreaterThanOrEqual(6 * 4);
  });

  it('never answers twice within 250 ms', () => {
    const times: number[] = [];
    const call = throttle(() => times.push(Date.now()), 250, clock);
    for (let ms = 0; ms < 3000; ms += 7) { call(); vi.advanceTimersByTime(7); }
    vi.advanceTimersByTime(1000);
    for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(250);
  });

  it('always answers the last call of a burst, within 250 ms of it', () => {
    const run = vi.fn();
    const call = throttle(run, 250, clock);
    call(); // answered at once
    vi.advanceTimersByTime(10);
    call(); call(); call(); // held: one answer for the three
    expect(run).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(239);
    expect(run).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(5000);
    expect(run).toHaveBeenCalledTimes(2);
  });

  it('answers at once again after a quiet spell', () => {
    const run = vi.fn();
    const call = throttle(run, 250, clock);
    call();
    vi.advanceTimersByTime(300);
    call();
    expect(run).toHaveBeenCalledTimes(2);
  });
});
