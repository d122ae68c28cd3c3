/**
 * Keeps one broken page from taking the app down: the navigation, the sync indicator and every
 * other page stay usable, and the user gets a way out (retry, or back to the issue list). A record
 * whose value this version cannot show is the usual cause, so the message says nothing was lost.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  children: ReactNode;
  /** Where "back" leads (a hash route). */
  homeHref: string;
}

export class PageErrorBoundary extends Component<Props, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('page failed to render', error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <PageError
        error={error}
        homeHref={this.props.homeHref}
        onRetry={() => this.setState({ error: null })}
      />
    );
  }
}

function PageError({ error, homeHref, onRetry }: { error: Error; homeHref: string; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <section className="page-error" role="alert" aria-labelledby="page-error-title">
      <h1 id="page-error-title">{t('app.pageError.title')}</h1>
      <p>{t('app.pageError.body')}</p>
      <div className="page-error__actions">
        <button type="button" onClick={onRetry}>
          {t('app.pageError.retry')}
        </button>
        <a className="button" href={homeHref}>
          {t('app.pageError.back')}
        </a>
      </div>
      <details>
        <summary>{t('app.pageError.detail')}</summary>
        <pre>{`${error.name}: ${error.message}`}</pre>
      </details>
    </section>
  );
}
