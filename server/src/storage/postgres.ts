/**
 * PostgreSQL storage. Several server processes may share one database: a push locks its
 * workspace row (`SELECT … FOR UPDATE`) for the whole transaction, so writers of a workspace
 * serialize across processes and the sequence numbers they take follow commit order — a pull
 * can never pass a sequence number that a still-running transaction will commit later.
 *
 * Each process remembers workspace heads (`HeadCache`, see there why that is safe) so an
 * up-to-date poll needs no round trip. A push announces its new head with `pg_notify` inside its
 * transaction — PostgreSQL delivers it only on commit — and every process listens on one
 * dedicated connection outside the pool; while that connection is down the cache is off.
 */
import pg from 'pg';
import { newNodeId } from '../../../common/sync/hlc';
import { newId } from '../../../common/records/ids';
import type { SyncedTable } from '../../../common/records/tables';
import { HeadCache } from './headCache';
import { POSTGRES_MIGRATIONS } from './postgresSchema';
import {
  decodeFields,
  encodeFields,
  recordKey,
  PULL_PAGE_BYTES,
  removedTokenHash,
  type PullPage,
  type PushTx,
  type SequencedRecord,
  type Storage,
  type StoredRecord,
} from './storage';

/** Any key for `pg_advisory_xact_lock`, so concurrent starts do not migrate twice. */
const MIGRATION_LOCK = 7_231_905;

/** The channel on which a push announces `<workspace>:<head>` when it commits. */
export const HEAD_CHANNEL = 'kyoso_head';
/** The listening connection's `application_name` (tests find its backend by it). */
export const HEAD_LISTENER_NAME = 'kyoso-head-listener';

export interface PostgresOptions {
  poolSize?: number;
  /** Remembered heads older than this count as absent (bounds the delay a lost notification causes). */
  headMaxAgeMs?: number;
  /** Called when an idle pooled connection fails (the pool replaces it); the server logs it. */
  onPoolError?: (err: Error) => void;
}

/** The pool connections' `application_name`, as operators see it in `pg_stat_activity`. */
export const POOL_APPLICATION_NAME = 'kyoso-server';

/**
 * Pool settings. Each connection carries server-side limits, so one stuck statement or a
 * transaction left open (a bug, a network stall mid-push) cannot hold a workspace's row lock —
 * and with it every writer of that workspace, in every process — for ever: PostgreSQL ends the
 * statement after 30 s and the idle transaction after 60 s, the push fails with 500 and its
 * client retries. A push's largest statement (5,000 records in one INSERT) takes well under 1 s.
 */
export function poolConfig(connectionString: string, poolSize: number): pg.PoolConfig {
  return {
    connectionString,
    max: poolSize,
    application_name: POOL_APPLICATION_NAME,
    statement_timeout: 30_000,
    idle_in_transaction_session_timeout: 60_000,
    connectionTimeoutMillis: 10_000,
  };
}

/**
 * One connection, not from the pool, that `LISTEN`s for heads and feeds them to the cache.
 * If it fails (network, server restart, `pg_terminate_backend`) the cache is cleared and off
 * until a new connection listens again; it reconnects with a growing delay (≤ 5 s).
 */
class HeadListener {
  private client: pg.Client | null = null;
  private retry: NodeJS.Timeout | null = null;
  private delayMs = 100;
  private closed = false;

  constructor(
    private readonly connectionString: string,
    private readonly heads: HeadCache,
  ) {}

  /** Listens; a failure is not thrown but retried (the cache stays off meanwhile). */
  async connect(): Promise<void> {
    if (this.closed) return;
    const client = new pg.Client({
      connectionString: this.connectionString,
      application_name: HEAD_LISTENER_NAME,
      connectionTimeoutMillis: 10_000,
      // A dead peer is noticed sooner than the OS default (hours); till then the age cap bounds delays.
      keepAlive: true,
      keepAliveInitialDelayMillis: 10_000,
    });
    this.client = client;
    let failed = false;
    const fail = () => {
      if (failed) return;
      failed = true;
      this.heads.deaf();
      if (this.client === client) this.client = null;
      client.end().catch(() => undefined);
      this.scheduleRetry();
    };
    client.on('error', fail);
    client.on('end', fail);
    client.on('notification', (msg) => {
      if (msg.channel !== HEAD_CHANNEL || !msg.payload) return;
      const colon = msg.payload.lastIndexOf(':');
      const head = Number(msg.payload.slice(colon + 1));
      if (colon > 0 && Number.isSafeInteger(head))
        this.heads.learnCommitted(msg.payload.slice(0, colon), head);
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${HEAD_CHANNEL}`);
    } catch {
      fail();
      return;
    }
    if (failed || this.closed) return;
    this.delayMs = 100;
    // Every commit from here on is announced to us; only now may the cache answer.
    this.heads.listening();
  }

  private scheduleRetry(): void {
    if (this.closed || this.retry) return;
    this.retry = setTimeout(() => {
      this.retry = null;
      void this.connect();
    }, this.delayMs);
    this.retry.unref();
    this.delayMs = Math.min(this.delayMs * 2, 5000);
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.retry) clearTimeout(this.retry);
    this.retry = null;
    this.heads.deaf();
    await this.client?.end().catch(() => undefined);
  }
}

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

  private constructor(
    private readonly pool: pg.Pool,
    private readonly heads: HeadCache,
    private readonly listener: HeadListener,
  ) {}

  /** `options` as a number is the pool size. */
  static async open(
    connectionString: string,
    options: number | PostgresOptions = {},
  ): Promise<PostgresStorage> {
    const {
      poolSize = 10,
      headMaxAgeMs = 2000,
      onPoolError = () => undefined,
    } = typeof options === 'number' ? { poolSize: options } : options;
    const pool = new pg.Pool(poolConfig(connectionString, poolSize));
    // An idle client losing its connection must not crash the server; the pool replaces it.
    pool.on('error', (err) => onPoolError(err));
    await inTransaction(pool, async (c) => {
      // A migration may rewrite a large table: no statement limit for it.
      await c.query('SET LOCAL statement_timeout = 0');
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
    const heads = new HeadCache(headMaxAgeMs);
    const listener = new HeadListener(connectionString, heads);
    await listener.connect();
    return new PostgresStorage(pool, heads, listener);
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

  async removeMember(workspaceId: string, memberId: string): Promise<boolean> {
    const { rowCount } = await this.pool.query(
      `UPDATE members SET token_hash = $3, removed_at = now()
       WHERE id = $1 AND workspace_id = $2 AND removed_at IS NULL`,
      [memberId, workspaceId, removedTokenHash(memberId)],
    );
    return rowCount === 1;
  }

  async replaceMemberToken(workspaceId: string, memberId: string, tokenHash: string): Promise<boolean> {
    const { rowCount } = await this.pool.query(
      'UPDATE members SET token_hash = $3 WHERE id = $1 AND workspace_id = $2 AND removed_at IS NULL',
      [memberId, workspaceId, tokenHash],
    );
    return rowCount === 1;
  }

  async headSeq(workspaceId: string): Promise<number | null> {
    const { rows } = await this.pool.query<{ seq: string }>('SELECT seq FROM workspaces WHERE id = $1', [
      workspaceId,
    ]);
    return rows[0] ? Number(rows[0].seq) : null;
  }

  async push<T>(workspaceId: string, work: (tx: PushTx) => Promise<T>): Promise<T> {
    const written = { head: 0 };
    const result = await inTransaction(this.pool, async (client) => {
      const locked = await client.query('SELECT 1 FROM workspaces WHERE id = $1 FOR UPDATE', [workspaceId]);
      if (!locked.rowCount) throw new Error(`workspace ${workspaceId} vanished`);
      return work(this.pushTx(client, workspaceId, written));
    });
    // Committed: the head is at least this now (exactly, until the next writer commits).
    if (written.head) this.heads.learnCommitted(workspaceId, written.head);
    return result;
  }

  private pushTx(c: pg.PoolClient, workspaceId: string, written: { head: number }): PushTx {
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
        // The announcement rides on the same statement; PostgreSQL sends it only if this commits.
        const { rows } = await c.query<{ seq: string }>(
          `UPDATE workspaces SET seq = seq + $1 WHERE id = $2
           RETURNING seq, pg_notify('${HEAD_CHANNEL}', id || ':' || seq)`,
          [records.length, workspaceId],
        );
        written.head = Number(rows[0]?.seq);
        const first = written.head - records.length + 1;
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

  async pull(
    workspaceId: string,
    afterSeq: number,
    limit: number,
    maxBytes = PULL_PAGE_BYTES,
  ): Promise<PullPage | null> {
    // Up to date by the remembered head: nothing to send, no round trip. Only equality answers
    // here, the same cursor comes back, and the head is never stale-high (see `HeadCache`).
    // The caller passed the access check, so the workspace exists and is the caller's.
    if (this.heads.get(workspaceId) === afterSeq) {
      this.renewHead(workspaceId);
      return { head: afterSeq, rows: [], hasMore: false };
    }
    const read = this.heads.beginRead();
    // Head and page in one round trip; an unknown workspace gives no row, an empty page one row of
    // nulls. The page is cut by `pageLength`'s rule in SQL (running stored size; octet_length
    // needs no detoasting), and rows past the cut come back without their fields, only to count.
    const { rows } = await this.pool.query<{ head: string; taken: boolean | null } & Partial<RecordRow>>(
      `SELECT w.seq AS head, r.tbl, r.id, CASE WHEN r.taken THEN r.fields END AS fields, r.deleted_hlc, r.seq,
              r.taken
       FROM workspaces w
       LEFT JOIN LATERAL (SELECT tbl, id, fields, deleted_hlc, seq,
           (ROW_NUMBER() OVER (ORDER BY seq) = 1
             OR SUM(octet_length(fields)) OVER (ORDER BY seq) <= $4) AS taken
         FROM (SELECT tbl, id, fields, deleted_hlc, seq FROM records
           WHERE workspace_id = w.id AND seq > $2 ORDER BY seq LIMIT $3) l) r ON true
       WHERE w.id = $1 ORDER BY r.seq`,
      [workspaceId, afterSeq, limit + 1, maxBytes],
    );
    const first = rows[0];
    if (!first) return null;
    this.heads.learnRead(workspaceId, Number(first.head), read);
    const found = rows.filter((r): r is { head: string; taken: boolean } & RecordRow => r.seq != null);
    const page = found.filter((r) => r.taken).slice(0, limit);
    return {
      head: Number(first.head),
      hasMore: found.length > page.length,
      rows: page.map((r) => ({
        table: r.tbl as SyncedTable, // only allow-listed tables are ever written
        id: r.id,
        fields: r.fields,
        deletedHlc: r.deleted_hlc,
        seq: Number(r.seq),
      })),
    };
  }

  /** Re-reads a remembered head past half its life, in the background (see `startRenewal`). */
  private renewHead(workspaceId: string): void {
    const read = this.heads.startRenewal(workspaceId);
    if (!read) return;
    this.pool.query<{ seq: string }>('SELECT seq FROM workspaces WHERE id = $1', [workspaceId]).then(
      ({ rows }) => this.heads.endRenewal(workspaceId, rows[0] ? Number(rows[0].seq) : null, read),
      () => this.heads.endRenewal(workspaceId, null, read),
    );
  }

  async pruneTextVersions(before: number): Promise<number> {
    const { rowCount } = await this.pool.query('DELETE FROM text_versions WHERE created_at < $1', [before]);
    return rowCount ?? 0;
  }

  async close(): Promise<void> {
    await this.listener.close();
    await this.pool.end();
  }
}
