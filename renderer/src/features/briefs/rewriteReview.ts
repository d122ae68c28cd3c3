/**
 * The rewrite under review (the proposal and which changes are accepted) kept in sessionStorage per
 * issue: the panel unmounts when the user looks at the brief tab, and a reload must not throw away
 * forty decisions either. It is UI state, not a record: nothing is synced until 「書き換えを保存」.
 */
import { useCallback, useState } from 'react';
import { bodyFor, type LocalBody } from '../../../../common/brief/localBody';
import type { RewriteChange, RewriteResult } from '../../../../common/brief/rewrite';

export interface RewriteReview {
  /** The raw text the proposal was made for (a later edit makes it stale). */
  source: string;
  /**
   * The issue's municipality it was made for ('' when none): a municipality of another body (市 → 町)
   * makes it stale, as its explanations say 市役所, 市の …. Absent in reviews stored before it was kept.
   */
  municipality?: string;
  result: RewriteResult;
  /** One per change. */
  accepted: boolean[];
}

const keyOf = (issueId: string) => `kyoso.rewriteReview.${issueId}`;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

function isChange(v: unknown): v is RewriteChange {
  return (
    isObject(v) &&
    typeof v.start === 'number' &&
    typeof v.end === 'number' &&
    typeof v.before === 'string' &&
    typeof v.after === 'string' &&
    typeof v.rule === 'string'
  );
}

function isSpan(v: unknown): v is RewriteResult['unsplit'][number] {
  return (
    isObject(v) && typeof v.start === 'number' && typeof v.end === 'number' && typeof v.text === 'string'
  );
}

/** A stored review, or null when there is none or it is not one (another version, hand-edited). */
export function parseReview(json: string | null): RewriteReview | null {
  if (json === null) return null;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return null;
  }
  if (!isObject(value) || typeof value.source !== 'string' || !isObject(value.result)) return null;
  const { result, accepted } = value;
  if (typeof result.rewritten !== 'string') return null;
  if (!Array.isArray(result.changes) || !result.changes.every(isChange)) return null;
  if (!Array.isArray(result.unsplit) || !result.unsplit.every(isSpan)) return null;
  if (!Array.isArray(accepted) || accepted.length !== result.changes.length) return null;
  if (!accepted.every((a) => typeof a === 'boolean')) return null;
  const { municipality } = value;
  return {
    source: value.source,
    ...(typeof municipality === 'string' ? { municipality } : {}),
    result: { rewritten: result.rewritten, changes: result.changes, unsplit: result.unsplit },
    accepted,
  };
}

/** Why a review no longer fits the issue: its text was edited, or its body changed (市 → 町). */
export type Staleness = { kind: 'text' } | { kind: 'body'; was: LocalBody; now: LocalBody } | null;

export function staleness(review: RewriteReview, rawText: string, municipality: string): Staleness {
  if (review.source !== rawText) return { kind: 'text' };
  if (review.municipality === undefined) return null;
  // 森町 → 南牧町 says the same words: only another body (市 → 町, 町 → 県) changes the rewrite.
  const was = bodyFor(review.source, review.municipality);
  const now = bodyFor(rawText, municipality);
  return was === now ? null : { kind: 'body', was, now };
}

function store(issueId: string, review: RewriteReview | null): void {
  try {
    if (review) sessionStorage.setItem(keyOf(issueId), JSON.stringify(review));
    else sessionStorage.removeItem(keyOf(issueId));
  } catch {
    // Storage full or off: the review still works, it just does not outlive the panel.
  }
}

/** The issue's review, and a setter that keeps the stored copy in step. */
export function useRewriteReview(issueId: string) {
  const [review, setReview] = useState<RewriteReview | null>(() =>
    parseReview(globalThis.sessionStorage?.getItem(keyOf(issueId)) ?? null),
  );
  const update = useCallback(
    (next: RewriteReview | null) => {
      setReview(next);
      store(issueId, next);
    },
    [issueId],
  );
  return [review, update] as const;
}
