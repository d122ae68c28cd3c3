/**
 * The keys of the local database's `meta` and `settings` rows, in one typed place, with the rule
 * each meta value must follow (a restore validates a file's meta rows with it: a `lastHlc` of
 * "garbage" would otherwise make the app fail at every start).
 */
import { isHlc } from '../sync/hlc';

export const META = {
  /** This install's HLC node id (16 hex digits); never leaves the install. */
  nodeId: 'nodeId',
  /** The newest HLC this install made or saw. */
  lastHlc: 'lastHlc',
  /** The local workspace shown on this device. */
  workspaceId: 'workspaceId',
  /** Set by a restore: the next first sync uploads every field of restored records. */
  unqueuedRecords: 'unqueuedRecords',
  /** The highest change-feed sequence pruned (renderer data/changeFeed.ts). */
  changeFeedFloor: 'changeFeedFloor',
} as const;

/** `boundTo:<local workspace>` → the server workspace it syncs with (workspaceBinding.ts). */
export const BOUND_TO_PREFIX = 'boundTo:';

export const SETTINGS = {
  /** The sync configuration (server URL, workspace). */
  syncConfig: 'sync.config',
} as const;

/** Settings rows under this prefix are secrets (web mode's token): never backed up or restored. */
export const SECRET_SETTING_PREFIX = 'secret:';
/** The secret name of the member token. */
export const TOKEN_SECRET = 'sync.token';

const WORKSPACE_ID = /^[A-Za-z0-9._:-]{1,200}$/;
const isPositiveInteger = (v: string) => /^\d{1,15}$/.test(v);

/** Why `value` cannot be stored under meta `key`, or null when it can. Unknown keys are refused. */
export function metaValueProblem(key: string, value: unknown): string | null {
  if (typeof value !== 'string') return 'not a string';
  if (key.startsWith(BOUND_TO_PREFIX)) {
    return WORKSPACE_ID.test(key.slice(BOUND_TO_PREFIX.length)) && WORKSPACE_ID.test(value)
      ? null
      : 'not a workspace id';
  }
  switch (key) {
    case META.nodeId:
      return /^[0-9a-f]{16}$/.test(value) ? null : 'not a node id';
    case META.lastHlc:
      return isHlc(value) ? null : 'not an HLC';
    case META.workspaceId:
      return WORKSPACE_ID.test(value) ? null : 'not a workspace id';
    case META.unqueuedRecords:
      return value === 'true' ? null : 'not "true"';
    case META.changeFeedFloor:
      return isPositiveInteger(value) ? null : 'not a sequence number';
    default:
      return 'unknown key';
  }
}
