/** The bad-file corpus: each file is refused with a reason, and the database is exactly as before. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BackupError, type BackupProblemCode } from '../../../common/export/backupFormat';
import { CURRENT_SCHEMA_VERSION, createBackup, restoreBackup } from './backup';
import { seededDb, snapshot } from './backup.testkit';
import type { KyosoDb } from './db';

let db: KyosoDb;
let good: string;
let before: Record<string, unknown[]>;

beforeAll(async () => {
  ({ db } = await seededDb(`bad-files-${crypto.randomUUID()}`));
  good = await (await createBackup(db, { appVersion: '0.1.0' })).text();
  before = await snapshot(db);
});
afterAll(async () => {
  await db.delete();
});

const lines = () => good.split('\n');
/** The good backup with one line replaced. */
function withLine(find: (line: string) => boolean, edit: (line: string) => string): string {
  const all = lines();
  const i = all.findIndex(find);
  if (i < 0) throw new Error('line not found');
  all[i] = edit(all[i]!);
  return all.join('\n');
}
const firstRowOf = (table: string) => {
  const all = lines();
  return all[all.indexOf(all.find((l) => l.endsWith(`"${table}":[`))!) + 1]!;
};
/** The first record of `table` with one field changed, as a replacement line. */
function recordWith(table: string, patch: Record<string, unknown>, remove: string[] = []): string {
  const row = firstRowOf(table);
  return withLine(
    (l) => l === row,
    (l) => {
      const rec = { ...(JSON.parse(l) as Record<string, unknown>), ...patch };
      return JSON.stringify(Object.fromEntries(Object.entries(rec).filter(([k]) => !remove.includes(k))));
    },
  );
}
const header = (patch: Record<string, unknown>) =>
  withLine(
    (l) => l.startsWith('{"format"'),
    (l) => {
      const h = JSON.parse(`${l.slice(0, -',"tables":{'.length)}}`) as Record<string, unknown>;
      return `${JSON.stringify({ ...h, ...patch }).slice(0, -1)},"tables":{`;
    },
  );

/** Pseudo-random text: 64 KB of noise repeated up to `size` characters. */
const junk = (size: number) => {
  let block = '';
  const alphabet = 'あいうえお漢字abc{}[]",:0123456789 \n';
  let x = 12345;
  while (block.length < 65536) {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    block += alphabet[x % alphabet.length];
  }
  return block.repeat(Math.ceil(size / block.length)).slice(0, size);
};

const corpus: [string, () => BlobPart, BackupProblemCode][] = [
  ['an empty file', () => '', 'empty'],
  ['a file of blanks', () => '  \n\n ', 'empty'],
  ['truncated in the middle of a record', () => good.slice(0, Math.floor(good.length * 0.6)), 'truncated'],
  ['truncated before its last line', () => good.slice(0, good.lastIndexOf('}}')), 'truncated'],
  ['wrong JSON', () => '{"format":"kyoso-backup","version":1,', 'notJson'],
  [
    'a garbled record line',
    () =>
      withLine(
        (l) => l === firstRowOf('briefs'),
        (l) => l.slice(0, 20),
      ),
    'notJson',
  ],
  [
    'valid JSON of another app',
    () => JSON.stringify({ name: 'other-app', version: '1.0', items: [] }),
    'foreign',
  ],
  [
    'a Dexie export of some database',
    () => JSON.stringify({ formatName: 'dexie', formatVersion: 1, data: {} }),
    'foreign',
  ],
  ['a JSON array', () => '[1,2,3]', 'foreign'],
  [
    'a backup from a future schema',
    () => header({ schemaVersion: CURRENT_SCHEMA_VERSION + 1 }),
    'newerSchema',
  ],
  ['a backup in a future file format', () => header({ version: 2 }), 'newerFormat'],
  ['a title that is a number', () => recordWith('issues', { title: 42 }), 'invalidRecord'],
  ['an unknown status', () => recordWith('issues', { status: 'archived' }), 'invalidRecord'],
  ['a deleted flag that is a string', () => recordWith('briefs', { deleted: 'no' }), 'invalidRecord'],
  [
    'a field stamp that is not an HLC',
    () => recordWith('notes', { hlc: { body: 'yesterday' } }),
    'invalidRecord',
  ],
  ['dots counted as text', () => recordWith('votes', { dots: '3' }), 'invalidRecord'],
  ['a body that is a list', () => recordWith('briefs', { body: ['本文'] }), 'invalidRecord'],
  [
    'a clock that is not an HLC',
    () =>
      withLine(
        (l) => l.includes('"key":"lastHlc"'),
        (l) => l.replace(/"value":"[^"]*"/, '"value":"garbage"'),
      ),
    'invalidRecord',
  ],
  ['a record without an id', () => recordWith('issues', {}, ['id']), 'invalidRecord'],
  ['an outbox entry with a bad op', () => recordWith('outbox', { ops: [{ op: 'drop' }] }), 'invalidRecord'],
  ['row counts that do not match', () => header({ counts: { issues: 99 } }), 'countMismatch'],
  ['a 10 MB junk string', () => junk(10 * 1024 * 1024), 'notJson'],
  ['10 MB of junk after a "{"', () => `{${junk(10 * 1024 * 1024)}`, 'notJson'],
  ['bytes that are not UTF-8', () => new Uint8Array([0x7b, 0xff, 0xfe, 0x0a, 0x00]), 'notJson'],
];

describe('a bad backup file is refused and nothing changes', () => {
  it.each(corpus)('%s', async (_label, make, code) => {
    const error = await restoreBackup(db, new Blob([make()])).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BackupError);
    expect((error as BackupError).problem.code).toBe(code);
    expect(await snapshot(db)).toEqual(before);
  });

  it('names the table, row and field of a bad record', async () => {
    const error = (await restoreBackup(db, new Blob([recordWith('votes', { dots: '3' })])).catch(
      (e) => e,
    )) as BackupError;
    expect(error.problem).toMatchObject({ table: 'votes', index: 0, field: 'dots' });
  });

  it('still accepts the untouched file (the corpus is bad for the stated reason only)', async () => {
    await expect(restoreBackup(db, new Blob([good]))).resolves.toBeTruthy();
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('a record that lacks fields', () => {
  it('restores with the fallbacks of the record schema (a tombstone pulled without fields)', async () => {
    const file = recordWith(
      'briefs',
      { deleted: 1, deletedHlc: '2026-11-27T10:00:00.000Z-0000-0123456789abcdef' },
      ['body', 'title', 'issueId'],
    );
    const target = (await seededDb(`lacking-${crypto.randomUUID()}`)).db;
    try {
      await restoreBackup(target, new Blob([file]));
      const id = (JSON.parse(firstRowOf('briefs')) as { id: string }).id;
      const row = await target.records('briefs').get(id);
      expect(row).toMatchObject({ body: '', title: '', issueId: '', deleted: 1 });
      // …and the device's next backup restores too.
      const again = await (await createBackup(target, { appVersion: '0.1.0' })).text();
      await expect(restoreBackup(target, new Blob([again]))).resolves.toBeDefined();
    } finally {
      await target.delete();
    }
  });
});

describe('what a restore never takes from a file', () => {
  const FUTURE = '2099-01-01T00:00:00.000Z-0000-0123456789abcdef';
  const STRANGER = '0190a000-0000-7000-8000-0000000000ff';

  it('sync settings, queued changes of records the file lacks, and clocks from the future', async () => {
    const all = lines();
    const at = (suffix: string) => all.findIndex((l) => l.endsWith(suffix));
    const issueRow = JSON.parse(firstRowOf('issues')) as { id: string; workspaceId: string };
    const entry = (id: string, hlc: string) =>
      JSON.stringify({
        workspaceId: issueRow.workspaceId,
        table: 'issues',
        id,
        ops: [{ op: 'set', table: 'issues', id, field: 'title', value: 'x', hlc }],
        createdAt: '2026-11-20T01:00:00.000Z',
      });
    // Insert rows after each table's first row (rows after the first are comma-led).
    all.splice(at('"outbox":[') + 2, 0, `,${entry(STRANGER, FUTURE)}`, `,${entry(issueRow.id, FUTURE)}`);
    all.splice(
      at('"settings":[') + 2,
      0,
      `,${JSON.stringify({ key: 'sync.config', value: { serverUrl: 'http://attacker.example', workspaceId: 'w' } })}`,
    );
    const text = all
      .join('\n')
      .replace(/"outbox":(\d+)/, (_, n: string) => `"outbox":${Number(n) + 2}`)
      .replace(/"settings":(\d+)/, (_, n: string) => `"settings":${Number(n) + 1}`);
    const target = (await seededDb(`never-${crypto.randomUUID()}`, 1)).db;
    try {
      await restoreBackup(target, new Blob([text]));
      expect(await target.settings.get('sync.config')).toBeUndefined();
      const queued = (await target.outbox.toArray()).flatMap((e) => e.ops);
      expect(queued.some((op) => op.id === STRANGER)).toBe(false);
      const mine = queued.filter((op) => op.id === issueRow.id && op.op === 'set' && op.field === 'title');
      expect(mine.length).toBeGreaterThan(0);
      for (const op of mine)
        expect(Date.parse(op.hlc.slice(0, 24))).toBeLessThanOrEqual(Date.now() + 5 * 60_000);
    } finally {
      await target.delete();
    }
  });
});
