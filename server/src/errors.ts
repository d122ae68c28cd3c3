/** An error that leaves the server as a contract-shaped JSON answer (docs/sync-protocol.md §8). */
import type { ErrorBody, ErrorCode } from '../../common/sync/protocol';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    /** Extra members of `error`, e.g. `expected` for a mutation gap. */
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }

  get body(): ErrorBody {
    return { error: { code: this.code, message: this.message, ...this.extra } } as ErrorBody;
  }
}

export const notFound = (): HttpError => new HttpError(404, 'not_found', 'Not found');
export const unauthorized = (): HttpError =>
  new HttpError(401, 'unauthorized', 'A valid bearer token is required');
