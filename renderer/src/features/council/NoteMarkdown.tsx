import { memo } from 'react';
import ReactMarkdown from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { useServices } from '../../services/services';

/**
 * A note's Markdown. Raw HTML is never rendered; in-app links (`#/issues/…`) navigate, any other
 * link opens outside the app only through the platform's confirmation.
 */
export const NoteMarkdown = memo(function NoteMarkdown({ markdown }: { markdown: string }) {
  const { platform } = useServices();
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
