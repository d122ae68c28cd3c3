/**
 * SQLite storage (the default): one file `kyoso.sqlite` in WAL mode. Writes go through one
 * connection under a FIFO lock, so writers serialize and sequence numbers follow commit order;
 * pulls and token look-ups read through a second connection that sees only committed data.
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { newNodeId } from '../../../common/sync/hlc';
import { newId } from '../../../common/records/ids';
import type { SyncedTable } from '../../../common/records/tables';
import { Mutex } from './mutex';
import {
  decodeFields,
  encodeFields,
  recordKey,
  pageLength,
  PULL_PAGE_BYTES,
  removedTokenHash,
  type PullPage,
  type PulledRow,
  type PushTx,
  type SequencedRecord,
  type Storage,
  type StoredRecord,
} from './storage';

const MIGRATIONS: readonly string[] = [
  `CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
   CREATE TABLE workspaces (id TEXT PRIMARY KEY, name TEXT NOT NULL, seq INTEGER NOT NULL DEFAULT 0,
     created_at TEXT NOT NULL);
   CREATE TABLE members (id TEXT PRIMARY KEY, workspace_id TEXT NOT NULL REFERENCES workspaces(id),
     name TEXT NOT NULL, token_hash TEXT NOT NULL UNIQUE, created_at TEXT NOT NULL);
   CREATE TABLE clients (client_id TEXT PRIMARY KEY, member_id TEXT NOT NULL REFERENCES members(id),
     last_mutation_id INTEGER NOT NULL DEFAULT 0);
   CREATE TABLE records (workspace_id TEXT NOT NULL, tbl TEXT NOT NULL, id TEXT NOT NULL,
     fields TEXT NOT NULL, deleted_hlc TEXT, seq INTEGER NOT NULL, PRIMARY KEY (workspace_id, tbl, id));
   CREATE UNIQUE INDEX records_by_seq ON records (workspace_id, seq);
   CREATE TABLE text_versions (workspace_id TEXT NOT NULL, tbl TEXT NOT NULL, id TEXT NOT NULL,
     field TEXT NOT NULL, hlc TEXT NOT NULL, text TEXT NOT NULL, created_at INTEGER NOT NULL,
     PRIMARY KEY (workspace_id, tbl, id, field, hlc));
   CREATE INDEX text_versions_by_age ON text_versions (created_at);`,
  // Members can be removed (their token revoked); the row stays for the records' history.
  `ALTER TABLE members ADD COLUMN removed_at TEXT;`,
];

interface RecordRow {
  tbl: string;
  id: string;
  fields: string;
  deleted_hlc: string | null;
  seq: number;
}

function toRecord(row: RecordRow): SequencedRecord {
  return {
    table: row.tbl as SyncedTable, // only allow-listed tables are ever written
    id: row.id,
    fields: decodeFields(row.fields),
    deletedHlc: row.deleted_hlc,
    seq: row.seq,
  };
}

function toPulledRow(row: RecordRow): PulledRow {
  const { tbl, id, fields, deleted_hlc: deletedHlc, seq } = row;
  return { table: tbl as SyncedTable, id, fields, deletedHlc, seq };
}

function migrate(db: Database.Database): void {
  db.exec('CREATE TABLE IF NOT EXISTS migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
  const done = db.prepare('SELECT COALESCE(MAX(version), 0) AS v FROM migrations').get() as { v: number };
  MIGRATIONS.forEach((sql, i) => {
    const version = i + 1;
    if (version <= done.v) return;
    db.transaction(() => {
      db.exec(sql);
      db.prepare('INSERT INTO migrations (version, applied_at) VALUES (?, ?)').run(
        version,
        new Date().toISOString(),
      );
    })();
  });
}

export class SqliteStorage implements Storage {
  readonly kind = 'sqlite';
  private readonly writer: Database.Database;
  private readonly reader: Database.Database;
  private readonly lock = new Mutex();
  /** Prepared statements, compiled once per connection (compiling costs more than most queries). */
  private readonly statements = new Map<string, Database.Statement>();

  private sql(db: Database.Database, text: string): Database.Statement {
    const key = `${db === this.reader ? 'r' : 'w'}:${text}`;
    let statement = this.statements.get(key);
    if (!statement) {
      statement = db.prepare(text);
      this.statements.set(key, statement);
    }
    return statement;
  }

  /**
   * @param options.nodeId the server's HLC node id for a NEW database (a replayable test run);
   *   a database that has one keeps it
   */
  constructor(
    readonly file: string,
    private readonly options: { nodeId?: string } = {},
  ) {
    this.writer = new Database(file);
    this.writer.pragma('journal_mode = WAL');
    // FULL: a push is acknowledged only once its WAL frames are on disk (see README, Durability).
    this.writer.pragma('synchronous = FULL');
    this.writer.pragma('foreign_keys = ON');
    this.writer.pragma('busy_timeout = 5000');
    migrate(this.writer);
    this.reader = new Database(file, { readonly: true });
    this.reader.pragma('busy_timeout = 5000');
  }

  /** Opens `${dataDir}/kyoso.sqlite`, creating the folder. */
  static open(dataDir: string, options: { nodeId?: string } = {}): SqliteStorage {
    mkdirSync(dataDir, { recursive: true });
    return new SqliteStorage(join(dataDir, 'kyoso.sqlite'), options);
  }

  async serverNodeId(): Promise<string> {
    return this.lock.run(async () => {
      this.sql(this.writer, "INSERT OR IGNORE INTO meta (key, value) VALUES ('server_node_id', ?)").run(
        this.options.nodeId ?? newNodeId(),
      );
      const row = this.sql(this.writer, "SELECT value FROM meta WHERE key = 'server_node_id'").get() as {
        value: string;
      };
      return row.value;
    });
  }

  async createWorkspace(name: string): Promise<{ id: string }> {
    const id = newId();
    await this.lock.run(async () => {
      this.sql(this.writer, 'INSERT INTO workspaces (id, name, created_at) VALUES (?, ?, ?)').run(
        id,
        name,
        new Date().toISOString(),
      );
    });
    return { id };
  }

  async workspaceExists(workspaceId: string): Promise<boolean> {
    return (await this.headSeq(workspaceId)) !== null;
  }

  async addMember(
    workspaceId: string,
    name: string,
    tokenHash: string,
  ): Promise<{ memberId: string } | null> {
    if (!(await this.workspaceExists(workspaceId))) return null;
    const memberId = newId();
    await this.lock.run(async () => {
      this.sql(
        this.writer,
        'INSERT INTO members (id, workspace_id, name, token_hash, created_at) VALUES (?, ?, ?, ?, ?)',
      ).run(memberId, workspaceId, name, tokenHash, new Date().toISOString());
    });
    return { memberId };
  }

  async findMemberByTokenHash(tokenHash: string): Promise<{ memberId: string; workspaceId: string } | null> {
    const row = this.sql(
      this.reader,
      'SELECT id AS memberId, workspace_id AS workspaceId FROM members WHERE token_hash = ?',
    ).get(tokenHash) as { memberId: string; workspaceId: string } | undefined;
    return row ?? null;
  }

  async removeMember(workspaceId: string, memberId: string): Promise<boolean> {
    return this.lock.run(
      async () =>
        this.sql(
          this.writer,
          'UPDATE members SET token_hash = ?, removed_at = ? WHERE id = ? AND workspace_id = ? AND removed_at IS NULL',
        ).run(removedTokenHash(memberId), new Date().toISOString(), memberId, workspaceId).changes === 1,
    );
  }

  async replaceMemberToken(workspaceId: string, memberId: string, tokenHash: string): Promise<boolean> {
    return this.lock.run(
      async () =>
        this.sql(
          this.writer,
          'UPDATE members SET token_hash = ? WHERE id = ? AND workspace_id = ? AND removed_at IS NULL',
        ).run(tokenHash, memberId, workspaceId).changes === 1,
    );
  }

  async headSeq(workspaceId: string): Promise<number | null> {
    const row = this.sql(this.reader, 'SELECT seq FROM workspaces WHERE id = ?').get(workspaceId) as
      { seq: number } | undefined;
    return row ? row.seq : null;
  }

  push<T>(workspaceId: string, work: (tx: PushTx) => Promise<T>): Promise<T> {
    return this.lock.run(async () => {
      const db = this.writer;
      db.exec('BEGIN IMMEDIATE');
      try {
        const result = await work(this.pushTx(workspaceId));
        db.exec('COMMIT');
        return result;
      } catch (e) {
        db.exec('ROLLBACK');
        throw e;
      }
    });
  }

  private pushTx(workspaceId: string): PushTx {
    const db = this.writer;
    return {
      claimClient: async (clientId, memberId) => {
        this.sql(db, 'INSERT OR IGNORE INTO clients (client_id, member_id) VALUES (?, ?)').run(
          clientId,
          memberId,
        );
        return this.sql(
          db,
          'SELECT member_id AS memberId, last_mutation_id AS lastMutationId FROM clients WHERE client_id = ?',
        ).get(clientId) as { memberId: string; lastMutationId: number };
      },
      setLastMutationId: async (clientId, lastMutationId) => {
        this.sql(db, 'UPDATE clients SET last_mutation_id = ? WHERE client_id = ?').run(
          lastMutationId,
          clientId,
        );
      },
      loadRecords: async (keys) => {
        const get = this.sql(db, 'SELECT * FROM records WHERE workspace_id = ? AND tbl = ? AND id = ?');
        const out = new Map<string, StoredRecord>();
        for (const { table, id } of keys) {
          const row = get.get(workspaceId, table, id) as RecordRow | undefined;
          if (row) out.set(recordKey(table, id), toRecord(row));
        }
        return out;
      },
      getTextVersion: async ({ table, id, field, hlc }) => {
        const row = this.sql(
          db,
          'SELECT text FROM text_versions WHERE workspace_id = ? AND tbl = ? AND id = ? AND field = ? AND hlc = ?',
        ).get(workspaceId, table, id, field, hlc) as { text: string } | undefined;
        return row ? row.text : null;
      },
      putTextVersions: async (versions) => {
        const insert = this.sql(
          db,
          'INSERT OR IGNORE INTO text_versions (workspace_id, tbl, id, field, hlc, text, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
        );
        const at = Date.now();
        for (const { key, text } of versions)
          insert.run(workspaceId, key.table, key.id, key.field, key.hlc, text, at);
      },
      writeRecords: async (records) => {
        if (records.length === 0) return;
        const { seq } = this.sql(db, 'UPDATE workspaces SET seq = seq + ? WHERE id = ? RETURNING seq').get(
          records.length,
          workspaceId,
        ) as { seq: number };
        const upsert = this.sql(
          db,
          `INSERT INTO records (workspace_id, tbl, id, fields, deleted_hlc, seq) VALUES (?, ?, ?, ?, ?, ?)
           ON CONFLICT (workspace_id, tbl, id) DO UPDATE
           SET fields = excluded.fields, deleted_hlc = excluded.deleted_hlc, seq = excluded.seq`,
        );
        let next = seq - records.length;
        for (const r of records)
          upsert.run(workspaceId, r.table, r.id, encodeFields(r.fields), r.deletedHlc, ++next);
      },
    };
  }

  async pull(
    workspaceId: string,
    afterSeq: number,
    limit: number,
    maxBytes = PULL_PAGE_BYTES,
  ): Promise<PullPage | null> {
    const head = await this.headSeq(workspaceId);
    if (head === null) return null;
    // An up-to-date client (the common poll) needs no records query at all.
    if (afterSeq >= head) return { head, rows: [], hasMore: false };
    // Sizes first (octet_length reads no record text), then only the rows the page takes, in one
    // read transaction so both see the same snapshot.
    return this.reader.transaction(() => {
      const sizes = this.sql(
        this.reader,
        'SELECT seq, octet_length(fields) AS size FROM records WHERE workspace_id = ? AND seq > ? ORDER BY seq LIMIT ?',
      ).all(workspaceId, afterSeq, limit + 1) as { seq: number; size: number }[];
      const n = pageLength(
        sizes.map((s) => s.size),
        limit,
        maxBytes,
      );
      const lastSeq = sizes[n - 1]?.seq ?? afterSeq;
      const rows = this.sql(
        this.reader,
        'SELECT tbl, id, fields, deleted_hlc, seq FROM records WHERE workspace_id = ? AND seq > ? AND seq <= ? ORDER BY seq',
      ).all(workspaceId, afterSeq, lastSeq) as RecordRow[];
      return { head, rows: rows.map(toPulledRow), hasMore: sizes.length > n };
    })();
  }

  async pruneTextVersions(before: number): Promise<number> {
    return this.lock.run(
      async () => this.sql(this.writer, 'DELETE FROM text_versions WHERE created_at < ?').run(before).changes,
    );
  }

  async close(): Promise<void> {
    await this.lock.run(async () => {
      this.reader.close();
      this.writer.close();
    });
  }
}
