import { readFile, rename, writeFile } from 'node:fs/promises';
import type { SecretFs } from './secrets';

/** The real file operations behind the secret store. */
export const nodeSecretFs: SecretFs = {
  async readText(filePath) {
    try {
      return await readFile(filePath, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  },
  async writeTextAtomic(filePath, text) {
    // Write beside, then rename: a crash mid-write never leaves a half file.
    const temp = `${filePath}.${process.pid}.tmp`;
    await writeFile(temp, text, { encoding: 'utf8', mode: 0o600 });
    await rename(temp, filePath);
  },
};
