/** A real i18next `t` over the app's own strings, for tests that assert the wording users read. */
import i18next, { type TFunction } from 'i18next';
import { en } from '../../i18n/en';
import { ja } from '../../i18n/ja';

export async function translator(lng: 'ja' | 'en'): Promise<TFunction> {
  const instance = i18next.createInstance();
  await instance.init({
    resources: { ja: { translation: ja }, en: { translation: en } },
    lng,
    interpolation: { escapeValue: false },
    showSupportNotice: false,
  });
  return instance.t;
}
