import { describe, expect, it } from 'vitest';
import { conflictedFields } from './conflictedFields';

const conflict = (ofTable: string, ofId: string, field: string, resolved = false) => ({
  ofTable,
  ofId,
  field,
  resolved,
});

describe('conflictedFields', () => {
  it("lists the issue's and its brief's unresolved conflicts, one per field", () => {
    const fields = conflictedFields(
      [
        conflict('issues', 'i1', 'rawText'),
        conflict('issues', 'i1', 'rawText'),
        conflict('briefs', 'b1', 'body'),
        conflict('issues', 'i1', 'budget', true),
        conflict('issues', 'i2', 'offer'),
        conflict('notes', 'i1', 'body'),
        conflict('briefs', 'b2', 'body'),
      ],
      'i1',
      'b1',
    );
    expect(fields).toEqual([
      { table: 'issues', field: 'rawText' },
      { table: 'briefs', field: 'body' },
    ]);
  });

  it('ignores brief conflicts while the issue has no brief', () => {
    expect(conflictedFields([conflict('briefs', 'b1', 'body')], 'i1', null)).toEqual([]);
  });
});
