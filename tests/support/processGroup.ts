/**
 * Child processes that lead their own process group, stopped as a whole. A test server started
 * through a launcher (`npx`, `npm run`, a shell) runs as a grandchild; signalling only the child
 * leaves the grandchild running after the test run. Signalling the group (`kill(-pgid)`) reaches
 * every process in it, and the group's emptiness is what proves nothing was left behind.
 */
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';

/** Groups started here and not yet stopped: killed if this process exits without stopping them. */
const running = new Set<number>();
process.once('exit', () => {
  for (const pgid of running) signalGroup(pgid, 'SIGKILL');
});

/** Whether any process of group `pgid` exists (signal 0 only checks). */
export function groupAlive(pgid: number): boolean {
  return signalGroup(pgid, 0);
}

function signalGroup(pgid: number, signal: NodeJS.Signals | 0): boolean {
  try {
    process.kill(-pgid, signal);
    return true;
  } catch {
    return false; // ESRCH: no process left in the group
  }
}

/** `spawn`, as the leader of a new process group (its pid is the group id). */
export function spawnGroup(command: string, args: readonly string[], options: SpawnOptions): ChildProcess {
  const child = spawn(command, args, { ...options, detached: true });
  if (child.pid === undefined) throw new Error(`could not start ${command}`);
  running.add(child.pid);
  return child;
}

/**
 * Stops the whole group: SIGTERM (the server drains and exits 0), then SIGKILL for whatever is
 * still there after `graceMs`; resolves once no process of the group is left.
 */
export async function stopGroup(child: ChildProcess, graceMs = 15_000): Promise<void> {
  const pgid = child.pid;
  if (pgid === undefined) return;
  signalGroup(pgid, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (groupAlive(pgid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  if (groupAlive(pgid)) signalGroup(pgid, 'SIGKILL');
  while (groupAlive(pgid)) await new Promise((r) => setTimeout(r, 20));
  running.delete(pgid);
}
