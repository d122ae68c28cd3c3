/**
 * Who reads the brief. Labellers disagree about which 行政用語 a company "knows"; the user knows
 * whether this brief goes to a GovTech firm used to public tenders or to a manufacturer new
 * to municipalities, so the reader is a setting of the issue rather than a guess of the engine.
 */
import { BRIEF_READERS, type BriefReader } from '../records/types';
import type { GlossaryEntry } from './types';

export { BRIEF_READERS, type BriefReader };

/** 行政に不慣れな企業: every glossary term that is not an everyday word is marked. */
export const DEFAULT_READER: BriefReader = 'newcomer';

/** True for a value the issue record may hold in `reader`. */
export function isBriefReader(value: unknown): value is BriefReader {
  return typeof value === 'string' && (BRIEF_READERS as readonly string[]).includes(value);
}

/**
 * True when `reader` needs no explanation of `entry`: everyday words for everyone, and the
 * business-known list (予算案, 総合計画, 採択 …) for a reader used to public-private work.
 */
export function readerKnows(entry: GlossaryEntry, reader: BriefReader = DEFAULT_READER): boolean {
  if (entry.everyday) return true;
  return reader === 'public-sector-savvy' && entry.businessKnown === true;
}
