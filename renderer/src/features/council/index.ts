export { CouncilPage } from './CouncilPage';
export { CouncilSessionPage } from './CouncilSessionPage';
export { recoverAllNotes } from './recoverNotes';
