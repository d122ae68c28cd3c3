/** English UI strings, one file per feature; each file's type forces the same keys as Japanese. */
import type { Strings } from '../strings';
import type { ja } from '../ja';
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

export const en: Strings<typeof ja> = {
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
