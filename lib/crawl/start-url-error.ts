/** The start URL cannot be audited: invalid, unreachable, not HTML or an HTTP error. One line, naming the URL. */
export class StartUrlError extends Error {
  override readonly name = 'StartUrlError';
  constructor(
    readonly url: string,
    readonly reason: string,
    readonly status?: number,
  ) {
    super(`Cannot audit ${url}: ${reason}`);
  }
}
