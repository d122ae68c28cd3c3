import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fieldProblem } from '../../records/schema';
import { isStorableFieldName } from '../../records/fieldNames';
import { isReadableHlc } from '../hlc';
import { decodeChanges, pullEnvelopeProblem } from './decodePage';

const HLC = '2026-01-01T00:00:00.000Z-0000-0123456789abcdef';
const ID = '0190a000-0000-7000-8000-0000000000aa';
const good = {
  table: 'issues',
  id: ID,
  fields: { title: { value: 't', hlc: HLC } },
  deleted: false,
  deletedHlc: null,
};

describe('decodeChanges', () => {
  it('passes well-formed changes through', () => {
    expect(decodeChanges([good])).toEqual({ changes: [good], unapplied: [] });
  });

  it('applies a field whose HLC an older server stored in a lenient form (2026-02-30: V8 reads March 2)', () => {
    const lenient = '2026-02-30T10:00:00.000Z-0000-0123456789abcdef';
    const old = {
      ...good,
      fields: { title: { value: 't', hlc: lenient } },
      deleted: true,
      deletedHlc: lenient,
    };
    expect(decodeChanges([old])).toEqual({ changes: [old], unapplied: [] });
  });

  it('keeps a bad field apart and applies the rest of its change', () => {
    const bad = { ...good, fields: { title: { value: 1, hlc: HLC }, budget: { value: '1億円', hlc: HLC } } };
    const { changes, unapplied } = decodeChanges([bad]);
    expect(changes[0]!.fields).toEqual({ budget: { value: '1億円', hlc: HLC } });
    expect(unapplied).toEqual([
      {
        raw: { ...bad, fields: { title: { value: 1, hlc: HLC } } },
        table: 'issues',
        id: ID,
        field: 'title',
        reason: expect.stringContaining('expected string'),
      },
    ]);
  });

  it('accepts every contract field name, prototype-ish ones included', () => {
    const names = {
      ...good,
      fields: { constructor: { value: 1, hlc: HLC }, prototype: { value: [], hlc: HLC } },
    };
    const { changes, unapplied } = decodeChanges([names]);
    expect(unapplied).toEqual([]);
    expect(Object.keys(changes[0]!.fields).sort()).toEqual(['constructor', 'prototype']);
  });

  it('tells a pull answer from something else', () => {
    expect(pullEnvelopeProblem({ changes: [], cursor: 'c', hasMore: false })).toBeNull();
    expect(pullEnvelopeProblem('<html>502</html>')).not.toBeNull();
  });

  it('never throws, and everything it lets through is storable and well-typed (property)', () => {
    const anyChange = fc.oneof(
      fc.anything(),
      fc.record({
        table: fc.oneof(fc.constantFrom('issues', 'notes', 'meta', 'payments'), fc.anything()),
        id: fc.oneof(fc.constant(ID), fc.string()),
        fields: fc.oneof(
          fc.dictionary(
            fc.oneof(fc.constantFrom('title', 'body', 'hlc', 'constructor', 'x y', '__proto__'), fc.string()),
            fc.oneof(
              fc.record({ value: fc.jsonValue(), hlc: fc.oneof(fc.constant(HLC), fc.string()) }),
              fc.anything(),
            ),
          ),
          fc.anything(),
        ),
        deleted: fc.oneof(fc.boolean(), fc.anything()),
        deletedHlc: fc.oneof(fc.constant(null), fc.constant(HLC), fc.string()),
      }),
    );
    fc.assert(
      fc.property(fc.array(anyChange, { maxLength: 5 }), (raw) => {
        const { changes, unapplied } = decodeChanges(raw);
        expect(changes.length + unapplied.filter((u) => u.field === null).length).toBe(raw.length);
        for (const c of changes) {
          for (const [field, state] of Object.entries(c.fields)) {
            expect(isStorableFieldName(field)).toBe(true);
            expect(isReadableHlc(state.hlc)).toBe(true);
            expect(fieldProblem(c.table, field, state.value)).toBeNull();
          }
        }
      }),
    );
  });
});
