/**
 * Per-op effects of a push on an in-memory copy of the touched records: LWW `set`, merging
 * `text`, tombstoning `delete`, and conflict records for writes that must not overwrite.
 * The caller writes `changedRecords()` back in the same transaction.
 */
import type { Hlc } from '../../../common/sync/hlc';
import { newId } from '../../../common/records/ids';
import { isTextField, type SyncedTable } from '../../../common/records/tables';
import { mergeText } from '../../../common/sync/merge';
import type { ConflictRef, DeleteOp, Mutation, Op, SetOp, TextOp } from '../../../common/sync/protocol';
import { recordKey, type PushTx, type StoredRecord } from '../storage/storage';
import type { PushContext } from './applyPush';

export class RecordWriter {
  readonly conflicts: ConflictRef[] = [];
  private readonly records = new Map<string, StoredRecord>();
  /** Keys of records to write, in first-change order. */
  private readonly changed = new Set<string>();
  /** Conflict records made by the current mutation, keyed `table/id/field` (at most one each). */
  private mutationConflicts = new Map<string, StoredRecord>();

  constructor(
    private readonly tx: PushTx,
    private readonly ctx: PushContext,
    private readonly clientId: string,
  ) {}

  async load(ops: readonly Op[]): Promise<void> {
    const keys = new Map<string, { table: SyncedTable; id: string }>();
    for (const op of ops) keys.set(recordKey(op.table, op.id), { table: op.table, id: op.id });
    const stored = await this.tx.loadRecords([...keys.values()]);
    for (const [key, rec] of stored) this.records.set(key, rec);
  }

  async applyMutation(mutation: Mutation): Promise<void> {
    this.mutationConflicts = new Map();
    for (const op of mutation.ops) {
      if (op.op === 'set') await this.set(op);
      else if (op.op === 'text') await this.text(op);
      else this.delete(op);
    }
  }

  changedRecords(): StoredRecord[] {
    return [...this.changed].map((key) => this.records.get(key)).filter((r): r is StoredRecord => !!r);
  }

  private record(table: SyncedTable, id: string): StoredRecord {
    const key = recordKey(table, id);
    let rec = this.records.get(key);
    if (!rec) {
      rec = { table, id, fields: new Map(), deletedHlc: null };
      this.records.set(key, rec);
    }
    return rec;
  }

  private markChanged(rec: StoredRecord): void {
    this.changed.add(recordKey(rec.table, rec.id));
  }

  /** A fresh server HLC greater than every HLC given. */
  private serverHlc(...seen: Hlc[]): Hlc {
    for (const hlc of seen) this.ctx.clock.observe(hlc);
    return this.ctx.clock.now();
  }

  private async set(op: SetOp): Promise<void> {
    const rec = this.record(op.table, op.id);
    if (rec.deletedHlc) return this.conflict(op, JSON.stringify(op.value));
    const current = rec.fields.get(op.field);
    if (current && op.hlc <= current.hlc) return; // last writer wins; the stored write is newer
    rec.fields.set(op.field, { value: op.value, hlc: op.hlc });
    this.markChanged(rec);
    if (typeof op.value === 'string' && isTextField(op.table, op.field)) {
      // A text field first written by `set` must still serve as a merge base later.
      await this.tx.putTextVersion({ table: op.table, id: op.id, field: op.field, hlc: op.hlc }, op.value);
    }
  }

  private async text(op: TextOp): Promise<void> {
    const rec = this.record(op.table, op.id);
    if (rec.deletedHlc) return this.conflict(op, op.value);
    const current = rec.fields.get(op.field);
    if (!current) return this.writeText(rec, op.field, op.value, op.hlc);
    if (op.baseHlc === current.hlc) {
      // Edit of the stored version. Keep field HLCs increasing even if the client's clock lags.
      const hlc = op.hlc > current.hlc ? op.hlc : this.serverHlc(current.hlc, op.hlc);
      return this.writeText(rec, op.field, op.value, hlc);
    }
    if (op.baseHlc === null || typeof current.value !== 'string') return this.conflict(op, op.value);
    const base = await this.tx.getTextVersion({
      table: op.table,
      id: op.id,
      field: op.field,
      hlc: op.baseHlc,
    });
    if (base === null) return this.conflict(op, op.value);
    const merged = mergeText(base, current.value, op.value);
    if (!merged.clean) return this.conflict(op, op.value);
    return this.writeText(rec, op.field, merged.text, this.serverHlc(current.hlc, op.hlc));
  }

  private async writeText(rec: StoredRecord, field: string, text: string, hlc: Hlc): Promise<void> {
    rec.fields.set(field, { value: text, hlc });
    this.markChanged(rec);
    await this.tx.putTextVersion({ table: rec.table, id: rec.id, field, hlc }, text);
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
    const values: Record<string, string> = {
      ofTable: op.table,
      ofId: op.id,
      field: op.field,
      text,
      memberId: this.ctx.memberId,
      clientId: this.clientId,
    };
    for (const [name, value] of Object.entries(values)) rec.fields.set(name, { value, hlc });
    this.markChanged(rec);
    this.mutationConflicts.set(key, rec);
    this.conflicts.push({ table: op.table, id: op.id, field: op.field, conflictId: rec.id });
  }
}
