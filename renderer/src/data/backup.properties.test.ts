/**
 * Properties of the backup reader over generated mutations of a valid file (fast-check), where
 * the hand-picked corpus (backup.badFiles.test.ts) cannot cover the space. Each mutation is judged
 * by an oracle that does not use the validator: a file that is no longer JSON, or a JSON file that
 * breaks what docs/backup and the record schema promise, must be refused — in the line layout
 * and as re-formatted JSON — and the database must not change.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BackupError } from '../../../common/export/backupFormat';
import { RECORD_FIELDS, type FieldSpec } from '../../../common/records/schema';
import { SYNCED_TABLES, type SyncedTable } from '../../../common/records/tables';
import { CURRENT_SCHEMA_VERSION, createBackup, readBackup, restoreBackup } from './backup';
import { seededDb, snapshot } from './backup.testkit';
import type { KyosoDb } from './db';

let db: KyosoDb;
let good: string;
let before: Record<string, unknown[]>;

beforeAll(async () => {
  ({ db } = await seededDb(`backup-properties-${crypto.randomUUID()}`));
  good = await (await createBackup(db, { appVersion: '0.1.0' })).text();
  before = await snapshot(db);
});
afterAll(async () => {
  await db.delete();
});

const refuses = async (text: string): Promise<boolean> => {
  const outcome = await readBackup(new Blob([text])).then(
    () => 'accepted',
    (error: unknown) => (error instanceof BackupError ? 'refused' : error),
  );
  if (outcome !== 'accepted' && outcome !== 'refused') throw outcome; // a crash is not a refusal
  return outcome === 'refused';
};

/** The oracle for byte-level damage: a backup is one JSON document (a leading BOM is tolerated). */
function isJson(text: string): boolean {
  try {
    JSON.parse(text.replace(/^\uFEFF/, ''));
    return true;
  } catch {
    return false;
  }
}

/** Characters that matter to JSON and to the line layout, plus arbitrary text. */
const piece = fc.oneof(
  fc.constantFrom('"', '\\', '{', '}', '[', ']', ',', ':', '\n', ' ', '0', '-', 'e', '.', 'a', 'あ'),
  fc.string({ unit: 'grapheme', maxLength: 4 }),
);

type Damage =
  | { kind: 'replace' | 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'truncate'; at: number };

const damage: fc.Arbitrary<Damage> = fc.oneof(
  fc.record({ kind: fc.constantFrom('replace' as const, 'insert' as const), at: fc.nat(), text: piece }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
);

function applyDamage(text: string, d: Damage): string {
  const at = d.at % text.length;
  switch (d.kind) {
    case 'replace':
      return text.slice(0, at) + d.text + text.slice(at + 1);
    case 'insert':
      return text.slice(0, at) + d.text + text.slice(at);
    case 'delete':
      return text.slice(0, at) + text.slice(at + d.length);
    case 'truncate':
      return text.slice(0, at);
  }
}

describe('damaged bytes', () => {
  it('a file that is no longer JSON is refused, never half-read', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(damage, { minLength: 1, maxLength: 3 }), async (damages) => {
        const text = damages.reduce(applyDamage, good);
        fc.pre(!isJson(text));
        expect(await refuses(text)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

// ---- Semantic damage: still JSON, but not a backup this app may restore ----

interface Parsed {
  header: Record<string, unknown>;
  tables: Record<string, Record<string, unknown>[]>;
}

const parseGood = (): Parsed => {
  const { tables, ...header } = JSON.parse(good) as { tables: Parsed['tables'] };
  return { header, tables };
};

/** The line layout the app writes (header line, a line per table and per row). */
function lineLayout({ header, tables }: Parsed): string {
  const out = [`${JSON.stringify(header).slice(0, -1)},"tables":{`];
  Object.entries(tables).forEach(([name, rows], t) => {
    out.push(`${t ? ',' : ''}${JSON.stringify(name)}:[`);
    rows.forEach((row, r) => out.push(`${r ? ',' : ''}${JSON.stringify(row)}`));
    out.push(']');
  });
  out.push('}}', '');
  return out.join('\n');
}

/** The same file as a person's JSON tool would re-save it (not the line layout). */
const reformatted = ({ header, tables }: Parsed) => JSON.stringify({ ...header, tables }, null, 2);

const notAString = fc.oneof(
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string(), { maxLength: 2 }),
);
const notANumber = fc.oneof(fc.string(), fc.boolean(), fc.constant(null), fc.constant([1]));
const notABoolean = fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.constant({}));

/** A value that breaks a field of a simple kind, decided from the kind alone. */
function wrongValueFor(spec: FieldSpec): fc.Arbitrary<unknown> | null {
  const kind = spec.kind;
  if (kind === 'string') return notAString;
  if (kind === 'number') return notANumber;
  if (kind === 'boolean') return notABoolean;
  if (typeof kind === 'object' && 'oneOf' in kind) {
    const allowed = kind.oneOf as readonly unknown[];
    return fc.oneof(fc.string(), fc.integer()).filter((v) => !allowed.includes(v));
  }
  return null; // lists, objects and free JSON: covered by their own hand-picked cases
}

const simpleFields = SYNCED_TABLES.flatMap((table) =>
  Object.entries(RECORD_FIELDS[table] as Record<string, FieldSpec>)
    .filter(([, spec]) => wrongValueFor(spec) !== null)
    .map(([field, spec]) => ({ table, field, spec })),
);

const ENVELOPE = ['id', 'workspaceId', 'createdAt', 'updatedAt', 'hlc', 'deleted'] as const;
const notAnHlc = fc.oneof(
  fc.string(),
  fc.constantFrom('2026-05-01T00:00:00.000Z', '2026-05-01T00:00:00.000Z-0000-XYZ', 'yesterday'),
);

type Breakage = (file: Parsed) => fc.Arbitrary<Parsed>;

const pickRow = (file: Parsed, table: SyncedTable, n: number) => {
  const rows = file.tables[table]!;
  return rows.length ? n % rows.length : -1;
};

const withRow = (file: Parsed, table: string, index: number, row: Record<string, unknown>): Parsed => ({
  header: file.header,
  tables: { ...file.tables, [table]: file.tables[table]!.map((r, i) => (i === index ? row : r)) },
});

const breakages: Record<string, Breakage> = {
  'a known field of the wrong type': (file) =>
    fc.tuple(fc.constantFrom(...simpleFields), fc.nat()).chain(([{ table, field, spec }, n]) =>
      wrongValueFor(spec)!.map((value) => {
        const i = pickRow(file, table, n);
        return withRow(file, table, i, { ...file.tables[table]![i], [field]: value });
      }),
    ),
  'a field stamp that is not an HLC': (file) =>
    fc.tuple(fc.constantFrom(...SYNCED_TABLES), fc.nat(), notAnHlc).map(([table, n, stamp]) => {
      const i = pickRow(file, table, n);
      const row = file.tables[table]![i]!;
      return withRow(file, table, i, { ...row, hlc: { ...(row.hlc as object), title: stamp } });
    }),
  'an envelope field missing': (file) =>
    fc
      .tuple(fc.constantFrom(...SYNCED_TABLES), fc.nat(), fc.constantFrom(...ENVELOPE))
      .map(([table, n, field]) => {
        const i = pickRow(file, table, n);
        const { [field]: _dropped, ...row } = file.tables[table]![i]!;
        return withRow(file, table, i, row);
      }),
  'a row count that does not match': (file) =>
    fc.tuple(fc.constantFrom(...SYNCED_TABLES), fc.integer({ min: 1, max: 5 })).map(([table, delta]) => ({
      header: {
        ...file.header,
        counts: { ...(file.header.counts as object), [table]: file.tables[table]!.length + delta },
      },
      tables: file.tables,
    })),
  'a foreign or newer header': (file) =>
    fc
      .oneof(
        fc
          .string()
          .filter((s) => s !== 'kyoso-backup')
          .map((format) => ({ format })),
        fc.integer({ min: 2 }).map((version) => ({ version })),
        fc
          .oneof(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), fc.integer({ max: 0 }))
          .map((version) => ({ version })),
        fc.integer({ min: CURRENT_SCHEMA_VERSION + 1 }).map((schemaVersion) => ({ schemaVersion })),
        fc
          .string()
          .filter((s) => Number.isNaN(Date.parse(s)))
          .map((exportedAt) => ({ exportedAt })),
      )
      .map((patch) => ({ header: { ...file.header, ...patch }, tables: file.tables })),
};

describe('semantic damage to a file that is still JSON', () => {
  it.each(Object.keys(breakages))(
    '%s is refused in the line layout and as re-formatted JSON',
    async (name) => {
      const file = parseGood();
      await fc.assert(
        fc.asyncProperty(breakages[name]!(file), async (broken) => {
          expect(await refuses(lineLayout(broken))).toBe(true);
          expect(await refuses(reformatted(broken))).toBe(true);
        }),
        { numRuns: 60 },
      );
    },
  );

  it('a refused file leaves the database exactly as it was', async () => {
    const file = parseGood();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...Object.values(breakages)).chain((b) => b(file)),
        async (broken) => {
          await expect(restoreBackup(db, new Blob([lineLayout(broken)]))).rejects.toBeInstanceOf(BackupError);
        },
      ),
      { numRuns: 25 },
    );
    expect(await snapshot(db)).toEqual(before);
  });

  it('the layouts themselves are readable: any text in a text field is accepted as it is', async () => {
    const file = parseGood();
    const row = file.tables.issues![0]!;
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 200 }), async (title) => {
        const edited = withRow(file, 'issues', 0, { ...row, title });
        for (const text of [lineLayout(edited), reformatted(edited)]) {
          const read = await readBackup(new Blob([text]));
          expect(read.tables.issues[0]!.title).toBe(title);
        }
      }),
      { numRuns: 60 },
    );
  });
});
