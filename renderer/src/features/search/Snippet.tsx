import type { SnippetPart } from '../../../../common/search/snippet';

/** A result's snippet with the matched characters marked. */
export function Snippet({ parts }: { parts: readonly SnippetPart[] }) {
  return (
    <span className="search-snippet">
      {parts.map((p, i) =>
        p.hit ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text.replaceAll('\u0000', ' ')}</span>,
      )}
    </span>
  );
}
