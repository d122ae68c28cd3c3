import { describe, expect, it } from 'vitest';
import { bearerToken } from './auth';

describe('bearerToken', () => {
  it('reads the token whatever the case of the scheme name', () => {
    expect(bearerToken('Bearer abc.DEF-_~+/=')).toBe('abc.DEF-_~+/=');
    expect(bearerToken('bearer abc')).toBe('abc');
    expect(bearerToken('BEARER abc')).toBe('abc');
    expect(bearerToken('Bearer  abc')).toBe('abc');
  });

  it('refuses other schemes, missing or malformed tokens', () => {
    expect(bearerToken(undefined)).toBeNull();
    expect(bearerToken('')).toBeNull();
    expect(bearerToken('Basic abc')).toBeNull();
    expect(bearerToken('Bearer')).toBeNull();
    expect(bearerToken('Bearer ')).toBeNull();
    expect(bearerToken('Bearer a b')).toBeNull();
    expect(bearerToken(`Bearer ${'a'.repeat(513)}`)).toBeNull();
  });
});
