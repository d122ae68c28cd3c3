/** Japanese UI strings (the default language), one file per feature. Values stay `string` so interpolation takes numbers too. */
import { app } from './app';
import { nav } from './nav';
import { common } from './common';
import { issues } from './issues';
import { briefs } from './briefs';
import { glossary } from './glossary';
import { workshops } from './workshops';
import { council } from './council';
import { search } from './search';
import { settings } from './settings';
import { sync } from './sync';
import { exportStrings } from './export';
import { backup } from './backup';
import { rewrite } from './rewrite';

export const ja = {
  app,
  nav,
  common,
  issues,
  briefs,
  glossary,
  workshops,
  council,
  search,
  settings,
  sync,
  export: exportStrings,
  backup,
  rewrite,
};
