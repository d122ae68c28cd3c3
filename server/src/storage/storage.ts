/**
 * The server's one I/O surface. SQLite and PostgreSQL implement it; the push and pull rules
 * live above it (`push/applyPush.ts`) so both backends behave identically.
 */
import type { Hlc } from '../../../common/sync/hlc';
import type { FieldState } from '../../../common/sync/protocol';
import type { SyncedTable } from '../../../common/records/tables';

/** A record as stored: its latest full state. `fields` is a Map so no field name can touch a prototype. */
export interface StoredRecord {
  table: SyncedTable;
  id: string;
  fields: Map<string, FieldState>;
  deletedHlc: Hlc | null;
}

/** A stored record with the per-workspace sequence number of its last change. */
export interface SequencedRecord extends StoredRecord {
  seq: number;
}

export interface MemberAccess {
  memberId: string;
  workspaceId: string;
}

export interface ClientOwner {
  memberId: string;
  lastMutationId: number;
}

export interface TextVersionKey {
  table: SyncedTable;
  id: string;
  field: string;
  hlc: Hlc;
}

export interface TextVersion {
  key: TextVersionKey;
  text: string;
}

/**
 * One push transaction on one workspace. The implementation holds the workspace's write lock
 * from start to commit, so writers of a workspace serialize and sequence numbers follow commit order.
 */
export interface PushTx {
  /** The client's owner, claiming it for `memberId` if nobody has used it yet. */
  claimClient(clientId: string, memberId: string): Promise<ClientOwner>;
  setLastMutationId(clientId: string, lastMutationId: number): Promise<void>;
  /** The stored state of these records (absent ones are missing from the map), keyed `table/id`. */
  loadRecords(keys: readonly { table: SyncedTable; id: string }[]): Promise<Map<string, StoredRecord>>;
  getTextVersion(key: TextVersionKey): Promise<string | null>;
  /** Keeps text values as future merge bases, in one statement where the backend can; a repeated key keeps the first text. */
  putTextVersions(versions: readonly TextVersion[]): Promise<void>;
  /** Writes the records' new state, each with a fresh sequence number, in the given order. */
  writeRecords(records: readonly StoredRecord[]): Promise<void>;
}

/** A pulled row: fields still as stored JSON, so the route can write the answer without a Map in between. */
export interface PulledRow {
  table: SyncedTable;
  id: string;
  /** `encodeFields` JSON: `{ "<field>": [value, hlc] }`. */
  fields: string;
  deletedHlc: Hlc | null;
  seq: number;
}

/**
 * Stored bytes of records one pull page gathers (at least one record, whatever its size). Records
 * grow field by field over many pushes, so 1,000 of them can be far more than any answer can hold:
 * 40 records of 14 MiB made every page a 500 (past V8's longest string) and the workspace unpullable.
 */
export const PULL_PAGE_BYTES = 32 * 1024 * 1024;

/** How many of the next records (their stored sizes, in sequence order) one page takes. */
export function pageLength(sizes: readonly number[], limit: number, maxBytes: number): number {
  let bytes = 0;
  let n = 0;
  for (const size of sizes) {
    if (n === limit || (n > 0 && bytes + size > maxBytes)) break;
    bytes += size;
    n++;
  }
  return n;
}

export interface PullPage {
  /**
   * The workspace's sequence head when read (to refuse a cursor past it). On an up-to-date poll
   * it may be a remembered head (`HeadCache`): committed, possibly older than the newest commit,
   * and then exactly the cursor given, with no rows.
   */
  head: number;
  rows: PulledRow[];
  hasMore: boolean;
}

export interface Storage {
  readonly kind: 'sqlite' | 'postgres';
  /** The server's own HLC node id, made once and kept in the database. */
  serverNodeId(): Promise<string>;
  createWorkspace(name: string): Promise<{ id: string }>;
  workspaceExists(workspaceId: string): Promise<boolean>;
  /** Null when the workspace does not exist. */
  addMember(workspaceId: string, name: string, tokenHash: string): Promise<{ memberId: string } | null>;
  findMemberByTokenHash(tokenHash: string): Promise<MemberAccess | null>;
  /**
   * Removes a member of the workspace: its token no longer authenticates, its records and client
   * rows stay. False when there is no such (not yet removed) member in that workspace.
   */
  removeMember(workspaceId: string, memberId: string): Promise<boolean>;
  /** Gives a member a new token hash (the old token stops working); false as for `removeMember`. */
  replaceMemberToken(workspaceId: string, memberId: string, tokenHash: string): Promise<boolean>;
  /** The workspace's current sequence number (0 before the first write), or null if there is no workspace. */
  headSeq(workspaceId: string): Promise<number | null>;
  /** Runs `work` in one transaction holding the workspace's write lock; a throw rolls everything back. */
  push<T>(workspaceId: string, work: (tx: PushTx) => Promise<T>): Promise<T>;
  /** Records changed after `afterSeq`, in sequence order, at most `limit`; null if there is no workspace. */
  /** The records after `afterSeq`: at most `limit`, and past the first no more than `maxBytes` stored. */
  pull(workspaceId: string, afterSeq: number, limit: number, maxBytes?: number): Promise<PullPage | null>;
  /** Drops text versions made before `before` (epoch ms); returns how many went. */
  pruneTextVersions(before: number): Promise<number>;
  close(): Promise<void>;
}

/**
 * The `token_hash` a removed member keeps (the column is NOT NULL UNIQUE): a SHA-256 hex digest
 * never contains `:`, so no token can match it.
 */
export const removedTokenHash = (memberId: string): string => `removed:${memberId}`;

/** The key of a record in maps: tables and UUIDs contain no `/`. */
export function recordKey(table: string, id: string): string {
  return `${table}/${id}`;
}

/** Fields as stored in one JSON column: `{ field: [value, hlc] }` keeps rows compact. */
export function encodeFields(fields: Map<string, FieldState>): string {
  const out: Record<string, [unknown, Hlc]> = {};
  for (const [name, { value, hlc }] of fields) out[name] = [value, hlc];
  return JSON.stringify(out);
}

export function decodeFields(json: string): Map<string, FieldState> {
  const raw = JSON.parse(json) as Record<string, [FieldState['value'], Hlc]>;
  const fields = new Map<string, FieldState>();
  for (const name of Object.keys(raw)) {
    const entry = raw[name];
    if (entry) fields.set(name, { value: entry[0], hlc: entry[1] });
  }
  return fields;
}
