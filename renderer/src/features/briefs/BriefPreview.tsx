import ReactMarkdown from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { remarkLineBreaks } from '../export';
import { remarkGapMarks } from './remarkGapMarks';

/**
 * The brief exactly as a company reads it. Raw HTML in the markdown is never rendered
 * (no rehype-raw), and links open outside the app only through the platform's confirmation.
 */
export function BriefPreview({
  markdown,
  onLink,
  label,
}: {
  markdown: string;
  onLink: (href: string) => void;
  label: string;
}) {
  return (
    // Focusable: the preview scrolls on its own, and keyboard users must be able to scroll it.
    <article className="brief-preview" data-testid="brief-preview" tabIndex={0} aria-label={label}>
      <ReactMarkdown
        // Lines typed (or drafted) one per line stay lines, as in the PDF.
        remarkPlugins={[remarkGfm, remarkLineBreaks, remarkGapMarks]}
        components={{
          a: ({ href, children }) => (
            <a
              href={href}
              onClick={(event) => {
                event.preventDefault();
                if (href) onLink(href);
              }}
            >
              {children}
            </a>
          ),
        }}
      >
        {markdown}
      </ReactMarkdown>
    </article>
  );
}
