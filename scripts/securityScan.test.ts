import { describe, expect, it } from 'vitest';
import { blockingFindings, unreviewedDisables, type Finding } from './securityScan';

const finding = (severity: Finding['severity'], id = 'SANDBOX_JS_CHECK'): Finding => ({
  id,
  file: 'electron/main/main.ts',
  line: 39,
  severity,
  confidence: 'FIRM',
  description: 'Use sandbox for untrusted origins',
});

describe('security scan policy', () => {
  it('fails on HIGH and MEDIUM findings, not on LOW or informational ones', () => {
    const problems = blockingFindings([
      finding('HIGH', 'CONTEXT_ISOLATION_JS_CHECK'),
      finding('MEDIUM'),
      finding('LOW', 'CSP_GLOBAL_CHECK'),
      finding('INFORMATIONAL'),
    ]);
    expect(problems.map((p) => p.what.split(' ').slice(0, 2).join(' '))).toEqual([
      'HIGH CONTEXT_ISOLATION_JS_CHECK',
      'MEDIUM SANDBOX_JS_CHECK',
    ]);
    expect(problems[0]!.where).toBe('electron/main/main.ts:39');
  });

  it('accepts an eng-disable comment that says why the code is safe', () => {
    const text = [
      'const win = new BrowserWindow(opts()); // eng-disable SANDBOX_JS_CHECK AUXCLICK_JS_CHECK -- options from windowOptions.ts, asserted in its test',
      'await shell.openExternal(href); /* eng-disable OPEN_EXTERNAL_JS_CHECK -- https only, after the user confirms */',
      '<meta http-equiv="x"> <!-- eng-disable CSP_HTML_CHECK --><!-- the header CSP is stricter than this one -->',
    ].join('\n');
    expect(unreviewedDisables([{ path: 'a.ts', text }])).toEqual([]);
  });

  it('refuses a bare or lazily explained eng-disable, with the line it is on', () => {
    const text = [
      'fine();',
      'shell.openExternal(url); // eng-disable OPEN_EXTERNAL_JS_CHECK',
      'shell.openExternal(url); // eng-disable OPEN_EXTERNAL_JS_CHECK -- safe',
      'shell.openExternal(url); /* eng-disable -- no check named here at all, only a reason */',
    ].join('\n');
    expect(unreviewedDisables([{ path: 'x.ts', text }]).map((p) => p.where)).toEqual([
      'x.ts:2',
      'x.ts:3',
      'x.ts:4',
    ]);
  });
});
