import { describe, expect, it } from 'vitest';
import { readConfig } from './config';

describe('readConfig', () => {
  it('refuses an admin token shorter than 32 characters, naming the variable', () => {
    expect(() => readConfig({ KYOSO_ADMIN_TOKEN: 'bench-admin-token' })).toThrow(/KYOSO_ADMIN_TOKEN.*32/);
    expect(readConfig({ KYOSO_ADMIN_TOKEN: 'a'.repeat(32) }).adminToken).toBe('a'.repeat(32));
    expect(readConfig({}).adminToken).toBeUndefined(); // unset: the admin calls answer 401
  });

  it('reads the shutdown grace period, 10 s by default', () => {
    expect(readConfig({}).shutdownGraceMs).toBe(10_000);
    expect(readConfig({ KYOSO_SHUTDOWN_GRACE_MS: '1500' }).shutdownGraceMs).toBe(1500);
    expect(() => readConfig({ KYOSO_SHUTDOWN_GRACE_MS: 'soon' })).toThrow(/KYOSO_SHUTDOWN_GRACE_MS/);
  });
});
