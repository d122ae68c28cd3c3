export { WorkshopsPage } from './WorkshopsPage';
