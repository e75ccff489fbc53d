/** The server's clock, injected so that deadline rules can be tested at exact instants. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();
