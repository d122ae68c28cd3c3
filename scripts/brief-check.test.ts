import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { BRIEF_MD, RAW_MIMAMORI } from '../common/brief/fixtures/issues';

const script = join(dirname(fileURLToPath(import.meta.url)), 'brief-check.ts');
const dir = mkdtempSync(join(tmpdir(), 'brief-check-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', script, ...args], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

interface Output {
  findings: {
    rule: string;
    start: number;
    end: number;
    text: string;
    message: string;
    suggestion: string | null;
  }[];
  readiness: { score: number; missing: string[] };
}

describe('brief:check', () => {
  it('prints one JSON object with findings whose offsets point into the file text', () => {
    const r = run(file('issue.txt', RAW_MIMAMORI));
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n').length).toBe(1);
    const out = JSON.parse(r.stdout) as Output;
    expect(out.findings.length).toBeGreaterThan(10);
    for (const f of out.findings) {
      expect(Object.keys(f).sort()).toEqual(['end', 'message', 'rule', 'start', 'suggestion', 'text']);
      expect(RAW_MIMAMORI.slice(f.start, f.end)).toBe(f.text);
    }
    expect(out.findings.map((f) => f.rule)).toEqual(
      expect.arrayContaining(['jargon', 'sentence-length', 'redundant']),
    );
    expect(out.readiness.missing).toEqual(expect.arrayContaining(['budget', 'schedule', 'offer']));
  }, 30_000);

  it('with --rewrite prints the rewrite, its changes (offsets into the input) and what is left', () => {
    const r = run('--rewrite', file('rewrite.txt', RAW_MIMAMORI));
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as {
      rewritten: string;
      changes: { start: number; end: number; before: string; after: string; rule: string }[];
      findings: Output['findings'];
    };
    expect(Object.keys(out).sort()).toEqual(['changes', 'findings', 'rewritten']);
    expect(out.changes.length).toBeGreaterThan(3);
    let rebuilt = '';
    let at = 0;
    for (const c of out.changes) {
      expect(RAW_MIMAMORI.slice(c.start, c.end)).toBe(c.before);
      rebuilt += RAW_MIMAMORI.slice(at, c.start) + c.after;
      at = c.end;
    }
    expect(rebuilt + RAW_MIMAMORI.slice(at)).toBe(out.rewritten);
    for (const f of out.findings) expect(out.rewritten.slice(f.start, f.end)).toBe(f.text);
  }, 60_000);

  it('with --reader savvy leaves business-known words unmarked, in the same output shape', () => {
    const text = '予定価格を定めた上で、随意契約により委託する。';
    const path = file('reader.txt', text);
    const jargon = (out: Output) => out.findings.filter((f) => f.rule === 'jargon').map((f) => f.text);
    const newcomer = JSON.parse(run(path).stdout) as Output;
    expect(jargon(newcomer)).toEqual(['予定価格', '随意契約']);
    const r = run('--reader', 'savvy', path);
    expect(r.code).toBe(0);
    const savvy = JSON.parse(r.stdout) as Output;
    expect(Object.keys(savvy).sort()).toEqual(['findings', 'readiness']);
    expect(jargon(savvy)).toEqual(['随意契約']);
    expect(run('--reader', 'expert', path).code).toBe(2);
  }, 60_000);

  it('reads readiness from a markdown brief', () => {
    const out = JSON.parse(run(file('brief.md', BRIEF_MD)).stdout) as Output;
    expect(out.readiness.missing).not.toContain('budget');
    expect(out.readiness.missing).not.toContain('schedule');
    expect(out.readiness.score).toBeGreaterThan(40);
  }, 30_000);

  it('offsets skip a UTF-8 BOM and count surrogate pairs as two', () => {
    const text = '𠮷田地区で随意契約を検討する。';
    const out = JSON.parse(run(file('bom.txt', '\ufeff' + text)).stdout) as Output;
    const f = out.findings.find((x) => x.rule === 'jargon');
    expect(f?.start).toBe(text.indexOf('随意契約'));
    expect(f?.start).toBe(6);
  }, 30_000);

  it('handles an empty file: exit 0, no findings, a note on stderr', () => {
    const r = run(file('empty.md', ''));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      findings: [],
      readiness: { score: 0, missing: expect.any(Array) },
    });
    expect(r.stderr).toContain('空');
  }, 30_000);

  it.each([
    ['a missing file', () => join(dir, 'nope.md'), /見つかりません/],
    ['a directory', () => dir, /ディレクトリ/],
    ['binary data', () => file('bin.dat', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01])), /バイナリ/],
    ['invalid UTF-8', () => file('sjis.txt', Buffer.from([0x82, 0xa0, 0x82, 0xa2])), /UTF-8/],
  ])(
    'exits 2 with a clear message for %s',
    (_name, path, message) => {
      const r = run(path());
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(message);
    },
    30_000,
  );

  it('refuses a 5 MB file quickly instead of hanging', () => {
    const big = file('big.txt', '本市においては、高齢化の進展に伴い、'.repeat(100_000));
    const started = Date.now();
    const r = run(big);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/大きすぎます .*上限は 1 MB/);
    expect(Date.now() - started).toBeLessThan(15_000);
  }, 30_000);

  it('exits 2 with usage when no file is given', () => {
    const r = run();
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('使い方');
  }, 30_000);
});
