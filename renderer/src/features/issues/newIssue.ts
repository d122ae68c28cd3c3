import type { IssueFields } from '../../../../common/records/types';

/** A new issue with every structured field present, so each gets its own HLC from the start. */
export function newIssueFields(title: string): IssueFields {
  return {
    title,
    status: 'draft',
    department: '',
    municipalityCode: '',
    municipalityName: '',
    rawText: '',
    affected: '',
    evidence: '',
    offer: '',
    constraints: '',
    budget: '',
    schedule: '',
    contact: '',
    successMeasure: '',
  };
}
