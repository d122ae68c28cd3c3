/**
 * A remark plugin that keeps a paragraph's single line breaks as line breaks (as GitHub comments do).
 * Authors of briefs are not Markdown users: a drafted brief quotes one sentence per line and people
 * type schedules line by line, and CommonMark would join those lines into one run-on paragraph on
 * screen and on paper.
 */

/** The few mdast fields this plugin reads (text nodes carry `value`, parents `children`). */
interface MdNode {
  type: string;
  value?: string;
  children?: MdNode[];
}

function withBreaks(node: MdNode): MdNode[] {
  if (node.type !== 'text' || node.value === undefined || !node.value.includes('\n')) {
    if (node.children) node.children = node.children.flatMap(withBreaks);
    return [node];
  }
  // Spaces around a soft break are the line's own indentation, not text.
  return node.value
    .split(/[ \t]*\n[ \t]*/)
    .flatMap((line, i): MdNode[] => [
      ...(i > 0 ? [{ type: 'break' }] : []),
      ...(line === '' ? [] : [{ type: 'text', value: line }]),
    ]);
}

export function remarkLineBreaks() {
  return (tree: MdNode): void => {
    withBreaks(tree);
  };
}
