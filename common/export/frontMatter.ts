/** Markdown export of a brief: YAML front matter with its metadata, then the body as written. */

export interface BriefMeta {
  id: string;
  title: string;
  municipality: string;
  department: string;
  status: string;
  updatedAt: string;
}

/**
 * A YAML scalar. JSON string syntax is valid YAML double-quoted style, and quoting every value
 * keeps titles like `yes`, `1.0` or `- 〜したい` from turning into booleans, numbers or lists.
 */
const yamlString = (value: string) => JSON.stringify(value);

/** Front matter block (`---` … `---`) in a fixed key order. */
export function frontMatter(meta: BriefMeta): string {
  const keys: (keyof BriefMeta)[] = ['title', 'municipality', 'department', 'status', 'updatedAt', 'id'];
  return `---\n${keys.map((k) => `${k}: ${yamlString(meta[k])}`).join('\n')}\n---\n`;
}

/** The whole markdown file: front matter, a blank line, the body ending in one newline. */
export function briefMarkdown(meta: BriefMeta, body: string): string {
  return `${frontMatter(meta)}\n${body.replace(/\s+$/, '')}\n`;
}
