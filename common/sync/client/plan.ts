/**
 * Turning the local outbox into protocol mutations. Pure: the engine persists the plan
 * (mid ↔ outbox seqs) before sending, and rebuilds the very same ops from the same entries when
 * it replays a mutation whose answer was lost.
 *
 * Coalescing keeps pushes small without losing intent:
 * - `set` ops on one field collapse to the last one (last writer wins anyway);
 * - `text` ops on one field collapse only along an unbroken chain (each edit's `baseHlc` is the
 *   previous edit's `hlc`), keeping the FIRST `baseHlc` and the LAST value — the server only knows
 *   the first base, and the last value already contains the earlier edits;
 * - a text edit that does not continue the chain (it started from some other version) goes into a
 *   new mutation: one mutation yields at most one conflict record per field, so two unrelated
 *   texts in one mutation could leave only one of them on the server.
 */
import type { Op, Mutation } from '../protocol';
import { MAX_BODY_BYTES, MAX_MUTATIONS_PER_PUSH, MAX_OPS_PER_PUSH } from '../protocol';

/** One outbox entry: the ops of one local transaction, in order. */
export interface PendingEntry {
  seq: number;
  ops: readonly Op[];
}

/** A planned mutation: its mid and the outbox entries it is built from. */
export interface PlannedMutation {
  mid: number;
  seqs: number[];
}

export interface PlanLimits {
  /** Ops in one mutation (before coalescing), so one mutation always fits a push. */
  maxOpsPerMutation: number;
}

export const DEFAULT_PLAN_LIMITS: PlanLimits = { maxOpsPerMutation: 500 };

const recordKey = (op: Op) => `${op.table}/${op.id}`;

/** Coalescing state of one mutation under construction. */
class Builder {
  readonly ops: Op[] = [];
  readonly seqs: number[] = [];
  private readonly byField = new Map<string, number>();
  private readonly deleted = new Set<string>();
  rawOps = 0;
  /** Keys of the ops of the entry last checked by `accepts` (reused by `add`: one string each). */
  private checked: { entry: PendingEntry; records: string[]; fields: string[] } | null = null;

  private keysOf(entry: PendingEntry): { records: string[]; fields: string[] } {
    if (this.checked?.entry === entry) return this.checked;
    const records: string[] = [];
    const fields: string[] = [];
    for (const op of entry.ops) {
      const record = recordKey(op);
      records.push(record);
      fields.push(op.op === 'delete' ? record : `${record}/${op.field}`);
    }
    this.checked = { entry, records, fields };
    return this.checked;
  }

  /** Whether every op of `entry` can join without reordering or hiding a text edit. */
  accepts(entry: PendingEntry): boolean {
    const { records, fields } = this.keysOf(entry);
    for (let i = 0; i < entry.ops.length; i++) {
      const op = entry.ops[i]!;
      if (this.deleted.has(records[i]!)) return false; // keep writes after a delete after it
      if (op.op === 'delete') continue;
      const at = this.byField.get(fields[i]!);
      if (at === undefined) continue;
      const prior = this.ops[at]!;
      if (prior.op !== op.op) return false;
      if (op.op === 'text' && prior.op === 'text' && op.baseHlc !== prior.hlc) return false;
    }
    return true;
  }

  add(entry: PendingEntry): void {
    const { records, fields } = this.keysOf(entry);
    this.checked = null;
    this.seqs.push(entry.seq);
    this.rawOps += entry.ops.length;
    // Ops are never changed in place (a coalesced op is a new object), so they are not copied.
    for (let i = 0; i < entry.ops.length; i++) {
      const op = entry.ops[i]!;
      if (op.op === 'delete') {
        if (!this.deleted.has(records[i]!)) this.ops.push(op);
        this.deleted.add(records[i]!);
        continue;
      }
      const key = fields[i]!;
      const at = this.byField.get(key);
      if (at === undefined) {
        this.byField.set(key, this.ops.length);
        this.ops.push(op);
        continue;
      }
      const prior = this.ops[at]!;
      // Same kind, checked by `accepts`: a text op keeps its first base; value and hlc move on.
      this.ops[at] = prior.op === 'text' ? { ...prior, value: op.value as string, hlc: op.hlc } : op;
    }
  }
}

/** The coalesced ops of some outbox entries, in the order they will be applied. */
export function coalesceEntries(entries: readonly PendingEntry[]): Op[] {
  const builder = new Builder();
  for (const entry of entries) {
    if (!builder.accepts(entry)) throw new Error(`outbox entry ${entry.seq} cannot join this mutation`);
    builder.add(entry);
  }
  return builder.ops;
}

/**
 * Groups outbox entries (in seq order) into mutations numbered consecutively from `firstMid`.
 * Every entry lands in exactly one mutation; entries are never split. `built`, if given, receives
 * each mutation's coalesced ops (what `coalesceEntries` of its entries returns), so a caller that
 * sends right after planning does not coalesce the same entries twice. An entry whose seq is in
 * `alone` gets a mutation of its own (the server rejected it together with others: only alone
 * does its answer say which entry it refuses).
 */
export function planMutations(
  entries: readonly PendingEntry[],
  firstMid: number,
  limits: PlanLimits = DEFAULT_PLAN_LIMITS,
  built?: Map<number, Op[]>,
  alone: ReadonlySet<number> = new Set(),
): PlannedMutation[] {
  const planned: PlannedMutation[] = [];
  let builder = new Builder();
  const close = () => {
    if (builder.seqs.length === 0) return;
    built?.set(firstMid + planned.length, builder.ops);
    planned.push({ mid: firstMid + planned.length, seqs: builder.seqs });
    builder = new Builder();
  };
  for (const entry of entries) {
    const single = alone.has(entry.seq);
    const full = builder.rawOps > 0 && builder.rawOps + entry.ops.length > limits.maxOpsPerMutation;
    if (single || full || !builder.accepts(entry)) close();
    builder.add(entry);
    if (single) close();
  }
  close();
  return planned;
}

/** Rough JSON size of a mutation: enough to keep a push well under the body limit. */
export function estimateBytes(mutation: Mutation): number {
  let bytes = 32;
  for (const op of mutation.ops) {
    bytes += 160 + op.id.length + op.hlc.length;
    if (op.op !== 'delete') bytes += op.field.length + JSON.stringify(op.value).length * 2;
  }
  return bytes;
}

export interface PushLimits {
  maxOps: number;
  maxMutations: number;
  maxBytes: number;
}

/**
 * Stay well inside the server's limits (docs/sync-protocol.md §9): a quarter of the body limit
 * leaves room for escaping overhead.
 */
export const DEFAULT_PUSH_LIMITS: PushLimits = {
  maxOps: MAX_OPS_PER_PUSH,
  maxMutations: MAX_MUTATIONS_PER_PUSH,
  maxBytes: MAX_BODY_BYTES / 4,
};

/** Splits consecutive mutations into pushes within the op and size limits; order is kept. */
export function chunkMutations(
  mutations: readonly Mutation[],
  limits: PushLimits = DEFAULT_PUSH_LIMITS,
): Mutation[][] {
  const chunks: Mutation[][] = [];
  let current: Mutation[] = [];
  let ops = 0;
  let bytes = 0;
  for (const m of mutations) {
    const size = estimateBytes(m);
    const over =
      ops + m.ops.length > limits.maxOps ||
      bytes + size > limits.maxBytes ||
      current.length + 1 > limits.maxMutations;
    if (current.length > 0 && over) {
      chunks.push(current);
      current = [];
      ops = 0;
      bytes = 0;
    }
    current.push(m);
    ops += m.ops.length;
    bytes += size;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

export type GapResolution =
  | {
      kind: 'renumber';
      acknowledged: PlannedMutation[];
      renumbered: PlannedMutation[];
      lastMutationId: number;
    }
  | { kind: 'newClient' };

/**
 * After `409 mutation_gap { expected }` the server has applied exactly the mids below `expected`
 * under this clientId. What that proves depends on which of those mids THIS install sent:
 *
 * - `sentMid` is the highest mid this install has put on the wire under this clientId (persisted
 *   before each request). A mid at or below it that is still planned was sent and its answer was
 *   lost (dropped connection, timeout): the server really applied it, so it is acknowledged.
 * - A mid that was only planned (never sent) cannot have been applied by anybody but another
 *   install using the same clientId (an identity copied from a backup, a cloned profile) — or a
 *   server restored from a backup newer than our view. If `expected - 1` is above `sentMid`, the
 *   server counts mutations we never sent: its "already applied" would silently drop our
 *   unsent edits. Nothing may be treated as applied then; the caller switches to a NEW clientId
 *   and re-plans every pending outbox entry from mid 1 (`newClient`). Re-sending a mutation that
 *   was in fact applied is harmless: sets are last-writer-wins on the same HLC, and a text edit
 *   whose result is already stored merges cleanly.
 * - If `expected - 1` is below what the server acknowledged before (a restored server forgot
 *   mutations), those cannot be resent — the caller logs it — and numbering restarts there.
 *
 * Without a recorded `sentMid` (state written by an older version), the highest planned mid is
 * the bound.
 */
export function resolveGap(
  planned: readonly PlannedMutation[],
  expected: number,
  sentMid: number = Math.max(0, ...planned.map((m) => m.mid)),
): GapResolution {
  if (expected - 1 > sentMid) return { kind: 'newClient' };
  const acknowledged = planned.filter((m) => m.mid < expected);
  const renumbered = planned
    .filter((m) => m.mid >= expected)
    .map((m, i) => ({ mid: expected + i, seqs: m.seqs }));
  return { kind: 'renumber', acknowledged, renumbered, lastMutationId: expected - 1 };
}
