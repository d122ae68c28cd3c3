import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAutosaver, type SaveStatus } from './autosaver';

function setup(options: { isHeld?: () => boolean; fail?: () => boolean } = {}) {
  const saved: string[] = [];
  const statuses: SaveStatus[] = [];
  const saver = createAutosaver<string>({
    delayMs: 200,
    save: async (value) => {
      if (options.fail?.()) throw new Error('quota exceeded');
      saved.push(value);
    },
    isHeld: options.isHeld,
    onStatus: (status) => statuses.push(status),
  });
  return { saver, saved, statuses };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('autosaver', () => {
  it('saves the last value once the typing pauses, and says saved only after the write', async () => {
    const { saver, saved, statuses } = setup();
    saver.change('議');
    await vi.advanceTimersByTimeAsync(150);
    saver.change('議員');
    await vi.advanceTimersByTimeAsync(150);
    expect(saved).toEqual([]);
    expect(saver.hasUnsaved()).toBe(true);
    await vi.advanceTimersByTimeAsync(50);
    expect(saved).toEqual(['議員']);
    expect(statuses).toEqual(['dirty', 'saving', 'saved']);
    expect(saver.hasUnsaved()).toBe(false);
  });

  it('waits while held (IME composition) and saves once released', async () => {
    let composing = true;
    const { saver, saved, statuses } = setup({ isHeld: () => composing });
    saver.change('しちょう');
    await vi.advanceTimersByTimeAsync(1000);
    expect(saved).toEqual([]);
    expect(statuses).toEqual(['dirty']); // nothing re-rendered while composing
    composing = false;
    await vi.advanceTimersByTimeAsync(200);
    expect(saved).toEqual(['しちょう']);
  });

  it('flush saves at once, even while held (the page is going away)', async () => {
    const { saver, saved } = setup({ isHeld: () => true });
    saver.change('市長');
    await saver.flush();
    expect(saved).toEqual(['市長']);
    expect(saver.hasUnsaved()).toBe(false);
  });

  it('keeps a failed value and saves it with the next change', async () => {
    let failing = true;
    const { saver, saved, statuses } = setup({ fail: () => failing });
    saver.change('a');
    await saver.flush();
    expect(statuses.at(-1)).toBe('error');
    expect(saver.hasUnsaved()).toBe(true);
    failing = false;
    saver.change('ab');
    await vi.advanceTimersByTimeAsync(200);
    expect(saved).toEqual(['ab']);
    expect(statuses.at(-1)).toBe('saved');
  });

  it('reports dirty, not saved, when typing continued during a save', async () => {
    let release = () => {};
    const statuses: SaveStatus[] = [];
    const saver = createAutosaver<string>({
      delayMs: 200,
      save: () => new Promise<void>((resolve) => (release = resolve)),
      onStatus: (status) => statuses.push(status),
    });
    saver.change('a');
    const first = saver.flush();
    await Promise.resolve();
    saver.change('ab');
    release();
    await first;
    expect(statuses.at(-1)).toBe('dirty');
    expect(saver.hasUnsaved()).toBe(true);
  });
});
