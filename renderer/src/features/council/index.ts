export { CouncilPage } from './CouncilPage';
