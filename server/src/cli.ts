/**
 * `npm run server -- create-workspace <name>` and `… add-member <workspaceId> <name>`:
 * the admin calls without HTTP, printing the same JSON the API answers.
 */
import { addMember, parseNameBody } from './routes/admin';
import type { Storage } from './storage/storage';

export const CLI_COMMANDS = ['create-workspace', 'add-member'] as const;

export function isCliCommand(arg: string | undefined): boolean {
  return (CLI_COMMANDS as readonly (string | undefined)[]).includes(arg);
}

/** Runs one command; returns the JSON to print or throws with a usage message. */
export async function runCli(storage: Storage, args: readonly string[]): Promise<unknown> {
  const [command, ...rest] = args;
  if (command === 'create-workspace' && rest.length === 1) {
    return storage.createWorkspace(parseNameBody({ name: rest[0] }));
  }
  if (command === 'add-member' && rest.length === 2) {
    const [workspaceId = '', name] = rest;
    const added = await addMember(storage, workspaceId, parseNameBody({ name }));
    if (!added) throw new Error(`No workspace ${workspaceId}`);
    return added;
  }
  throw new Error('Usage: create-workspace <name> | add-member <workspaceId> <name>');
}
