export { CouncilPage } from './CouncilPage';
export { CouncilSessionPage } from './CouncilSessionPage';
