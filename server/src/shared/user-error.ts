/**
 * An error caused by the request (a bad period, an unknown unit…): its message is meant for the
 * user and is passed through the API as is; any other error is logged and reported generically.
 */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}
