/** Workshops: planner, run mode with capture, minutes, and the presenter view. */
export { WorkshopsPage } from './WorkshopsPage';
export { WorkshopPage } from './WorkshopPage';
export { PresenterPage } from './present/PresenterPage';
