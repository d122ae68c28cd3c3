/**
 * A remark plugin for the on-screen preview: each 【要記入…】 mark becomes a `<mark>`, so the author
 * finds the gaps a company would otherwise read as they are.
 */
import { GAP_MARK } from './openGaps';

/** The few mdast fields this plugin reads and writes (`data.hName` names the HTML element). */
interface MdNode {
  type: string;
  value?: string;
  children?: MdNode[];
  data?: { hName: string; hProperties: { className: string } };
}

function withMarks(node: MdNode): MdNode[] {
  if (node.type !== 'text' || node.value === undefined) {
    if (node.children) node.children = node.children.flatMap(withMarks);
    return [node];
  }
  const out: MdNode[] = [];
  let at = 0;
  for (const match of node.value.matchAll(new RegExp(GAP_MARK.source, 'gu'))) {
    if (match.index > at) out.push({ type: 'text', value: node.value.slice(at, match.index) });
    out.push({
      type: 'gap',
      data: { hName: 'mark', hProperties: { className: 'brief-gap' } },
      children: [{ type: 'text', value: match[0] }],
    });
    at = match.index + match[0].length;
  }
  if (at < node.value.length) out.push({ type: 'text', value: node.value.slice(at) });
  return out;
}

export function remarkGapMarks() {
  return (tree: MdNode): void => {
    withMarks(tree);
  };
}
