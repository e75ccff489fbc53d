/** The server's clock under test: set to an instant, or running from one like a real clock. */
export class TestClock {
  private fixed = new Date();
  private running: { from: number; startedAt: number } | undefined;

  get now(): Date {
    return this.running ? new Date(this.running.from + Date.now() - this.running.startedAt) : this.fixed;
  }

  /** Stops the clock at this instant. */
  set now(instant: Date) {
    this.fixed = instant;
    this.running = undefined;
  }

  /** Lets the clock run from this instant on, at real speed. */
  runFrom(instant: Date): void {
    this.running = { from: instant.getTime(), startedAt: Date.now() };
  }
}
