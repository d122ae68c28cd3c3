export { IssuesPage } from './IssuesPage';
export { newIssueFields } from './newIssue';
