import { describe, expect, it } from 'vitest';
import { mergePending, newTarget } from './noteTarget';

describe('mergePending', () => {
  it('accumulates patches of the same note, the newer value winning per field', () => {
    const target = newTarget();
    const merged = mergePending(
      { target, patch: { body: 'あ', speaker: '市長' }, revision: 1 },
      { target, patch: { body: 'あい' }, revision: 2 },
    );
    expect(merged).toEqual({ target, patch: { body: 'あい', speaker: '市長' }, revision: 2 });
  });

  it('never folds an older note into the next one (Enter moved on while a save was pending)', () => {
    const older = { target: newTarget(), patch: { body: '前のメモ' }, revision: 1 };
    const next = { target: newTarget(), patch: { body: '次' }, revision: 1 };
    expect(mergePending(older, next)).toBe(next);
  });
});
