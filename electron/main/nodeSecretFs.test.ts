import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodeSecretFs } from './nodeSecretFs';

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'kyoso-secrets-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('nodeSecretFs', () => {
  it('reads null for a missing file', async () => {
    await expect(nodeSecretFs.readText(path.join(dir, 'secrets.json'))).resolves.toBeNull();
  });

  it('replaces the file atomically, owner-only, leaving no temp file', async () => {
    const file = path.join(dir, 'secrets.json');
    await nodeSecretFs.writeTextAtomic(file, '{"a":1}');
    await nodeSecretFs.writeTextAtomic(file, '{"a":2}');
    await expect(nodeSecretFs.readText(file)).resolves.toBe('{"a":2}');
    expect(await readdir(dir)).toEqual(['secrets.json']);
    if (process.platform !== 'win32') expect((await stat(file)).mode & 0o777).toBe(0o600);
  });

  it('surfaces errors other than a missing file', async () => {
    await expect(nodeSecretFs.readText(dir)).rejects.toThrow(); // a directory: EISDIR
  });
});
