import { describe, expect, it } from 'vitest';
import { statusIcon } from './statusIcon';

describe('statusIcon', () => {
  it('gives the all-clear only when no conflict is open', () => {
    expect(statusIcon('upToDate', 0)).toBe('✓');
    expect(statusIcon('upToDate', 1)).toBe('⚠');
  });

  it('keeps the icon of every other state', () => {
    expect(statusIcon('syncing', 2)).toBe('⟳');
    expect(statusIcon('offline', 0)).toBe('⊘');
    expect(statusIcon('error', 0)).toBe('⚠');
  });
});
