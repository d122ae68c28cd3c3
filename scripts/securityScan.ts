/**
 * The rules `npm run security:scan` applies to Electronegativity's findings. Pure, so the policy
 * is tested apart from the scanner: a HIGH or MEDIUM finding fails the run unless the flagged
 * line carries an `eng-disable` comment, and every `eng-disable` comment must say why the code is
 * safe (`// eng-disable CHECK_ID -- why it is safe`), so a bare suppression cannot slip through.
 */

export type Severity = 'HIGH' | 'MEDIUM' | 'LOW' | 'INFORMATIONAL';

/** The fields of an Electronegativity issue the policy reads. */
export interface Finding {
  id: string;
  file: string;
  line: number;
  severity: Severity;
  confidence: string;
  description: string;
}

export interface SourceFile {
  path: string;
  text: string;
}

export interface Problem {
  where: string;
  what: string;
}

/** Severities that fail the run (the scanner drops findings its `eng-disable` comments cover). */
const BLOCKING: readonly Severity[] = ['HIGH', 'MEDIUM'];

/** Shortest reason accepted after `--`: a few words, not "ok" or "safe". */
export const MIN_REASON_LENGTH = 20;

/** The scanner's own comment syntax (util/exceptions.js), for JS comments and HTML. */
const ENG_DISABLE = /(?:\/\/|\/\*|<!--)[ \t]*eng-disable\b(.*)$/;
/**
 * Check ids, then the reason: after ` -- ` in a JS comment; in HTML, where the scanner wants the
 * ids to end the comment, in a second comment right after it (`<!-- eng-disable X --><!-- why -->`).
 */
const REVIEWED =
  /^[ \t]+[A-Z0-9_ \t]*[A-Z0-9_][ \t]*(?:--[ \t]+|-->[ \t]*<!--[ \t]*)(.+?)[ \t]*(?:\*\/|-->)?[ \t]*$/;

export function blockingFindings(findings: readonly Finding[]): Problem[] {
  return findings
    .filter((f) => BLOCKING.includes(f.severity))
    .map((f) => ({
      where: `${f.file}:${f.line}`,
      what: `${f.severity} ${f.id} (${f.confidence}): ${f.description}`,
    }));
}

/** Every `eng-disable` comment that names no check or gives no reason of its own. */
export function unreviewedDisables(files: readonly SourceFile[]): Problem[] {
  const problems: Problem[] = [];
  for (const file of files) {
    file.text.split('\n').forEach((line, i) => {
      const match = ENG_DISABLE.exec(line);
      if (!match) return;
      const reason = REVIEWED.exec(match[1] ?? '')?.[1] ?? '';
      if (reason.length < MIN_REASON_LENGTH) {
        problems.push({
          where: `${file.path}:${i + 1}`,
          what: `eng-disable without a reason: write "eng-disable CHECK_ID -- why it is safe" (${MIN_REASON_LENGTH}+ characters)`,
        });
      }
    });
  }
  return problems;
}
