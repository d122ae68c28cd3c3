import { memo } from 'react';
import ReactMarkdown from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../services/services';
import { MAX_MARKDOWN_CHARS, showsAsMarkdown } from './noteMarkdownLimit';

/**
 * A note's Markdown. Raw HTML is never rendered; in-app links (`#/issues/…`) navigate, any other
 * link opens outside the app only through the platform's confirmation.
 */
export const NoteMarkdown = memo(function NoteMarkdown({ markdown }: { markdown: string }) {
  const { platform } = useServices();
  const { t, i18n } = useTranslation();
  if (!showsAsMarkdown(markdown))
    return (
      <div className="note-entry__body">
        <p className="muted">
          {t('council.plainLong', { max: MAX_MARKDOWN_CHARS.toLocaleString(i18n.language) })}
        </p>
        <p className="note-entry__plain">{markdown}</p>
      </div>
    );
  return (
    <div className="note-entry__body">
      <ReactMarkdown
        remarkPlugins={[remarkGfm]}
        components={{
          a: ({ href, children }) => (
            <a
              href={href}
              onClick={(event) => {
                if (href?.startsWith('#/')) return;
                event.preventDefault();
                if (href) void platform['shell:openExternal'](href);
              }}
            >
              {children}
            </a>
          ),
        }}
      >
        {markdown}
      </ReactMarkdown>
    </div>
  );
});
