import type { IssueFields } from './types';

/** A new issue with every structured field present, so each gets its own HLC from the start. */
export function emptyIssueFields(title: string): IssueFields {
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
    companyText: '',
    reader: 'newcomer',
  };
}

/** The field names of an issue, in the order a company reads them. */
export const ISSUE_FIELD_NAMES = Object.keys(emptyIssueFields('')) as (keyof IssueFields)[];
