import type { ReadOutcome } from './inputs.js';

/** What the command needs from its process, so tests can run it in-process. */
export interface Io {
  /** Writes a line to standard output; resolves when the output can take more. */
  out(text: string): void | Promise<void>;
  /** Writes a line to standard error. */
  err(text: string): void;
  /** Redraws the progress line on standard error (no newline). */
  progressLine(text: string): void;
  /** Reads all of standard input as text. */
  readStdin(): Promise<ReadOutcome>;
  /** Whether standard input is piped in (not a terminal), so no file argument means "read it". */
  stdinPiped: boolean;
  /** Whether to draw a progress bar (standard error is a terminal). */
  progress: boolean;
  /** Worker threads by default: the cores. */
  cores: number;
}
