import { describe, expect, it } from 'vitest';
import { tokenTargetOf, type UrlParts } from './tokenTarget';

// common/ has no DOM or Node types; the callers' WHATWG URL is what the rule reads.
declare const URL: new (url: string) => UrlParts;

const target = (url: string) => tokenTargetOf(new URL(url));

describe('tokenTargetOf', () => {
  it('binds to the origin (scheme, host and port), not the path', () => {
    expect(target('https://sync.example.jp:8443/kyoso/')).toEqual({
      origin: 'https://sync.example.jp:8443',
      plainHttpToOtherMachine: false,
    });
  });

  it('flags plain http to another machine, but not to this one', () => {
    expect(target('http://192.168.1.20:8787')?.plainHttpToOtherMachine).toBe(true);
    expect(target('http://sync.city.local')?.plainHttpToOtherMachine).toBe(true);
    expect(target('http://127.0.0.1:8787')?.plainHttpToOtherMachine).toBe(false);
    expect(target('http://localhost:8787')?.plainHttpToOtherMachine).toBe(false);
    expect(target('http://[::1]:8787')?.plainHttpToOtherMachine).toBe(false);
    // A name that only looks like loopback is another machine.
    expect(target('http://127.0.0.1.evil.example')?.plainHttpToOtherMachine).toBe(true);
  });

  it('refuses URLs that cannot carry a token safely', () => {
    expect(target('ftp://sync.example.jp')).toBeNull();
    expect(target('file:///etc/passwd')).toBeNull();
    expect(target('https://sync.example.jp@evil.example')).toBeNull();
    expect(tokenTargetOf(null)).toBeNull();
  });
});
