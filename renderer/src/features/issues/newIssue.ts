export { emptyIssueFields as newIssueFields } from '../../../../common/records/defaults';
