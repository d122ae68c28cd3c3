import { useTranslation } from 'react-i18next';
import { DEFAULT_LOCALE, isBriefLocale, type BriefLocale } from '../../../../common/brief';

/** The UI language as the brief engine's locale: its findings and readiness are written in it. */
export function useBriefLocale(): BriefLocale {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return isBriefLocale(language) ? language : DEFAULT_LOCALE;
}
