import type { BusLogger } from '../message-bus.ts';

/** Keeps what was logged, for assertions, instead of printing it. */
export function recordingLogger(): BusLogger & { lines: { level: string; message: string }[] } {
  const lines: { level: string; message: string }[] = [];
  const at = (level: string) => (message: string) => void lines.push({ level, message });
  return { lines, debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}
