/**
 * The one rule for field names, used by client and server alike (docs/sync-protocol.md): the
 * server stores any name matching the pattern, so a client must accept every such name —
 * `constructor` and `prototype` included. Code that looks a field up must therefore use own
 * properties only (`Object.hasOwn`, `Object.entries`), never `in` or a bare index on `{}`.
 */
import { RECORD_ENVELOPE_KEYS } from './types';

export const FIELD_NAME_PATTERN = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

/** Whether the contract allows `name` as a field name. */
export function isFieldName(name: unknown): name is string {
  return typeof name === 'string' && FIELD_NAME_PATTERN.test(name);
}

/**
 * Whether a record can hold `name` as a field: allowed by the contract and not one of the
 * envelope keys a local record keeps beside its fields (`id`, `hlc`, `deleted` …). A pulled
 * field with an envelope name is valid on the wire but cannot be stored flat; it is held back.
 */
export function isStorableFieldName(name: string): boolean {
  return isFieldName(name) && !RECORD_ENVELOPE_KEYS.has(name);
}
