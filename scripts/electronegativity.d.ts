/** Types of Electronegativity's programmatic API (dist/runner.js `default`) that security-scan.ts uses. */
declare module '@doyensec/electronegativity' {
  export interface ScanOptions {
    input: string;
    electronVersionOverride?: string;
    /** Check class names, lower-cased (e.g. `availablesecurityfixesglobalcheck`). */
    excludeFromScan?: string[];
    isRelative?: boolean;
  }
  export interface ScanIssue {
    id: string;
    file: string;
    location: { line: number; column: number };
    severity: { name: string; value: number };
    confidence: { name: string; value: number };
    description: string;
  }
  export interface ScanResult {
    issues: ScanIssue[];
    errors: { file: string; message: string; tolerable: boolean }[];
  }
}
