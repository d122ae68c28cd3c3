/**
 * The layering rules must bite: an import that points outward is a lint error, one that points
 * inward is not. Lints source text as if it lived at the given path, with the project's config.
 */
import { ESLint } from 'eslint';
import { describe, expect, it, vi } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

// Loading the config and typescript-eslint takes seconds on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

async function importErrors(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

const probe = (spec: string) => `import type { X } from '${spec}';\nexport type Y = X;\n`;

describe('renderer layering', () => {
  it.each([
    ['renderer/src/data/probe.ts', '../ui/SaveIndicator'],
    ['renderer/src/platform/probe.ts', '../data'],
    ['renderer/src/data/probe.ts', '../sync/engine'],
    ['renderer/src/platform/probe.ts', '../data/db'],
    ['renderer/src/sync/probe.ts', '../services/services'],
    ['renderer/src/services/probe.ts', '../features/briefs'],
    ['renderer/src/ui/probe.ts', '../features/briefs'],
    ['renderer/src/features/briefs/probe.ts', '../../app/App'],
    ['renderer/src/features/briefs/sub/probe.ts', '../../../app/startup'],
    ['renderer/src/navigation/probe.ts', '../ui/PageHeader'],
    ['renderer/src/i18n/probe.ts', '../data/db'],
  ])('%s may not import %s', async (file, spec) => {
    expect(await importErrors(file, probe(spec))).not.toEqual([]);
  });

  it.each([
    ['renderer/src/sync/probe.ts', '../data/db'],
    ['renderer/src/sync/probe.ts', '../platform'],
    ['renderer/src/services/probe.ts', '../sync/engine'],
    ['renderer/src/ui/probe.ts', '../data/useAutosave'],
    ['renderer/src/features/briefs/probe.ts', '../../services/services'],
    ['renderer/src/app/probe.ts', '../features/briefs'],
  ])('%s may import %s', async (file, spec) => {
    expect(await importErrors(file, probe(spec))).toEqual([]);
  });
});

describe('layers across processes', () => {
  it.each([
    ['common/sync/probe.ts', '../../renderer/src/data/db'],
    ['common/sync/probe.ts', 'dexie'],
    ['renderer/src/data/probe.ts', '../../../server/src/app'],
    ['renderer/src/data/probe.ts', 'node:fs'],
    ['server/src/probe.ts', '../../renderer/src/data/db'],
    ['electron/main/probe.ts', '../../renderer/src/data/db'],
  ])('%s may not import %s', async (file, spec) => {
    expect(await importErrors(file, probe(spec))).not.toEqual([]);
  });
});
