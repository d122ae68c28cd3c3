/**
 * The shipped 行政用語 glossary and the guard that loads it. The JSON is checked at load time
 * because it is hand-edited: one bad entry should fail loudly in tests, not silently in a worker.
 */
import shipped from '../../assets/glossary/gyosei.json';
import type { GlossaryEntry } from './types';

const REQUIRED = ['term', 'reading', 'plain', 'why', 'category'] as const;

/** True when `value` is a glossary entry with every required field a non-empty string. */
export function isGlossaryEntry(value: unknown): value is GlossaryEntry {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  for (const key of REQUIRED) {
    const field = record[key];
    if (typeof field !== 'string' || field.trim() === '') return false;
  }
  if (record.everyday !== undefined && record.everyday !== true) return false;
  if (record.businessKnown !== undefined && record.businessKnown !== true) return false;
  return record.full === undefined || (typeof record.full === 'string' && record.full.trim() !== '');
}

/** Validates a parsed glossary file; throws naming the first bad entry. */
export function loadGlossary(data: unknown): GlossaryEntry[] {
  if (!Array.isArray(data)) throw new Error('用語集はエントリの配列である必要があります');
  return data.map((entry: unknown, i) => {
    if (!isGlossaryEntry(entry))
      throw new Error(`用語集の ${i} 番目のエントリが不正です: ${JSON.stringify(entry)}`);
    return entry;
  });
}

let cached: readonly GlossaryEntry[] | null = null;

/** The glossary shipped in assets/glossary/gyosei.json (validated once). */
export function shippedGlossary(): readonly GlossaryEntry[] {
  cached ??= Object.freeze(loadGlossary(shipped as unknown));
  return cached;
}

/**
 * Shipped entries merged with the user's; a user entry replaces a shipped one with the same term.
 * A user entry marked everyday (説明不要) keeps the shipped wording, so search, the brief's 用語集
 * rules and longest matching read it as before, and only the red pen leaves it unmarked.
 */
export function mergeGlossary(user: readonly GlossaryEntry[] = []): GlossaryEntry[] {
  const byTerm = new Map<string, GlossaryEntry>();
  for (const entry of shippedGlossary()) byTerm.set(entry.term, entry);
  for (const entry of user) {
    const normal = entry.everyday
      ? knownEntry(entry, byTerm.get(entry.term.trim()))
      : normalizeUserEntry(entry);
    if (normal) byTerm.set(normal.term, normal);
  }
  return [...byTerm.values()];
}

/**
 * Users type terms quickly and leave fields blank; a term with a plain rewording is still useful,
 * so blanks get defaults instead of dropping the entry. Without a term or plain wording it is dropped.
 */
function normalizeUserEntry(entry: GlossaryEntry): GlossaryEntry | null {
  const term = entry.term?.trim() ?? '';
  const plain = entry.plain?.trim() ?? '';
  if (!term || !plain) return null;
  const full = entry.full?.trim();
  return {
    term,
    plain,
    reading: entry.reading?.trim() || term,
    why: entry.why?.trim() || 'チームで登録した用語です。企業には言い換えが必要です',
    category: entry.category?.trim() || 'ユーザー登録',
    ...(full ? { full } : {}),
    // A shipped entry said for a 町 (locality.ts) keeps what it is for the red pen.
    ...(entry.everyday ? { everyday: true as const } : {}),
    ...(entry.businessKnown ? { businessKnown: true as const } : {}),
  };
}

/**
 * A word the team's readers know: its own wording, else the shipped entry's, else the word itself
 * (a word only the general detector marked has no wording, and an everyday entry needs none).
 */
function knownEntry(entry: GlossaryEntry, shipped: GlossaryEntry | undefined): GlossaryEntry | null {
  const term = entry.term?.trim() ?? '';
  if (!term) return null;
  const base =
    normalizeUserEntry(entry) ??
    normalizeUserEntry({ ...(shipped ?? entry), term, plain: shipped?.plain || term });
  return base && { ...base, everyday: true };
}

/** Maps a synced user glossary record (which names the reason `explanation`) to an entry. */
export function fromGlossaryRecord(fields: {
  term: string;
  reading: string;
  plain: string;
  explanation: string;
  category: string;
  known?: boolean;
}): GlossaryEntry {
  return {
    term: fields.term,
    reading: fields.reading,
    plain: fields.plain,
    why: fields.explanation,
    category: fields.category,
    // Only a true boolean counts: a value of another type from another version reads as the fallback.
    ...(fields.known === true ? { everyday: true as const } : {}),
  };
}
