/**
 * The print layout shared by briefs, agendas and minutes: a title block, then sections of
 * markdown. Rendered to static markup (never mounted in the app), so it is plain HTML and CSS.
 * Markdown goes through react-markdown + remark-gfm without raw HTML, and link URLs pass its
 * safe-protocol filter, so text typed by anyone prints as text.
 */
import type { ReactNode } from 'react';
import Markdown, { type Components } from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { remarkLineBreaks } from './remarkLineBreaks';

export interface PrintSection {
  heading?: string;
  /** GitHub-flavoured markdown. */
  markdown: string;
  /** Keep single line breaks (text its author typed line by line, e.g. a brief). */
  lineBreaks?: boolean;
}

export interface TitleField {
  label: string;
  value: string;
}

/** Everything a print document shows; builders turn records into this. */
export interface PrintDoc {
  lang: 'ja' | 'en';
  /** A small line above the title, e.g. 「企業向けブリーフ」. */
  kind: string;
  title: string;
  /**
   * The file's name without extension when it should say more than the title: a workshop's agenda
   * and minutes (and a session's 議事メモ) would otherwise both be saved as 「<title>」.
   */
  fileName?: string;
  /** Title-block rows: municipality, department, date, … (empty values are left out). */
  fields: TitleField[];
  sections: PrintSection[];
  /** Running header on every page after the first. */
  headerLeft: string;
  headerRight: string;
}

function textOf(children: ReactNode): string {
  if (typeof children === 'string' || typeof children === 'number') return String(children);
  if (Array.isArray(children)) return children.map(textOf).join('');
  return '';
}

/**
 * Paper has no hover: print a link's address after its text, unless the text is the address (an
 * e-mail address Markdown links by itself is the text of its mailto: link).
 */
const components: Components = {
  a: ({ href, children }) => {
    const text = textOf(children);
    const address = href?.replace(/^mailto:/u, '');
    return (
      <>
        <a href={href}>{children}</a>
        {href && address !== text && !href.startsWith('#') ? <span className="url"> ({href})</span> : null}
      </>
    );
  },
};

export function PrintMarkdown({ markdown, lineBreaks }: { markdown: string; lineBreaks?: boolean }) {
  return (
    <Markdown
      remarkPlugins={lineBreaks ? [remarkGfm, remarkLineBreaks] : [remarkGfm]}
      components={components}
    >
      {markdown}
    </Markdown>
  );
}

export function PrintDocument({ doc }: { doc: PrintDoc }) {
  const fields = doc.fields.filter((f) => f.value.trim() !== '');
  return (
    <article>
      <header className="title-block">
        <p className="title-block__kind">{doc.kind}</p>
        <h1>{doc.title}</h1>
        {fields.length > 0 && (
          <dl>
            {fields.map((f) => (
              <div key={f.label} className="title-block__row">
                <dt>{f.label}</dt>
                <dd>{f.value}</dd>
              </div>
            ))}
          </dl>
        )}
      </header>
      {doc.sections.map((section, i) => (
        <section key={i} className="section">
          {section.heading && <h2>{section.heading}</h2>}
          <PrintMarkdown markdown={section.markdown} lineBreaks={section.lineBreaks} />
        </section>
      ))}
    </article>
  );
}
