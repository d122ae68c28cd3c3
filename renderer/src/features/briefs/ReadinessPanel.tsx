import { useTranslation } from 'react-i18next';
import type { IssueFields } from '../../../../common/records/types';
import type { Readiness } from '../../../../common/brief';
import { bodyWord } from '../../../../common/brief/messages/message';
import { foundLabel } from './readinessLabel';
import { useBriefLocale } from './useBriefLocale';

/** The readiness score and what a company still cannot know, each linked to its field. */
export function ReadinessPanel({
  readiness,
  clarity,
  onGoTo,
}: {
  readiness: Readiness;
  /** Share of clean sentences (0..100) in the original and the brief; null while unknown. */
  clarity: { raw: number | null; brief: number | null };
  onGoTo: (field: keyof IssueFields) => void;
}) {
  const { t } = useTranslation();
  const body = bodyWord(readiness.body, useBriefLocale());
  const level = readiness.score >= 80 ? 'good' : readiness.score >= 50 ? 'fair' : 'poor';
  return (
    <section className="card readiness" aria-labelledby="readiness-title" data-testid="readiness">
      <h2 id="readiness-title" className="section-title">
        {t('briefs.readiness.title')}
      </h2>
      <div className="readiness__score">
        <meter
          className={`readiness__meter readiness__meter--${level}`}
          min={0}
          max={100}
          low={50}
          high={80}
          optimum={100}
          value={readiness.score}
          aria-label={t('briefs.readiness.title')}
        />
        <strong data-testid="readiness-score">
          {t('briefs.readiness.score', { score: readiness.score })}
        </strong>
      </div>
      {clarity.raw !== null && (
        <p className="readiness__clarity" data-testid="clarity">
          {clarity.brief === null
            ? t('briefs.readiness.clarityRaw', { raw: clarity.raw })
            : t('briefs.readiness.clarity', { raw: clarity.raw, brief: clarity.brief })}
        </p>
      )}
      {readiness.missing.length === 0 ? (
        <p>{t('briefs.readiness.allKnown')}</p>
      ) : (
        <>
          <h3 className="readiness__subtitle">{t('briefs.readiness.missingTitle')}</h3>
          <ul className="readiness__missing">
            {readiness.missing.map((item) => (
              <li key={item.key}>
                <span>{item.label}</span>{' '}
                <button type="button" className="link-button" onClick={() => onGoTo(item.field)}>
                  {t('briefs.readiness.goTo')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {readiness.fromText.length > 0 && (
        <>
          <h3 className="readiness__subtitle">{t('briefs.readiness.fromTextTitle')}</h3>
          <p className="readiness__help">{t('briefs.readiness.fromTextHelp')}</p>
          <ul className="readiness__found" data-testid="readiness-from-text">
            {readiness.fromText.map((item) => (
              <li key={item.key} data-key={item.key}>
                <strong>{foundLabel(item, t, body)}</strong>
                <q className="readiness__sentence">{item.sentence}</q>
                <button type="button" className="link-button" onClick={() => onGoTo(item.field)}>
                  {t('briefs.readiness.fromTextGoTo')}
                  <span className="visually-hidden">{`（${foundLabel(item, t, body)}）`}</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
