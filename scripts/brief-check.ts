/**
 * Headless brief checker: `npm run brief:check -- [--rewrite] [--reader savvy|newcomer] <file.md|file.txt>`.
 *
 * `--reader savvy` checks for a reader used to public-private work (官民連携に慣れた企業): the
 * glossary's business-known words (予算案, 総合計画, 採択 …) are not marked; the output shape is the
 * same. The default is `newcomer` (行政に不慣れな企業), which marks every glossary term.
 *
 * With `--rewrite` it prints instead
 *   { "rewritten": "...", "changes": [{ "start", "end", "before", "after", "rule" }], "findings": [...] }
 * where change offsets are UTF-16 offsets into the input and `findings` are what the red pen still
 * marks in the rewritten text (offsets into `rewritten`): what the author has to finish by hand.
 * The morphological dictionary (kuromoji, IPADIC) is loaded once per run, before analysis.
 *
 * Prints exactly one JSON object to stdout and exits 0:
 *   { "findings": [{ "rule", "start", "end", "text", "message", "suggestion" }],
 *     "readiness": { "score": 0..100, "missing": ["budget", "schedule", …] } }
 * `start`/`end` are UTF-16 offsets into the file's text (after UTF-8 decoding; a leading BOM is
 * not part of the text). `missing` holds readiness keys (problem, numbers, budget, affected,
 * schedule, successMeasure, offer, contact, decisionMaker, eligibility — see common/brief/readiness.ts);
 * readiness is read from the text's headings (## 予算と費用負担, 【予算】) and 「予算：…」 lines.
 *
 * Exits 2 with a message on stderr (and nothing on stdout) for: no or several arguments, a missing
 * or unreadable file, a directory, binary data (NUL bytes or invalid UTF-8), or a file over 1 MiB.
 * The cap is deliberate: a brief is a few KB, the engine takes about a second per MB, and refusing
 * clearly beats a CI job that seems to hang on a mistaken argument.
 */
import { openSync, readSync, closeSync, fstatSync } from 'node:fs';
import type { AnalyzeOptions, Finding } from '../common/brief/types';
import { isBriefReader, type BriefReader } from '../common/brief/reader';
import { analyzeText, scoreReadiness } from '../common/brief/index';
import type { MorphAnalyser } from '../common/brief/morph';
import { rewriteForCompany } from '../common/brief/rewrite';
import { loadNodeAnalyser } from './brief-analyser';

export const MAX_BYTES = 1024 * 1024;

class InputError extends Error {}

function readText(path: string): string {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(`ファイルが見つかりません: ${path}`);
    if (code === 'EACCES' || code === 'EPERM')
      throw new InputError(`ファイルを読む権限がありません: ${path}`);
    throw new InputError(`ファイルを開けません (${code ?? 'unknown'}): ${path}`);
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new InputError(`ディレクトリです。ファイルを指定してください: ${path}`);
    if (!stat.isFile()) throw new InputError(`通常のファイルではありません: ${path}`);
    if (stat.size > MAX_BYTES) {
      const mb = (stat.size / 1024 / 1024).toFixed(1);
      throw new InputError(
        `ファイルが大きすぎます (${mb} MB)。上限は 1 MB です。課題や募集文を分けて確認してください: ${path}`,
      );
    }
    // Read at most MAX_BYTES + 1 even if the file grew after stat.
    const buf = Buffer.alloc(Math.min(stat.size, MAX_BYTES) + 1);
    const n = readSync(fd, buf, 0, buf.length, 0);
    if (n > MAX_BYTES) throw new InputError(`ファイルが大きすぎます。上限は 1 MB です: ${path}`);
    const bytes = buf.subarray(0, n);
    if (bytes.includes(0))
      throw new InputError(
        `バイナリファイルのようです（NUL バイトを含みます）。テキストか Markdown を指定してください: ${path}`,
      );
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw new InputError(
        `UTF-8 のテキストとして読めません。文字コードを UTF-8 にして保存し直してください: ${path}`,
      );
    }
  } finally {
    closeSync(fd);
  }
}

type PrintedFinding = Pick<Finding, 'rule' | 'start' | 'end' | 'text' | 'message' | 'suggestion'>;

function printable(findings: readonly Finding[]): PrintedFinding[] {
  return findings.map(({ rule, start, end, text: t, message, suggestion }) => ({
    rule,
    start,
    end,
    text: t,
    message,
    suggestion,
  }));
}

/** Analysis options with the analyser and reader only when given (brief:eval builds them alike). */
export function optionsFor(analyser?: MorphAnalyser, reader?: BriefReader): AnalyzeOptions {
  return { ...(analyser ? { analyser } : {}), ...(reader ? { reader } : {}) };
}

/** The checker's output for `text`; exported for in-process use. */
export function checkText(text: string, analyser?: MorphAnalyser, reader?: BriefReader) {
  const findings = printable(analyzeText(text, optionsFor(analyser, reader)));
  const { score, missing } = scoreReadiness({}, text);
  return { findings, readiness: { score, missing: missing.map((m) => m.key) } };
}

/** The `--rewrite` output for `text`. */
export function rewriteText(text: string, analyser?: MorphAnalyser, reader?: BriefReader) {
  const options = optionsFor(analyser, reader);
  const { rewritten, changes } = rewriteForCompany(text, options);
  return { rewritten, changes, findings: printable(analyzeText(rewritten, options)) };
}

const USAGE = '使い方: npm run brief:check -- [--rewrite] [--reader savvy|newcomer] <file.md|file.txt>\n';

/** `savvy` is the short spelling of the record's `public-sector-savvy`; both are accepted. */
function readerArgument(value: string | undefined): BriefReader | null {
  const reader = value === 'savvy' ? 'public-sector-savvy' : value;
  return isBriefReader(reader) ? reader : null;
}

async function main(argv: string[]): Promise<number> {
  const rewrite = argv.includes('--rewrite');
  const rest = argv.filter((a) => a !== '--' && a !== '--rewrite');
  const readerAt = rest.indexOf('--reader');
  const reader = readerAt === -1 ? undefined : readerArgument(rest[readerAt + 1]);
  if (reader === null) {
    process.stderr.write(`brief:check: --reader は savvy か newcomer です\n${USAGE}`);
    return 2;
  }
  const args = readerAt === -1 ? rest : rest.filter((_, i) => i !== readerAt && i !== readerAt + 1);
  if (args.length !== 1 || args[0] === '--help' || args[0] === '-h') {
    process.stderr.write(USAGE);
    return 2;
  }
  let text: string;
  try {
    text = readText(args[0]!);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    process.stderr.write(`brief:check: ${e.message}\n`);
    return 2;
  }
  if (text.trim() === '') process.stderr.write('brief:check: ファイルが空です。指摘はありません。\n');
  const analyser = text.trim() === '' ? undefined : await loadNodeAnalyser();
  const output = rewrite ? rewriteText(text, analyser, reader) : checkText(text, analyser, reader);
  process.stdout.write(JSON.stringify(output) + '\n');
  return 0;
}

// Run only as a script, so tests can import checkText without side effects.
if (process.argv[1] && /brief-check\.ts$/.test(process.argv[1]))
  process.exitCode = await main(process.argv.slice(2));
