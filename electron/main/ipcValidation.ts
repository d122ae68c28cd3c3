import {
  MAX_TOKEN_CHARS,
  MAX_URL_CHARS,
  type IpcChannel,
  type IpcContract,
  type SavePdfRequest,
} from '../../common/ipc/contract';
import { isPresenterRoute } from './origin';
import { TOKEN_PATTERN } from '../../common/sync/tokenKeeper';

/** Size limits for IPC arguments; the renderer is not trusted to keep them. */
export const IPC_LIMITS = {
  url: MAX_URL_CHARS,
  /**
   * The print document is served from memory on app:// (not a data: URL), so only memory bounds it.
   * 32 MB fits a long brief with its font slices inlined as base64 (the whole BIZ UDPGothic set is
   * 8.4 MB of woff2 at both weights, 11.2 MB as base64) with room for text and images, while a
   * runaway renderer still cannot make main hold hundreds of MB (UTF-16 string, plus a copy in the
   * store).
   */
  pdfHtmlBytes: 32 * 1024 * 1024,
  fileName: 512,
  /** A member token (the server issues far shorter ones). */
  token: MAX_TOKEN_CHARS,
  route: 300,
  /** Clipboard text: a long brief as plain text is well under this. */
  clipboardText: 8 * 1024 * 1024,
} as const;

function isString(value: unknown, maxLength: number): value is string {
  return typeof value === 'string' && value.length <= maxLength;
}

function isSavePdfRequest(value: unknown): value is SavePdfRequest {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const { html, suggestedName } = value as Record<string, unknown>;
  return (
    typeof html === 'string' &&
    // UTF-16 length never exceeds UTF-8 bytes: refuse an oversized string without scanning it.
    html.length <= IPC_LIMITS.pdfHtmlBytes &&
    Buffer.byteLength(html, 'utf8') <= IPC_LIMITS.pdfHtmlBytes &&
    isString(suggestedName, IPC_LIMITS.fileName)
  );
}

/** Visible ASCII only: the token goes into an HTTP header, where CR/LF would inject lines. */
function isToken(value: unknown): value is string {
  return isString(value, IPC_LIMITS.token) && TOKEN_PATTERN.test(value);
}

/** A runtime check that `args` matches a channel's argument tuple exactly (arity included). */
export type ArgsValidator<C extends IpcChannel> = (args: unknown[]) => args is IpcContract[C]['args'];

/** One validator per channel; a missing entry is a compile error. */
export const IPC_ARG_VALIDATORS: { [C in IpcChannel]: ArgsValidator<C> } = {
  'app:info': (args): args is [] => args.length === 0,
  'shell:openExternal': (args): args is [string] => args.length === 1 && isString(args[0], IPC_LIMITS.url),
  'pdf:save': (args): args is [SavePdfRequest] => args.length === 1 && isSavePdfRequest(args[0]),
  'sync:tokenStatus': (args): args is [string] => args.length === 1 && isString(args[0], IPC_LIMITS.url),
  'sync:setToken': (args): args is [string, string | null] =>
    args.length === 2 && isString(args[0], IPC_LIMITS.url) && (args[1] === null || isToken(args[1])),
  'clipboard:writeText': (args): args is [string] =>
    args.length === 1 && isString(args[0], IPC_LIMITS.clipboardText),
  'window:openPresenter': (args): args is [string] =>
    args.length === 1 && isString(args[0], IPC_LIMITS.route) && isPresenterRoute(args[0]),
  'lifecycle:flushed': (args): args is [number] => args.length === 1 && Number.isSafeInteger(args[0]),
};
