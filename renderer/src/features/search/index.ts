import './search.css';
export { SearchPage } from './SearchPage';
export { CommandPalette, type PaletteCommand } from './CommandPalette';
export { startSearchIndex } from './engine/searchClient';
