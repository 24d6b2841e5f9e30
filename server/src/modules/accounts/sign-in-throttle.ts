/**
 * Failed sign-ins per username: after `maxFailures` within `windowMs` the username is refused until
 * the oldest of them leaves the window — password guessing gets a handful of tries per quarter hour,
 * whatever address it comes from. In memory, per process.
 */
export class SignInThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(
    readonly maxFailures = 5,
    readonly windowMs = 15 * 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Milliseconds before this username may try again; 0 = it may now. */
  blockedFor(username: string): number {
    const recent = this.recent(username);
    if (recent.length < this.maxFailures) return 0;
    return recent[recent.length - this.maxFailures] + this.windowMs - this.now();
  }

  failed(username: string): void {
    const key = username.toLowerCase();
    const recent = [...this.recent(key), this.now()];
    this.failures.set(key, recent.slice(-this.maxFailures));
    // Keep the map bounded under a spray of made-up usernames.
    if (this.failures.size > 100_000) this.failures.delete(this.failures.keys().next().value!);
  }

  succeeded(username: string): void {
    this.failures.delete(username.toLowerCase());
  }

  private recent(username: string): number[] {
    const since = this.now() - this.windowMs;
    return (this.failures.get(username.toLowerCase()) ?? []).filter((t) => t > since);
  }
}
