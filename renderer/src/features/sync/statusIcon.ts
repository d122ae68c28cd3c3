import type { SyncStatus } from '../../sync';

const ICON: Record<SyncStatus['phase'], string> = {
  notConfigured: '○',
  idle: '○',
  offline: '⊘',
  syncing: '⟳',
  upToDate: '✓',
  error: '⚠',
};

/**
 * The header's sync icon. Up to date with conflicts still open is no all-clear: a ✓ beside
 * 「未解決の競合 1 件」 told the user two things at once (seen in the two-device walk).
 */
export function statusIcon(phase: SyncStatus['phase'], openConflicts: number): string {
  if (phase === 'upToDate' && openConflicts > 0) return '⚠';
  return ICON[phase];
}
