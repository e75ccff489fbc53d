import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { prettyFactory } from 'pino-pretty';

const colours = ['\x1b[36m', '\x1b[35m', '\x1b[33m', '\x1b[32m', '\x1b[34m', '\x1b[31m'];
const reset = '\x1b[0m';
let nextColour = 0;

/** Prints each line of a child's output with the child's name in front, pretty-printing pino's JSON lines. */
export function prefixLines(name: string, stream: Readable, out: NodeJS.WriteStream): void {
  const colourful = Boolean(out.isTTY);
  const colour = colours[nextColour++ % colours.length]!;
  const prefix = colourful ? `${colour}${name.padEnd(12)}${reset}| ` : `${name.padEnd(12)}| `;
  const pretty = prettyFactory({
    colorize: colourful,
    ignore: 'pid,hostname,name',
    translateTime: 'HH:MM:ss.l',
    singleLine: true,
  });
  createInterface({ input: stream }).on('line', (line) => {
    const text = line.startsWith('{') ? pretty(line).trimEnd() : line;
    out.write(`${prefix}${text}\n`);
  });
}
