/**
 * The glossary is written as one TSV file per category (assets/glossary/src/*.tsv: easy to review
 * and diff) and shipped as assets/glossary/gyosei.json, which the engine imports.
 *
 *   npm run brief:glossary            rebuild gyosei.json from the TSV files
 *   npm run brief:glossary -- --check exit 1 when gyosei.json is out of date
 *   npm run brief:glossary -- --readings  list entries whose reading differs from kuromoji's
 *
 * TSV columns: term, reading (hiragana), plain wording, why a company cares, full form (only for
 * abbreviations). The first line names the category: `# category: 予算・財務`. `everyday.txt`
 * lists, one per line, the terms companies already understand (marked `everyday`, not flagged);
 * `business-known.txt` those a company used to public tenders knows (marked `businessKnown`, not
 * flagged for the issue reader 「官民連携に慣れた企業」).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GlossaryEntry } from '../common/brief/types';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', 'assets', 'glossary');
export const GLOSSARY_JSON = join(root, 'gyosei.json');
const SOURCES = join(root, 'src');

/** Parses one category file; throws naming the file and line of a malformed row. */
export function parseTsv(name: string, content: string): GlossaryEntry[] {
  const lines = content.split('\n');
  const category = /^# category: (.+)$/.exec(lines[0] ?? '')?.[1]?.trim();
  if (!category) throw new Error(`${name}: the first line must be "# category: …"`);
  const out: GlossaryEntry[] = [];
  lines.forEach((line, i) => {
    if (line.trim() === '' || line.startsWith('#')) return;
    const cols = line.split('\t').map((c) => c.trim());
    if (cols.length < 4 || cols.length > 5 || cols.slice(0, 4).some((c) => c === ''))
      throw new Error(`${name}:${i + 1}: expected 4 or 5 tab-separated columns: ${line}`);
    const [term, reading, plain, why, full] = cols as [string, string, string, string, string?];
    out.push({ term, reading, plain, why, category, ...(full ? { full } : {}) });
  });
  return out;
}

/** The terms of a term list such as `everyday.txt` (comments and blank lines skipped). */
export function parseTermList(content: string): string[] {
  return content
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

/** A term list file and the entry flag it sets. */
export interface TermList {
  file: string;
  flag: 'everyday' | 'businessKnown';
  terms: readonly string[];
}

const TERM_LIST_FILES = [
  { file: 'everyday.txt', flag: 'everyday' },
  { file: 'business-known.txt', flag: 'businessKnown' },
] as const;

/**
 * Sets each list's flag on the entries it names. A listed term that no category file defines is
 * an error (a typo would otherwise silently leave the word marked).
 */
export function flagEntries(entries: readonly GlossaryEntry[], lists: readonly TermList[]): GlossaryEntry[] {
  const defined = new Set(entries.map((e) => e.term));
  for (const list of lists) {
    const unknown = list.terms.filter((term) => !defined.has(term));
    if (unknown.length) throw new Error(`${list.file}: not in any category file: ${unknown.join(', ')}`);
  }
  const sets = lists.map((list) => ({ flag: list.flag, terms: new Set(list.terms) }));
  return entries.map((entry) => {
    let out = entry;
    for (const { flag, terms } of sets) if (terms.has(entry.term)) out = { ...out, [flag]: true };
    return out;
  });
}

/**
 * Every entry from every TSV file, in file-name order, flagged by the term lists; a term defined
 * twice, or a listed term no file defines, is an error.
 */
export function readSources(): GlossaryEntry[] {
  const entries: GlossaryEntry[] = [];
  const seen = new Map<string, string>();
  for (const file of readdirSync(SOURCES)
    .filter((f) => f.endsWith('.tsv'))
    .sort()) {
    for (const entry of parseTsv(file, readFileSync(join(SOURCES, file), 'utf8'))) {
      const previous = seen.get(entry.term);
      if (previous) throw new Error(`${file}: 「${entry.term}」 is already defined in ${previous}`);
      seen.set(entry.term, file);
      entries.push(entry);
    }
  }
  const lists = TERM_LIST_FILES.map(({ file, flag }) => ({
    file,
    flag,
    terms: parseTermList(readFileSync(join(SOURCES, file), 'utf8')),
  }));
  return flagEntries(entries, lists);
}

export function renderJson(entries: readonly GlossaryEntry[]): string {
  return JSON.stringify(entries, null, 2) + '\n';
}

async function listReadingMismatches(entries: readonly GlossaryEntry[]) {
  const { loadNodeAnalyser } = await import('./brief-analyser');
  const { toHiragana } = await import('../common/brief/morph');
  const analyser = await loadNodeAnalyser();
  for (const e of entries) {
    if (!/^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}ー々・]+$/u.test(e.term)) continue;
    const tokens = analyser.tokenize(e.term);
    if (tokens.some((t) => t.reading === '')) continue; // unknown word: nothing to compare with
    const kuromoji = toHiragana(tokens.map((t) => t.reading).join('')).replace(/・/g, '');
    const ours = toHiragana(e.reading).replace(/・/g, '');
    if (kuromoji !== ours) process.stdout.write(`${e.term}\t${e.reading}\t${kuromoji}\n`);
  }
}

async function main(args: string[]): Promise<number> {
  const entries = readSources();
  if (args.includes('--readings')) {
    await listReadingMismatches(entries);
    return 0;
  }
  const json = renderJson(entries);
  if (args.includes('--check')) {
    if (readFileSync(GLOSSARY_JSON, 'utf8') === json) return 0;
    process.stderr.write('gyosei.json is out of date: run npm run brief:glossary\n');
    return 1;
  }
  writeFileSync(GLOSSARY_JSON, json);
  process.stdout.write(`${entries.length} entries written to assets/glossary/gyosei.json\n`);
  return 0;
}

if (process.argv[1] && /brief-glossary\.ts$/.test(process.argv[1]))
  process.exitCode = await main(process.argv.slice(2));
