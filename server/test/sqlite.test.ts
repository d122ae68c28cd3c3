import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { SqliteStorage } from '../src/storage/sqlite';
import { describeContract } from './contract';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describeContract({
  name: 'SQLite',
  async open() {
    const dir = mkdtempSync(join(tmpdir(), 'kyoso-sqlite-'));
    dirs.push(dir);
    return SqliteStorage.open(dir);
  },
});
