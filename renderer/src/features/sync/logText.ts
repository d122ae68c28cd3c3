/**
 * One sync log row in the user's language, from its code and parameters (sync/log.ts). Rows can
 * come from a restored backup or another app version, so every value is checked before use: a
 * row this version cannot word falls back to a neutral line, never to a crash.
 */
import type { TFunction } from 'i18next';
import type { SyncFailure, SyncFailureKind } from '../../../../common/sync/client/failure';
import type { SyncLogEntry, SyncLogParams } from '../../sync';
import { fieldLabel } from './conflictSubject';
import { failureText, tableLabel } from './statusText';
import { formatTime } from './time';
import { KEPT_DAYS } from '../../data/replayWrites';

export interface LogLine {
  text: string;
  /** Developer-facing detail (English), shown apart from the sentence. */
  technical?: string;
}

const FAILURE_KINDS: Record<SyncFailureKind, true> = {
  network: true,
  unauthorized: true,
  noToken: true,
  notFound: true,
  clientTaken: true,
  mutationGap: true,
  clockSkew: true,
  cursorExpired: true,
  protocolTooOld: true,
  tooLarge: true,
  proxyRefused: true,
  server: true,
  rejected: true,
  setAside: true,
  internal: true,
};

type Params = Record<string, string | number>;
const str = (p: Params, key: string): string => String(p[key] ?? '');

/** Wording per plain log code; each reads only the parameters `SyncLogParams` declares for it. */
const PLAIN: { [C in keyof SyncLogParams]: (t: TFunction, p: Params) => string } = {
  synced: (t, p) => t('sync.log.synced', { pushed: str(p, 'pushed'), pulled: str(p, 'pulled') }),
  bound: (t, p) => t('sync.log.bound', { count: Number(str(p, 'count')) }),
  conflict: (t, p) =>
    t('sync.log.conflict', {
      table: tableLabel(t, str(p, 'table')),
      field: fieldLabel(t, str(p, 'table'), str(p, 'field')),
    }),
  rejected: (t, p) => t('sync.log.rejected', { mid: str(p, 'mid'), code: str(p, 'code') }),
  setAside: (t, p) => t('sync.log.setAside', { table: tableLabel(t, str(p, 'table')), code: str(p, 'code') }),
  serverForgot: (t) => t('sync.log.serverForgot'),
  newClient: (t) => t('sync.log.newClient'),
  cursorExpired: (t) => t('sync.log.cursorExpired'),
  restamped: (t, p) =>
    t('sync.log.restamped', {
      count: Number(str(p, 'count')),
      time: formatTime(str(p, 'hlc').slice(0, 24), true),
    }),
  futureHlc: (t, p) => t('sync.log.futureHlc', { time: formatTime(str(p, 'hlc').slice(0, 24), true) }),
  unapplied: (t, p) => t('sync.log.unapplied', { what: str(p, 'what'), reason: str(p, 'reason') }),
  unappliedApplied: (t, p) =>
    t('sync.log.unappliedApplied', { what: str(p, 'what'), since: formatTime(str(p, 'since'), true) }),
  writeDropped: (t, p) =>
    t('sync.log.writeDropped', {
      table: tableLabel(t, str(p, 'table')),
      reason: t(`sync.log.writeDroppedReason.${str(p, 'reason')}`, { count: KEPT_DAYS, defaultValue: '—' }),
    }),
};

function isPlainCode(code: string): code is keyof SyncLogParams {
  return Object.prototype.hasOwnProperty.call(PLAIN, code);
}

function isItemList(items: unknown): boolean {
  return (
    Array.isArray(items) &&
    items.every(
      (i: unknown) =>
        typeof i === 'object' &&
        i !== null &&
        typeof (i as { table?: unknown }).table === 'string' &&
        typeof (i as { code?: unknown }).code === 'string',
    )
  );
}

/** The failure a `error.<kind>` row holds as JSON, or null when it is not one this version knows. */
function failureOf(row: SyncLogEntry): SyncFailure | null {
  try {
    const parsed: unknown = JSON.parse(row.message);
    if (typeof parsed !== 'object' || parsed === null) return null;
    const kind = (parsed as { kind?: unknown }).kind;
    if (typeof kind !== 'string' || !Object.prototype.hasOwnProperty.call(FAILURE_KINDS, kind)) return null;
    if (kind === 'setAside' && !isItemList((parsed as { items?: unknown }).items)) return null;
    return parsed as SyncFailure;
  } catch {
    return null;
  }
}

/** `technical`, or the English `detail` sentence rows written before failures were typed carry. */
function technicalOf(f: SyncFailure): string | undefined {
  const { technical, detail } = f as { technical?: unknown; detail?: unknown };
  if (typeof technical === 'string' && technical) return technical;
  return typeof detail === 'string' && detail ? detail : undefined;
}

export function logLine(t: TFunction, row: SyncLogEntry): LogLine {
  const code = typeof row.code === 'string' ? row.code : '';
  const params: Params = typeof row.params === 'object' && row.params !== null ? row.params : {};
  if (isPlainCode(code)) {
    // A dropped write's content is what the user may want back: shown as the row's detail.
    const detail =
      code === 'writeDropped' && typeof row.message === 'string' ? { technical: row.message } : {};
    return { text: PLAIN[code](t, params), ...detail };
  }
  if (code.startsWith('error.')) {
    const failure = failureOf(row);
    if (failure) {
      const technical = technicalOf(failure);
      return { text: failureText(t, failure), ...(technical ? { technical } : {}) };
    }
  }
  // A code from another version: say that something was logged, keep its text as the detail.
  return { text: t('sync.log.unknown', { code: code || '—' }), technical: row.message };
}
