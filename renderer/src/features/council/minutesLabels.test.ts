import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { minutesLabels } from './minutesLabels';

const t = ((key: string) => key) as unknown as TFunction;

describe('minutesLabels', () => {
  it('puts a role in ASCII parentheses in English and in full-width ones in Japanese', () => {
    expect(minutesLabels(t, 'en').withRole?.('山田議員', 'Member')).toBe('山田議員 (Member)');
    expect(minutesLabels(t, 'ja').withRole?.('山田議員', '議員')).toBe('山田議員（議員）');
  });
});
