import { Writable } from "node:stream";
import { pino, type Logger } from "pino";

/** A pino logger at `info` whose JSON lines are parsed into `lines`, for tests that read what was logged. */
export function capturingLog(): { log: Logger; lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split("\n").filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { log: pino({ level: "info" }, sink), lines };
}
