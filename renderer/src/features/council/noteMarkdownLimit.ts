/**
 * Longest note rendered as Markdown. react-markdown runs on the page's main thread: 30,000
 * characters took 5.8 s and 1,000,000 took 49 s (server render, load ~17), so a longer note
 * (a pasted transcript, a restored or pulled body) is shown as plain text, which costs layout only.
 * The same size at which the brief editor stops drawing its highlighted copy.
 */
export const MAX_MARKDOWN_CHARS = 30_000;

export const showsAsMarkdown = (markdown: string) => markdown.length <= MAX_MARKDOWN_CHARS;
