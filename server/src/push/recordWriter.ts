/**
 * Per-op effects of a push on an in-memory copy of the touched records: LWW `set`, merging
 * `text`, tombstoning `delete`, and conflict records for writes that must not overwrite.
 * The caller writes `changedRecords()` and `textVersions()` back in the same transaction.
 *
 * Merge bases are archived lazily: a text field's current value needs no copy (an edit from it
 * has `baseHlc` equal to the stored HLC), so a value goes to the version table only when it is
 * replaced. An initial push therefore writes no version rows at all, and every value a field ever
 * held stays reachable as a base, kept at least as long as the retention counts from its archiving.
 *
 * Merges are bounded per push (`MergeBudget`): a `text` op whose merge would pass the budget is
 * kept as a conflict record instead, so one push cannot hold the write lock for minutes. Stored
 * merge bases are read once per push (many ops of one push usually name the same base), and the
 * writer yields to the event loop after each merge so other requests are answered meanwhile.
 */
import type { Hlc } from '../../../common/sync/hlc';
import { capToSkewLimit, isTooFarAhead, serverAcceptLimit } from '../../../common/sync/clockSkew';
import { newId } from '../../../common/records/ids';
import { isTextField } from '../../../common/records/schema';
import type { SyncedTable } from '../../../common/records/tables';
import { mergeText } from '../../../common/sync/merge';
import type {
  ConflictRef,
  DeleteOp,
  FieldState,
  Mutation,
  Op,
  SetOp,
  TextOp,
} from '../../../common/sync/protocol';
import {
  recordKey,
  type PushTx,
  type StoredRecord,
  type TextVersion,
  type TextVersionKey,
} from '../storage/storage';
import type { PushContext } from './applyPush';
import { MergeBudget } from './mergeBudget';
import { MAX_RECORD_CHARS, projectedChars } from './recordSize';

/** Lets timers and I/O run: a push's merges must not starve every other request of the process. */
const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

const versionKey = (k: TextVersionKey): string => `${k.table}/${k.id}/${k.field}/${k.hlc}`;

export class RecordWriter {
  readonly conflicts: ConflictRef[] = [];
  private readonly records = new Map<string, StoredRecord>();
  /** Records to write, in first-change order (each key has one record object for the whole push). */
  private readonly changed = new Set<StoredRecord>();
  /** The record the previous op touched: a mutation's ops mostly follow one record field by field. */
  private last: StoredRecord | null = null;
  /** Conflict records made by the current mutation, keyed `table/id/field` (at most one each). */
  private mutationConflicts = new Map<string, StoredRecord>();
  /** Merge bases made by this push, keyed `table/id/field/hlc`; the first text of a key stays. */
  private readonly versions = new Map<string, TextVersion>();
  /** Stored merge bases read by this push (null: not stored), so each is read at most once. */
  private readonly storedVersions = new Map<string, string | null>();

  constructor(
    private readonly tx: PushTx,
    private readonly ctx: PushContext,
    private readonly clientId: string,
    private readonly budget = new MergeBudget(),
    private readonly maxRecordChars = MAX_RECORD_CHARS,
  ) {}

  /** Characters merged by this push (its merge work). */
  get mergedChars(): number {
    return this.budget.used;
  }

  async load(ops: readonly Op[]): Promise<void> {
    const keys = new Map<string, { table: SyncedTable; id: string }>();
    for (const op of ops) keys.set(recordKey(op.table, op.id), { table: op.table, id: op.id });
    const stored = await this.tx.loadRecords([...keys.values()]);
    for (const [key, rec] of stored) this.records.set(key, rec);
  }

  /** Whether `mutation` cannot take any record past the size limit (see `recordSize.ts`). */
  fits(mutation: Mutation): boolean {
    const byRecord = new Map<string, (SetOp | TextOp)[]>();
    for (const op of mutation.ops) {
      if (op.op === 'delete') continue;
      const key = recordKey(op.table, op.id);
      const ops = byRecord.get(key);
      if (ops) ops.push(op);
      else byRecord.set(key, [op]);
    }
    for (const [key, ops] of byRecord) {
      const rec = this.records.get(key);
      if (rec?.deletedHlc) continue; // its writes become conflict records, each no larger than an op
      if (projectedChars(rec?.fields ?? new Map(), ops) > this.maxRecordChars) return false;
    }
    return true;
  }

  async applyMutation(mutation: Mutation): Promise<void> {
    this.mutationConflicts = new Map();
    for (const op of mutation.ops) {
      if (op.op === 'set') this.set(op);
      else if (op.op === 'text') await this.text(op);
      else this.delete(op);
    }
  }

  changedRecords(): StoredRecord[] {
    return [...this.changed];
  }

  /** Merge bases to keep, written in one batch at the end of the push. */
  textVersions(): TextVersion[] {
    return [...this.versions.values()];
  }

  private keepVersion(key: TextVersionKey, text: string): void {
    const k = versionKey(key);
    if (!this.versions.has(k)) this.versions.set(k, { key, text });
  }

  /** A stored merge base, including those this push archived but has not written yet. */
  private async version(key: TextVersionKey): Promise<string | null> {
    const k = versionKey(key);
    const made = this.versions.get(k);
    if (made) return made.text;
    if (this.storedVersions.has(k)) return this.storedVersions.get(k) ?? null;
    const stored = await this.tx.getTextVersion(key);
    this.storedVersions.set(k, stored);
    return stored;
  }

  /**
   * Replaces a field's value. A string value replaced in a text field (or by a `text` op) is
   * archived first, so an edit that started from it can still merge.
   */
  private writeField(rec: StoredRecord, field: string, next: FieldState, byText: boolean): void {
    const old = rec.fields.get(field);
    if (
      old &&
      old.hlc !== next.hlc &&
      typeof old.value === 'string' &&
      (byText || isTextField(rec.table, field))
    ) {
      this.keepVersion({ table: rec.table, id: rec.id, field, hlc: old.hlc }, old.value);
    }
    rec.fields.set(field, next);
    this.markChanged(rec);
  }

  private record(table: SyncedTable, id: string): StoredRecord {
    const last = this.last;
    if (last !== null && last.id === id && last.table === table) return last;
    const key = recordKey(table, id);
    let rec = this.records.get(key);
    if (!rec) {
      rec = { table, id, fields: new Map(), deletedHlc: null };
      this.records.set(key, rec);
    }
    this.last = rec;
    return rec;
  }

  private markChanged(rec: StoredRecord): void {
    this.changed.add(rec);
  }

  /**
   * A fresh server HLC greater than every HLC given — but the clock never adopts one more than
   * 5 min ahead of the wall clock (the clock_skew limit). Such an HLC can only be stored from a
   * time the server's own clock ran ahead (or by an older server); adopting it would stamp every
   * later merge and conflict record of every record that far ahead, where no member's write can
   * pass it (a `set` of `resolved` on such a conflict record would be ignored for good).
   */
  private serverHlc(...seen: Hlc[]): Hlc {
    const now = this.ctx.now();
    // The wall clock was set back (NTP) after the clock ran ahead with it: a clock still there would
    // stamp every merge and conflict record where no member's write can follow. Start from now.
    if (isTooFarAhead(this.ctx.clock.lastHlc, now)) this.ctx.clock.restartAt(now);
    for (const hlc of seen) this.ctx.clock.observe(capToSkewLimit(hlc, now));
    return this.ctx.clock.now();
  }

  private set(op: SetOp): void {
    const rec = this.record(op.table, op.id);
    if (rec.deletedHlc) return this.conflict(op, JSON.stringify(op.value));
    const current = rec.fields.get(op.field);
    // Last writer wins; the stored write is newer — unless its HLC lies beyond what any push is
    // accepted with now (stamped while a clock ran ahead, or by an older server): no true edit
    // could ever pass it, and each would vanish without a trace. Such a value is replaced.
    if (current && op.hlc <= current.hlc && current.hlc <= serverAcceptLimit(this.ctx.now())) return;
    this.writeField(rec, op.field, { value: op.value, hlc: op.hlc }, false);
  }

  private async text(op: TextOp): Promise<void> {
    const rec = this.record(op.table, op.id);
    if (rec.deletedHlc) return this.conflict(op, op.value);
    const current = rec.fields.get(op.field);
    if (!current) return this.writeText(rec, op, op.value, op.hlc);
    if (op.baseHlc === current.hlc) {
      // Edit of the stored version. Keep field HLCs increasing even if the client's clock lags.
      const hlc = op.hlc > current.hlc ? op.hlc : this.serverHlc(current.hlc, op.hlc);
      return this.writeText(rec, op, op.value, hlc);
    }
    // The very text stored (a restored backup or a re-bound device uploads every field with a null
    // base): nothing to merge or to keep apart — a conflict record here would reach every member,
    // one per field of every record uploaded. Keep the op's version as a possible base.
    if (op.value === current.value) return this.sameText(op, current.hlc);
    if (op.baseHlc === null || typeof current.value !== 'string') return this.conflict(op, op.value);
    const base = await this.version({ table: op.table, id: op.id, field: op.field, hlc: op.baseHlc });
    if (base === null) return this.conflict(op, op.value);
    // Over the push's budget: keep the edit as a conflict record rather than spend more CPU.
    if (!this.budget.take(base.length + current.value.length + op.value.length)) {
      return this.conflict(op, op.value);
    }
    const merged = mergeText(base, current.value, op.value);
    await yieldToEventLoop();
    if (!merged.clean) return this.conflict(op, op.value);
    return this.writeText(rec, op, merged.text, this.serverHlc(current.hlc, op.hlc));
  }

  /** A text op carrying the stored text: the field stays; the client's HLC for it names it as a base. */
  private sameText(op: TextOp, stored: Hlc): void {
    if (op.hlc !== stored)
      this.keepVersion({ table: op.table, id: op.id, field: op.field, hlc: op.hlc }, op.value);
  }

  /**
   * Stores `text` under `hlc`. When that is not the op's own HLC (a merge, or a lagging client
   * clock), the client still holds its own text under the op's HLC and its next edit names that
   * as its base: keep it as a version too, or that edit would find an unknown base and conflict.
   */
  private writeText(rec: StoredRecord, op: TextOp, text: string, hlc: Hlc): void {
    const replaced = rec.fields.get(op.field)?.hlc;
    this.writeField(rec, op.field, { value: text, hlc }, true);
    if (hlc !== op.hlc && op.hlc !== replaced) {
      this.keepVersion({ table: rec.table, id: rec.id, field: op.field, hlc: op.hlc }, op.value);
    }
  }

  private delete(op: DeleteOp): void {
    const rec = this.record(op.table, op.id);
    if (rec.deletedHlc) return; // already a tombstone; the first delete stands
    rec.deletedHlc = op.hlc;
    this.markChanged(rec);
  }

  /** Keeps a write that may not overwrite as a record in `conflicts`, so nothing is lost silently. */
  private conflict(op: SetOp | TextOp, text: string): void {
    const key = `${op.table}/${op.id}/${op.field}`;
    const existing = this.mutationConflicts.get(key);
    const hlc = this.serverHlc(op.hlc);
    if (existing) {
      // A later op of the same mutation on the same field: its text replaces the earlier one.
      existing.fields.set('text', { value: text, hlc });
      return;
    }
    const rec = this.record('conflicts', newId());
    const values: Record<string, string | boolean> = {
      ofTable: op.table,
      ofId: op.id,
      field: op.field,
      text,
      memberId: this.ctx.memberId,
      clientId: this.clientId,
      // The client's conflict view lists records with `resolved: false` until the user decides.
      resolved: false,
    };
    for (const [name, value] of Object.entries(values)) rec.fields.set(name, { value, hlc });
    this.markChanged(rec);
    this.mutationConflicts.set(key, rec);
    this.conflicts.push({ table: op.table, id: op.id, field: op.field, conflictId: rec.id });
  }
}
