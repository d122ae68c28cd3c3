export { SettingsPage } from './SettingsPage';
export { LanguageSwitch } from './LanguageSwitch';
