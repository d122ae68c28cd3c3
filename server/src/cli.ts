/**
 * `npm run server -- <command> …`: the admin calls without HTTP, printing the same JSON the API
 * answers. A member change made here reaches running servers within their 10 s token cache
 * (`MemberCache`): this process cannot clear theirs.
 */
import { addMember, parseNameBody, rotateToken } from './routes/admin';
import type { Storage } from './storage/storage';

export const CLI_COMMANDS = ['create-workspace', 'add-member', 'remove-member', 'rotate-token'] as const;

const USAGE = [
  'create-workspace <name>',
  'add-member <workspaceId> <name>',
  'remove-member <workspaceId> <memberId>',
  'rotate-token <workspaceId> <memberId>',
].join(' | ');

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
  if ((command === 'remove-member' || command === 'rotate-token') && rest.length === 2) {
    const [workspaceId = '', memberId = ''] = rest;
    const noMember = () =>
      new Error(`No member ${memberId} in workspace ${workspaceId} (or already removed)`);
    if (command === 'rotate-token') {
      const rotated = await rotateToken(storage, workspaceId, memberId);
      if (!rotated) throw noMember();
      return rotated;
    }
    if (!(await storage.removeMember(workspaceId, memberId))) throw noMember();
    return { removed: memberId };
  }
  throw new Error(`Usage: ${USAGE}`);
}
