/**
 * How the pages call the web client's own JSON endpoints (on the page's session; the EJBs behind them run as the
 * signed-in user). Errors meant for the operator are UserFacingErrors carrying the server's message.
 */

export class UserFacingError extends Error {
  /** `status`: the HTTP status; `field`: the input field a refusal is about (400 answers name it). */
  constructor(message, { status, field } = {}) {
    super(message);
    this.status = status;
    this.field = field;
  }
}

/** GET or send to `${context}/${path}`; a redirect (to the sign-in page) means the session has ended. */
export async function callWebClient(context, path, init) {
  const response = await fetch(`${context}/${path}`, { credentials: 'same-origin', redirect: 'manual', ...init });
  if (response.type === 'opaqueredirect' || response.status === 401) {
    throw new UserFacingError('Your session has ended. Reload the page to log in again.');
  }
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    throw new UserFacingError(body.error ?? `The server answered ${response.status}.`,
      { status: response.status, field: body.field });
  }
  return body;
}
