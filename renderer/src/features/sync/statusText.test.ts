import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { statusText } from './statusText';

const t = ((key: string, options?: Record<string, unknown>) =>
  `${key}${options ? JSON.stringify(options) : ''}`) as unknown as TFunction;

describe('statusText', () => {
  it('says "preparing" while a first sync moves local records, then counts what is sent', () => {
    const base = { phase: 'syncing', step: 'push', pushed: 200, toPush: 20_000, pulled: 0 } as const;
    expect(statusText(t, { ...base, preparing: true })).toBe(
      'sync.status.preparing{"done":"200","total":"20000"}',
    );
    expect(statusText(t, base)).toBe('sync.status.pushing{"pushed":"200","total":"20000"}');
  });
});
