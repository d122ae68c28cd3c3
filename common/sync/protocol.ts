/**
 * Sync protocol 1 (docs/sync-protocol.md): the wire types shared by the desktop client and `server/`, the
 * limits both sides agree on, and a pure validator for push bodies. Pure TypeScript so the
 * client engine can import it too.
 */
import { isHlc, isReadableHlc, type Hlc } from './hlc';
import { isFieldName } from '../records/fieldNames';
import { isSyncedTable, type SyncedTable } from '../records/tables';
import { isUuid } from '../records/ids';

/** The protocol this build speaks. */
export const PROTOCOL_VERSION = 1;
/** Lowest protocol the server accepts; below it answers 426. */
export const MIN_PROTOCOL = 1;
/** Highest protocol the server accepts; above it answers 400 `unsupported_protocol`. */
export const MAX_PROTOCOL = 1;

/** Ops in one push, summed over its mutations; more answers 400 `too_many_ops`. */
export const MAX_OPS_PER_PUSH = 20000;
/** Mutations in one push (each may hold zero ops, so they are bounded separately). */
export const MAX_MUTATIONS_PER_PUSH = 5000;
/** Longest text value (a note, an issue's raw text) the apps accept in one field. */
export const MAX_TEXT_VALUE_CHARS = 1_000_000;
/** Request body limit: admits a `MAX_TEXT_VALUE_CHARS` text value even when every character is `\uXXXX`-escaped. */
export const MAX_BODY_BYTES = 16 * 1024 * 1024;
/** Largest and default page of a pull. */
export const MAX_PULL_LIMIT = 1000;
/** How far ahead of the server clock an op's HLC may be. */
export const MAX_CLOCK_SKEW_MS = 5 * 60 * 1000;
/** Nesting depth of a JSON value; deeper values are refused so a parser cannot be stack-bombed. */
export const MAX_VALUE_DEPTH = 64;
/** Text base versions are kept at least this long for three-way merges. */
export const TEXT_VERSION_RETENTION_DAYS = 90;

/** Any JSON value. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** Last-writer-wins write of one field: the greater HLC wins. */
export interface SetOp {
  op: 'set';
  table: SyncedTable;
  /** Lower-case UUID of the record (v7 preferred). */
  id: string;
  field: string;
  value: JsonValue;
  hlc: Hlc;
}

/** An edit of a long text field, merged line by line against `baseHlc`'s version when needed. */
export interface TextOp {
  op: 'text';
  table: SyncedTable;
  id: string;
  field: string;
  value: string;
  hlc: Hlc;
  /** HLC of the field value the edit started from; null when the client had no value. */
  baseHlc: Hlc | null;
}

/** A tombstone: the record stays deleted forever. */
export interface DeleteOp {
  op: 'delete';
  table: SyncedTable;
  id: string;
  hlc: Hlc;
}

export type Op = SetOp | TextOp | DeleteOp;

/** One client transaction; `mid`s are consecutive from 1 per `clientId`. */
export interface Mutation {
  mid: number;
  ops: Op[];
}

/** Body of `POST /v1/workspaces/{ws}/push`. */
export interface PushRequest {
  protocol: number;
  /** Lower-case UUID of the client install; owned by the first member who uses it. */
  clientId: string;
  mutations: Mutation[];
}

/** A mutation refused on a documented business rule; it changed nothing and was acknowledged. */
export interface RejectedMutation {
  mid: number;
  code: string;
}

/** A write that became a conflict record in table `conflicts`. */
export interface ConflictRef {
  table: SyncedTable;
  id: string;
  field: string;
  conflictId: string;
}

/** 200 answer to a push. */
export interface PushResponse {
  lastMutationId: number;
  rejected: RejectedMutation[];
  conflicts: ConflictRef[];
}

/** One field of a record with the HLC of its last write. */
export interface FieldState {
  value: JsonValue;
  hlc: Hlc;
}

/** A record's latest full state, as pulled. */
export interface Change {
  table: SyncedTable;
  id: string;
  fields: Record<string, FieldState>;
  deleted: boolean;
  deletedHlc: Hlc | null;
}

/** 200 answer to `GET /v1/workspaces/{ws}/pull`. */
export interface PullResponse {
  changes: Change[];
  /** Opaque; pass it back unchanged to continue after this page. */
  cursor: string;
  hasMore: boolean;
}

/** Every error code the server answers with. */
export type ErrorCode =
  | 'unauthorized' // 401
  | 'forbidden' // 403 (admin calls by a member)
  | 'client_taken' // 403 (clientId owned by another member)
  | 'not_found' // 404
  | 'mutation_gap' // 409
  | 'cursor_expired' // 410
  | 'too_large' // 413
  | 'unsupported_protocol' // 426 below the lowest, 400 above the highest
  | 'malformed' // 400
  | 'too_many_ops' // 400
  | 'clock_skew' // 400
  | 'rate_limited' // 429 (an addition: with `Retry-After`, see server/README.md)
  | 'internal'; // 500

/** The JSON body of every non-2xx answer. */
export type ErrorBody =
  | { error: { code: 'mutation_gap'; message: string; expected: number } }
  | { error: { code: 'clock_skew'; message: string; serverTime: string } }
  | { error: { code: Exclude<ErrorCode, 'mutation_gap' | 'clock_skew'>; message: string } };

/** Why a push body was refused, with the HTTP status to answer. */
export interface PushValidationError {
  status: 400 | 426;
  code: 'malformed' | 'too_many_ops' | 'unsupported_protocol';
  message: string;
}

export type PushValidation = { ok: true; request: PushRequest } | ({ ok: false } & PushValidationError);

/**
 * The one key refused inside values. `JSON.parse` makes `"__proto__"` an ordinary own property,
 * but any later plain assignment or `Object.assign`/deep-merge/copy of that object (on the server
 * or in a client) runs the `Object.prototype.__proto__` setter instead, replacing the copy's
 * prototype (prototype pollution), and structured clones and spreads handle it inconsistently.
 * `constructor` and `prototype` are ordinary keys everywhere: assigning them only creates own
 * properties, so they are stored and returned like any other (docs/sync-protocol.md §2.4: any
 * JSON value). Field names never need this check: the pattern refuses a leading `_`, and the
 * server keeps fields in a `Map` and pulls them into a null-prototype object.
 */
const FORBIDDEN_KEY = '__proto__';

class Invalid extends Error {
  constructor(
    readonly code: PushValidationError['code'],
    message: string,
    readonly status: 400 | 426 = 400,
  ) {
    super(message);
  }
}

type Plain = Record<string, unknown>;

function isPlainObject(v: unknown): v is Plain {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/** Require exactly `required` keys (plus `optional`), so unknown properties are refused, not dropped. */
function expectObject(v: unknown, where: string, required: readonly string[]): Plain {
  if (!isPlainObject(v)) throw new Invalid('malformed', `${where} must be an object`);
  for (const key of Object.keys(v)) {
    if (!required.includes(key)) throw new Invalid('malformed', `${where} has unknown property "${key}"`);
  }
  for (const key of required) {
    if (!Object.hasOwn(v, key)) throw new Invalid('malformed', `${where} is missing "${key}"`);
  }
  return v;
}

function expectHlc(v: unknown, where: string): Hlc {
  if (!isHlc(v)) throw new Invalid('malformed', `${where} must be an HLC`);
  return v;
}

/** A `baseHlc` names a stored version, which an older server may have stored in a lenient form. */
function expectBaseHlc(v: unknown, where: string): Hlc {
  if (!isReadableHlc(v)) throw new Invalid('malformed', `${where} must be an HLC`);
  return v;
}

function expectUuid(v: unknown, where: string): string {
  if (!isUuid(v)) throw new Invalid('malformed', `${where} must be a lower-case UUID`);
  return v;
}

/** Any JSON value within the depth limit, with finite numbers and no `__proto__` key. */
function expectJson(v: unknown, where: string, depth = 1): JsonValue {
  if (depth > MAX_VALUE_DEPTH)
    throw new Invalid('malformed', `${where} nests deeper than ${MAX_VALUE_DEPTH}`);
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new Invalid('malformed', `${where} must be a finite number`);
    return v;
  }
  if (Array.isArray(v)) {
    for (const item of v) expectJson(item, where, depth + 1);
    return v as JsonValue[];
  }
  if (isPlainObject(v)) {
    for (const key of Object.keys(v)) {
      if (key === FORBIDDEN_KEY) throw new Invalid('malformed', `${where} uses the reserved key "${key}"`);
      expectJson(v[key], where, depth + 1);
    }
    return v as { [key: string]: JsonValue };
  }
  throw new Invalid('malformed', `${where} is not a JSON value`);
}

const OP_KEYS = {
  set: ['op', 'table', 'id', 'field', 'value', 'hlc'],
  text: ['op', 'table', 'id', 'field', 'value', 'hlc', 'baseHlc'],
  delete: ['op', 'table', 'id', 'hlc'],
} as const;

function expectOp(raw: unknown, where: string): Op {
  const kind = isPlainObject(raw) ? raw.op : undefined;
  if (kind !== 'set' && kind !== 'text' && kind !== 'delete') {
    throw new Invalid('malformed', `${where}.op must be "set", "text" or "delete"`);
  }
  const o = expectObject(raw, where, OP_KEYS[kind]);
  if (!isSyncedTable(o.table)) throw new Invalid('malformed', `${where}.table is not a synced table`);
  const table = o.table;
  const id = expectUuid(o.id, `${where}.id`);
  const hlc = expectHlc(o.hlc, `${where}.hlc`);
  if (kind === 'delete') return { op: 'delete', table, id, hlc };
  const field = o.field;
  if (!isFieldName(field)) {
    throw new Invalid('malformed', `${where}.field is not a valid field name`);
  }
  if (kind === 'set')
    return { op: 'set', table, id, field, value: expectJson(o.value, `${where}.value`), hlc };
  if (typeof o.value !== 'string') throw new Invalid('malformed', `${where}.value must be a string`);
  const baseHlc = o.baseHlc === null ? null : expectBaseHlc(o.baseHlc, `${where}.baseHlc`);
  return { op: 'text', table, id, field, value: o.value, hlc, baseHlc };
}

function expectProtocol(v: unknown): number {
  if (typeof v !== 'number' || !Number.isSafeInteger(v)) {
    throw new Invalid('malformed', 'protocol must be an integer');
  }
  if (v < MIN_PROTOCOL) {
    throw new Invalid('unsupported_protocol', `protocol ${v} is too old; lowest is ${MIN_PROTOCOL}`, 426);
  }
  if (v > MAX_PROTOCOL) {
    throw new Invalid('unsupported_protocol', `protocol ${v} is not supported; highest is ${MAX_PROTOCOL}`);
  }
  return v;
}

function parsePush(body: unknown): PushRequest {
  // No protocol version has a push that is not an object. A JSON text sent as text/plain reaches
  // here as a string (Fastify's text parser), and "protocol must be an integer" would mislead.
  if (!isPlainObject(body)) {
    throw new Invalid('malformed', 'body must be a JSON object (Content-Type: application/json)');
  }
  // The protocol is judged first: an older client may send a shape this version no longer knows.
  const protocol = expectProtocol(body.protocol);
  const env = expectObject(body, 'push', ['protocol', 'clientId', 'mutations']);
  const clientId = expectUuid(env.clientId, 'clientId');
  if (!Array.isArray(env.mutations)) throw new Invalid('malformed', 'mutations must be an array');
  if (env.mutations.length > MAX_MUTATIONS_PER_PUSH) {
    throw new Invalid('too_many_ops', `at most ${MAX_MUTATIONS_PER_PUSH} mutations per push`);
  }
  // Count before validating so an oversized push is refused cheaply and with the right code.
  let opCount = 0;
  for (const m of env.mutations as unknown[]) {
    if (isPlainObject(m) && Array.isArray(m.ops)) opCount += m.ops.length;
  }
  if (opCount > MAX_OPS_PER_PUSH)
    throw new Invalid('too_many_ops', `at most ${MAX_OPS_PER_PUSH} ops per push`);

  const mutations = (env.mutations as unknown[]).map((raw, i): Mutation => {
    const where = `mutations[${i}]`;
    const m = expectObject(raw, where, ['mid', 'ops']);
    if (typeof m.mid !== 'number' || !Number.isSafeInteger(m.mid) || m.mid < 1) {
      throw new Invalid('malformed', `${where}.mid must be a positive integer`);
    }
    if (!Array.isArray(m.ops)) throw new Invalid('malformed', `${where}.ops must be an array`);
    return { mid: m.mid, ops: (m.ops as unknown[]).map((op, j) => expectOp(op, `${where}.ops[${j}]`)) };
  });
  return { protocol, clientId, mutations };
}

/**
 * Checks a parsed push body against protocol 1 without coercing, defaulting or dropping
 * anything: unknown properties, wrong types, unknown tables/ops, bad ids, HLCs or field names
 * are refused. Returns a fresh typed request (never the caller's objects for the envelope).
 */
export function validatePushRequest(body: unknown): PushValidation {
  try {
    return { ok: true, request: parsePush(body) };
  } catch (e) {
    if (e instanceof Invalid) return { ok: false, status: e.status, code: e.code, message: e.message };
    if (e instanceof RangeError) {
      // Deep recursion in a hostile body: refuse it like any other malformed input.
      return { ok: false, status: 400, code: 'malformed', message: 'push nests too deeply' };
    }
    throw e;
  }
}
