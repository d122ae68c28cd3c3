/** i18next set up once: Japanese first, English available, every UI string through `t`. */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { ja } from './ja';

export const LANGUAGES = ['ja', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'kyoso.language';

export function savedLanguage(): Language {
  const saved = globalThis.localStorage?.getItem(STORAGE_KEY);
  return saved === 'en' ? 'en' : 'ja';
}

export async function initI18n(): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    resources: { ja: { translation: ja }, en: { translation: en } },
    lng: savedLanguage(),
    fallbackLng: 'ja',
    interpolation: { escapeValue: false }, // React escapes already.
    returnNull: false,
  });
  document.documentElement.lang = i18next.language;
  return i18next;
}

export async function setLanguage(language: Language): Promise<void> {
  await i18next.changeLanguage(language);
  globalThis.localStorage?.setItem(STORAGE_KEY, language);
  document.documentElement.lang = language;
}

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof ja };
  }
}
