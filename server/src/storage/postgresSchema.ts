/** PostgreSQL migrations, applied in order once each (see `migrations` table). */
export const POSTGRES_MIGRATIONS: readonly string[] = [
  `CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
   CREATE TABLE workspaces (id TEXT PRIMARY KEY, name TEXT NOT NULL, seq BIGINT NOT NULL DEFAULT 0,
     created_at TIMESTAMPTZ NOT NULL DEFAULT now());
   CREATE TABLE members (id TEXT PRIMARY KEY, workspace_id TEXT NOT NULL REFERENCES workspaces(id),
     name TEXT NOT NULL, token_hash TEXT NOT NULL UNIQUE, created_at TIMESTAMPTZ NOT NULL DEFAULT now());
   CREATE TABLE clients (client_id TEXT PRIMARY KEY, member_id TEXT NOT NULL REFERENCES members(id),
     last_mutation_id BIGINT NOT NULL DEFAULT 0);
   CREATE TABLE records (workspace_id TEXT NOT NULL REFERENCES workspaces(id), tbl TEXT NOT NULL,
     id TEXT NOT NULL, fields TEXT NOT NULL, deleted_hlc TEXT, seq BIGINT NOT NULL,
     PRIMARY KEY (workspace_id, tbl, id));
   CREATE UNIQUE INDEX records_by_seq ON records (workspace_id, seq);
   CREATE TABLE text_versions (workspace_id TEXT NOT NULL, tbl TEXT NOT NULL, id TEXT NOT NULL,
     field TEXT NOT NULL, hlc TEXT NOT NULL, text TEXT NOT NULL, created_at BIGINT NOT NULL,
     PRIMARY KEY (workspace_id, tbl, id, field, hlc));
   CREATE INDEX text_versions_by_age ON text_versions (created_at);`,
  // Members can be removed (their token revoked); the row stays for the records' history.
  `ALTER TABLE members ADD COLUMN removed_at TIMESTAMPTZ;`,
];
