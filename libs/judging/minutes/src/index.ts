export type { MinutesInput, MinutesMember, MinutesResult } from './minutes-input.ts';
export { renderMinutes } from './render-minutes.ts';
