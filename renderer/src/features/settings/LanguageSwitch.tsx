import { useTranslation } from 'react-i18next';
import { LANGUAGES, setLanguage, type Language } from '../../i18n';

const NAMES: Record<Language, string> = { ja: '日本語', en: 'English' };

/** Language names are shown in their own language, so anyone can find theirs. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <div role="group" aria-label={t('app.language')} className="segmented">
      {LANGUAGES.map((lng) => (
        <button
          key={lng}
          type="button"
          lang={lng}
          className="segmented__option"
          aria-pressed={i18n.language === lng}
          onClick={() => void setLanguage(lng)}
        >
          {NAMES[lng]}
        </button>
      ))}
    </div>
  );
}
