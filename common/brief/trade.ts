/**
 * The reader company's trade. Which 行政用語 a company knows depends on what it does: a
 * facility-management firm reads 長寿命化 and PFI daily, a food maker HACCP. The user knows the
 * company, so the trade is a setting of the issue, independent of `reader` (public-sector
 * experience), and each trade's list (assets/glossary/src/trade-<id>.txt) marks the entries.
 */
import { NO_READER_TRADE, READER_TRADES, type ReaderTrade } from '../records/types';

export { NO_READER_TRADE, READER_TRADES, type ReaderTrade };

/** True for a trade id this version knows. */
export function isReaderTrade(value: unknown): value is ReaderTrade {
  return typeof value === 'string' && (READER_TRADES as readonly string[]).includes(value);
}

/**
 * The trade an issue's `readerTrade` names, or null for none: a missing value, `none`, or a trade
 * this version does not know (written by a newer client) all read as 指定しない.
 */
export function readerTradeOf(value: unknown): ReaderTrade | null {
  return isReaderTrade(value) ? value : null;
}
