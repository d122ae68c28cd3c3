/**
 * PostgreSQL storage. Several server processes may share one database: a push locks its
 * workspace row (`SELECT … FOR UPDATE`) for the whole transaction, so writers of a workspace
 * serialize across processes and the sequence numbers they take follow commit order — a pull
 * can never pass a sequence number that a still-running transaction will commit later.
 */
import pg from 'pg';
import { newNodeId } from '../../../common/sync/hlc';
import { newId } from '../../../common/records/ids';
import type { SyncedTable } from '../../../common/records/tables';
import { POSTGRES_MIGRATIONS } from './postgresSchema';
import {
  decodeFields,
  encodeFields,
  recordKey,
  type PullPage,
  type PushTx,
  type SequencedRecord,
  type Storage,
  type StoredRecord,
} from './storage';

/** Any key for `pg_advisory_xact_lock`, so concurrent starts do not migrate twice. */
const MIGRATION_LOCK = 7_231_905;

interface RecordRow {
  tbl: string;
  id: string;
  fields: string;
  deleted_hlc: string | null;
  seq: string; // BIGINT arrives as a string
}

function toRecord(row: RecordRow): SequencedRecord {
  return {
    table: row.tbl as SyncedTable, // only allow-listed tables are ever written
    id: row.id,
    fields: decodeFields(row.fields),
    deletedHlc: row.deleted_hlc,
    seq: Number(row.seq),
  };
}

async function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw e;
  } finally {
    client.release();
  }
}

export class PostgresStorage implements Storage {
  readonly kind = 'postgres';

  private constructor(private readonly pool: pg.Pool) {}

  static async open(connectionString: string, poolSize = 10): Promise<PostgresStorage> {
    const pool = new pg.Pool({ connectionString, max: poolSize });
    // An idle client losing its connection must not crash the server; the pool replaces it.
    pool.on('error', () => undefined);
    await inTransaction(pool, async (c) => {
      await c.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      await c.query(
        'CREATE TABLE IF NOT EXISTS migrations (version INT PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL)',
      );
      const { rows } = await c.query<{ v: number }>(
        'SELECT COALESCE(MAX(version), 0)::int AS v FROM migrations',
      );
      const done = rows[0]?.v ?? 0;
      for (const [i, sql] of POSTGRES_MIGRATIONS.entries()) {
        if (i + 1 <= done) continue;
        await c.query(sql);
        await c.query('INSERT INTO migrations (version, applied_at) VALUES ($1, now())', [i + 1]);
      }
      await c.query("INSERT INTO meta (key, value) VALUES ('server_node_id', $1) ON CONFLICT DO NOTHING", [
        newNodeId(),
      ]);
    });
    return new PostgresStorage(pool);
  }

  async serverNodeId(): Promise<string> {
    const { rows } = await this.pool.query<{ value: string }>(
      "SELECT value FROM meta WHERE key = 'server_node_id'",
    );
    const id = rows[0]?.value;
    if (!id) throw new Error('server node id missing; migrations did not run');
    return id;
  }

  async createWorkspace(name: string): Promise<{ id: string }> {
    const id = newId();
    await this.pool.query('INSERT INTO workspaces (id, name) VALUES ($1, $2)', [id, name]);
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
    const memberId = newId();
    const { rowCount } = await this.pool.query(
      `INSERT INTO members (id, workspace_id, name, token_hash)
       SELECT $1, id, $3, $4 FROM workspaces WHERE id = $2`,
      [memberId, workspaceId, name, tokenHash],
    );
    return rowCount ? { memberId } : null;
  }

  async findMemberByTokenHash(tokenHash: string): Promise<{ memberId: string; workspaceId: string } | null> {
    const { rows } = await this.pool.query<{ memberId: string; workspaceId: string }>(
      'SELECT id AS "memberId", workspace_id AS "workspaceId" FROM members WHERE token_hash = $1',
      [tokenHash],
    );
    return rows[0] ?? null;
  }

  async headSeq(workspaceId: string): Promise<number | null> {
    const { rows } = await this.pool.query<{ seq: string }>('SELECT seq FROM workspaces WHERE id = $1', [
      workspaceId,
    ]);
    return rows[0] ? Number(rows[0].seq) : null;
  }

  push<T>(workspaceId: string, work: (tx: PushTx) => Promise<T>): Promise<T> {
    return inTransaction(this.pool, async (client) => {
      const locked = await client.query('SELECT 1 FROM workspaces WHERE id = $1 FOR UPDATE', [workspaceId]);
      if (!locked.rowCount) throw new Error(`workspace ${workspaceId} vanished`);
      return work(this.pushTx(client, workspaceId));
    });
  }

  private pushTx(c: pg.PoolClient, workspaceId: string): PushTx {
    return {
      claimClient: async (clientId, memberId) => {
        await c.query('INSERT INTO clients (client_id, member_id) VALUES ($1, $2) ON CONFLICT DO NOTHING', [
          clientId,
          memberId,
        ]);
        const { rows } = await c.query<{ memberId: string; lastMutationId: string }>(
          'SELECT member_id AS "memberId", last_mutation_id AS "lastMutationId" FROM clients WHERE client_id = $1',
          [clientId],
        );
        const row = rows[0];
        if (!row) throw new Error('client row missing after insert');
        return { memberId: row.memberId, lastMutationId: Number(row.lastMutationId) };
      },
      setLastMutationId: async (clientId, lastMutationId) => {
        await c.query('UPDATE clients SET last_mutation_id = $1 WHERE client_id = $2', [
          lastMutationId,
          clientId,
        ]);
      },
      loadRecords: async (keys) => {
        const { rows } = await c.query<RecordRow>(
          // One primary-key probe per key: `LIMIT 1` keeps the planner from turning this into a
          // hash join over the whole workspace, which it picks while the table's statistics are
          // young and which then costs a full scan per push.
          `SELECT r.* FROM unnest($2::text[], $3::text[]) AS k(tbl, id) CROSS JOIN LATERAL
             (SELECT * FROM records WHERE workspace_id = $1 AND tbl = k.tbl AND id = k.id LIMIT 1) r`,
          [workspaceId, keys.map((k) => k.table), keys.map((k) => k.id)],
        );
        return new Map<string, StoredRecord>(rows.map((row) => [recordKey(row.tbl, row.id), toRecord(row)]));
      },
      getTextVersion: async ({ table, id, field, hlc }) => {
        const { rows } = await c.query<{ text: string }>(
          'SELECT text FROM text_versions WHERE workspace_id = $1 AND tbl = $2 AND id = $3 AND field = $4 AND hlc = $5',
          [workspaceId, table, id, field, hlc],
        );
        return rows[0] ? (JSON.parse(rows[0].text) as string) : null;
      },
      putTextVersions: async (versions) => {
        if (versions.length === 0) return;
        await c.query(
          `INSERT INTO text_versions (workspace_id, tbl, id, field, hlc, text, created_at)
           SELECT $1, *, $7 FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[])
           ON CONFLICT DO NOTHING`,
          [
            workspaceId,
            versions.map((v) => v.key.table),
            versions.map((v) => v.key.id),
            versions.map((v) => v.key.field),
            versions.map((v) => v.key.hlc),
            // JSON-encoded: PostgreSQL TEXT cannot hold U+0000, which a JSON string may.
            versions.map((v) => JSON.stringify(v.text)),
            Date.now(),
          ],
        );
      },
      writeRecords: async (records) => {
        if (records.length === 0) return;
        const { rows } = await c.query<{ seq: string }>(
          'UPDATE workspaces SET seq = seq + $1 WHERE id = $2 RETURNING seq',
          [records.length, workspaceId],
        );
        const first = Number(rows[0]?.seq) - records.length + 1;
        await c.query(
          `INSERT INTO records (workspace_id, tbl, id, fields, deleted_hlc, seq)
           SELECT $1, * FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::bigint[])
           ON CONFLICT (workspace_id, tbl, id) DO UPDATE
           SET fields = excluded.fields, deleted_hlc = excluded.deleted_hlc, seq = excluded.seq`,
          [
            workspaceId,
            records.map((r) => r.table),
            records.map((r) => r.id),
            records.map((r) => encodeFields(r.fields)),
            records.map((r) => r.deletedHlc),
            records.map((_r, i) => first + i),
          ],
        );
      },
    };
  }

  async pull(workspaceId: string, afterSeq: number, limit: number): Promise<PullPage | null> {
    // Head and page in one round trip; an unknown workspace gives no row, an empty page one row of nulls.
    const { rows } = await this.pool.query<{ head: string } & Partial<RecordRow>>(
      `SELECT w.seq AS head, r.tbl, r.id, r.fields, r.deleted_hlc, r.seq FROM workspaces w
       LEFT JOIN LATERAL (SELECT tbl, id, fields, deleted_hlc, seq FROM records
         WHERE workspace_id = w.id AND seq > $2 ORDER BY seq LIMIT $3) r ON true
       WHERE w.id = $1`,
      [workspaceId, afterSeq, limit + 1],
    );
    const first = rows[0];
    if (!first) return null;
    const page = rows.filter((r): r is { head: string } & RecordRow => r.seq != null);
    return {
      head: Number(first.head),
      rows: page.slice(0, limit).map((r) => ({
        table: r.tbl as SyncedTable, // only allow-listed tables are ever written
        id: r.id,
        fields: r.fields,
        deletedHlc: r.deleted_hlc,
        seq: Number(r.seq),
      })),
      hasMore: page.length > limit,
    };
  }

  async pruneTextVersions(before: number): Promise<number> {
    const { rowCount } = await this.pool.query('DELETE FROM text_versions WHERE created_at < $1', [before]);
    return rowCount ?? 0;
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
