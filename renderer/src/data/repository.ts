/**
 * Local edits of one record table (written through recordWrites.ts). Every change stamps the changed fields with fresh HLCs
 * and appends its sync ops to the outbox in the same IndexedDB transaction, so a crash
 * leaves either both or neither.
 */
import Dexie from 'dexie';
import type { SyncedTable } from '../../../common/records/tables';
import { isTextField } from '../../../common/records/schema';
import {
  RECORD_ENVELOPE_KEYS,
  type FieldsByTable,
  type RecordMeta,
  type RecordOf,
} from '../../../common/records/types';
import { newId } from '../../../common/records/ids';
import type { KyosoDb } from './db';
import { addRecord, putRecords, type StoredRecord } from './recordWrites';
import type { Device } from './device';
import type { WriteTracker } from './unsavedEdits';
import { saveClock } from './device';
import { TOMBSTONE, writeJournal, type Stamps, type WriteIntent, type WriteJournal } from './writeJournal';
import { maxHlc, type Hlc } from '../../../common/sync/hlc';
import type { JsonValue, Op } from '../../../common/sync/protocol';

export class RecordNotFoundError extends Error {
  constructor(table: string, id: string) {
    super(`${table} ${id} does not exist or was deleted`);
    this.name = 'RecordNotFoundError';
  }
}

export class Repository<T extends SyncedTable> {
  constructor(
    private readonly db: KyosoDb,
    readonly table: T,
    private readonly device: Device,
    private readonly now: () => Date = () => new Date(),
    private readonly writes: WriteTracker = { track: (write) => write },
    private readonly journal: WriteJournal = writeJournal,
  ) {}

  /**
   * Journals the intent synchronously (before the caller's handler returns, so a page going away
   * keeps it: writeJournal.ts), runs the write, and drops the entry once the write has settled (a
   * failed write was reported to a live page; replaying it later would surprise).
   *
   * The HLCs the write will stamp are taken now, in call order, and journalled with it: replay
   * knows a field was written by this write or a later one when the record holds an HLC at or
   * above the entry's — exact within one millisecond (the HLC counts), and right when two writes
   * queue behind a busy store (the first commits after the second was journalled).
   */
  private journalled<R>(
    id: string,
    intent: WriteIntent | null,
    write: (stamps: Stamps) => Promise<R>,
  ): Promise<R> {
    const at = this.now().toISOString();
    const stamps: Stamps = {};
    if (intent?.kind === 'remove') stamps[TOMBSTONE] = this.device.clock.now();
    else if (intent) {
      for (const [field, value] of Object.entries(intent.fields)) {
        if (!RECORD_ENVELOPE_KEYS.has(field) && value !== undefined) stamps[field] = this.device.clock.now();
      }
    }
    const key =
      intent &&
      this.journal.append({
        ...intent,
        workspaceId: this.device.workspaceId,
        table: this.table,
        id,
        at,
        stamps,
      });
    const running = write(stamps);
    if (key) {
      const drop = () => this.journal.remove(key);
      running.then(drop, drop);
    }
    return this.writes.track(running);
  }

  private get store() {
    return this.db.records(this.table);
  }

  /** Create a record; resolves once it and its outbox entry are committed. */
  async create(fields: FieldsByTable[T], id: string = newId()): Promise<RecordOf<T>> {
    return this.journalled(id, { kind: 'create', fields: { ...fields } }, (stamps) =>
      this.createIn(fields, id, stamps),
    );
  }

  /** The HLC for `field`: the one taken when the write was called, unless the record moved past it. */
  private stampFor(stamps: Stamps, field: string, current: Hlc | null | undefined): Hlc {
    const taken = stamps[field];
    // A pull written between the call and this transaction may carry a higher HLC: stay above it.
    return taken && (!current || taken > current) ? taken : this.device.clock.now();
  }

  private createIn(fields: FieldsByTable[T], id: string, stamps: Stamps): Promise<RecordOf<T>> {
    return this.db.transaction('rw', [this.store, this.db.outbox, this.db.meta], async () => {
      const at = this.now().toISOString();
      const hlc: Record<string, string> = {};
      const ops: Op[] = [];
      for (const [field, value] of Object.entries(fields)) {
        if (RECORD_ENVELOPE_KEYS.has(field) || value === undefined) continue;
        hlc[field] = this.stampFor(stamps, field, null);
        ops.push(this.opFor(id, field, value, hlc[field], null));
      }
      const meta: RecordMeta = {
        id,
        workspaceId: this.device.workspaceId,
        createdAt: at,
        updatedAt: at,
        hlc,
        deleted: 0,
        deletedHlc: null,
      };
      const record = { ...fields, ...meta } as RecordOf<T>;
      await addRecord(this.db, this.table, record as unknown as StoredRecord);
      await this.enqueue(id, ops, at);
      return record;
    });
  }

  /** Change some fields; only fields whose value differs get a new HLC and an op. */
  async update(id: string, patch: Partial<FieldsByTable[T]>): Promise<RecordOf<T>> {
    return this.journalled(id, { kind: 'update', fields: { ...patch } }, (stamps) =>
      this.updateIn(id, patch, stamps),
    );
  }

  /**
   * Change fields computed from the stored record, read in the same transaction: an append (a
   * decision added right after another) builds on the record as stored, not on a render's copy.
   * The journal cannot wait for that read (a reload in the click's task never runs it), so it
   * keeps the change computed from `seen`, the copy the caller shows, with the field versions it
   * was computed from: replay applies it only over that version (writeJournal.ts, `seen`).
   */
  async modify(
    id: string,
    change: (current: RecordOf<T>) => Partial<FieldsByTable[T]>,
    seen: RecordOf<T>,
  ): Promise<RecordOf<T>> {
    return this.journalled(id, this.intentFrom(change, seen), (stamps) => this.updateIn(id, change, stamps));
  }

  /** The journal's form of a modify: its result fields on `seen`, not the function. */
  private intentFrom(
    change: (current: RecordOf<T>) => Partial<FieldsByTable[T]>,
    seen: RecordOf<T>,
  ): WriteIntent | null {
    try {
      const fields: Record<string, unknown> = { ...change(seen) };
      const versions: Record<string, string | null> = {};
      for (const field of Object.keys(fields)) versions[field] = seen.hlc?.[field] ?? null;
      return { kind: 'update', fields, seen: versions };
    } catch {
      return null; // the transaction's own call reports it
    }
  }

  private updateIn(
    id: string,
    patchOrChange: Partial<FieldsByTable[T]> | ((current: RecordOf<T>) => Partial<FieldsByTable[T]>),
    stamps: Stamps,
  ): Promise<RecordOf<T>> {
    return this.db.transaction('rw', [this.store, this.db.outbox, this.db.meta], async () => {
      const current = await this.store.get(id);
      if (!current || current.deleted) throw new RecordNotFoundError(this.table, id);
      const patch =
        typeof patchOrChange === 'function' ? patchOrChange(current as RecordOf<T>) : patchOrChange;
      const at = this.now().toISOString();
      const hlc = { ...current.hlc };
      const ops: Op[] = [];
      const changes: Record<string, unknown> = {};
      const currentFields = current as unknown as Record<string, unknown>;
      for (const [field, value] of Object.entries(patch)) {
        if (RECORD_ENVELOPE_KEYS.has(field) || value === undefined) continue;
        if (JSON.stringify(currentFields[field]) === JSON.stringify(value)) continue;
        const stamp = this.stampFor(stamps, field, current.hlc[field]);
        ops.push(this.opFor(id, field, value, stamp, current.hlc[field] ?? null));
        hlc[field] = stamp;
        changes[field] = value;
      }
      if (ops.length === 0) return current;
      const next = { ...current, ...changes, hlc, updatedAt: at } as RecordOf<T>;
      await putRecords(this.db, this.table, [next as unknown as StoredRecord]);
      await this.enqueue(id, ops, at);
      return next;
    });
  }

  /** Tombstone a record. Deletion never cascades: related records stay until deleted themselves. */
  async remove(id: string): Promise<void> {
    await this.journalled(id, { kind: 'remove' }, (stamps) => this.removeIn(id, stamps));
  }

  private removeIn(id: string, stamps: Stamps): Promise<void> {
    return this.db.transaction('rw', [this.store, this.db.outbox, this.db.meta], async () => {
      const current = await this.store.get(id);
      if (!current || current.deleted) return;
      const at = this.now().toISOString();
      const newest = Object.values(current.hlc).reduce<Hlc | null>((a, b) => maxHlc(a, b), null);
      const stamp = this.stampFor(stamps, TOMBSTONE, newest);
      const tombstone = { ...current, deleted: 1, deletedHlc: stamp, updatedAt: at };
      await putRecords(this.db, this.table, [tombstone as unknown as StoredRecord]);
      await this.enqueue(id, [{ op: 'delete', table: this.table, id, hlc: stamp }], at);
    });
  }

  async get(id: string): Promise<RecordOf<T> | undefined> {
    const record = await this.store.get(id);
    return record && !record.deleted ? record : undefined;
  }

  /** Live (not deleted) records of the current workspace, newest change first (at most `limit`). */
  async list(limit = Infinity): Promise<RecordOf<T>[]> {
    const ws = this.device.workspaceId;
    const newestFirst = this.store
      .where('[workspaceId+deleted+updatedAt]')
      .between([ws, 0, Dexie.minKey], [ws, 0, Dexie.maxKey])
      .reverse();
    return Number.isFinite(limit) ? newestFirst.limit(limit).toArray() : newestFirst.toArray();
  }

  /** Live records whose indexed field equals a value (e.g. the briefs of one issue). */
  async findBy(index: string, value: string): Promise<RecordOf<T>[]> {
    const rows = await this.store.where(index).equals(value).toArray();
    return rows.filter((r) => !r.deleted);
  }

  /** How many live records the current workspace holds. */
  count(): Promise<number> {
    return this.store.where({ workspaceId: this.device.workspaceId, deleted: 0 }).count();
  }

  private opFor(id: string, field: string, value: unknown, hlc: string, baseHlc: string | null): Op {
    if (isTextField(this.table, field) && typeof value === 'string') {
      return { op: 'text', table: this.table, id, field, value, hlc, baseHlc };
    }
    // Record fields are JSON by construction: the app writes them from its own typed field sets.
    return { op: 'set', table: this.table, id, field, value: value as JsonValue, hlc };
  }

  private async enqueue(id: string, ops: Op[], at: string): Promise<void> {
    await this.db.outbox.add({
      workspaceId: this.device.workspaceId,
      table: this.table,
      id,
      ops,
      createdAt: at,
    });
    await saveClock(this.db, this.device.clock);
  }
}
