#!/usr/bin/env node
import { availableParallelism } from 'node:os';
import { decodeText } from './inputs.js';
import { run } from './run.js';

// A reader that stops early (`| head -1`) closes the pipe: that ends the command quietly, not with a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

async function readStdin() {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return decodeText(Buffer.concat(chunks));
}

function out(text: string): Promise<void> | void {
  if (process.stdout.write(`${text}\n`)) return;
  return new Promise((resolve) => process.stdout.once('drain', resolve));
}

run(process.argv.slice(2), {
  out,
  err: (text) => process.stderr.write(`${text}\n`),
  progressLine: (text) => process.stderr.write(text),
  readStdin,
  stdinPiped: !process.stdin.isTTY,
  progress: process.stderr.isTTY === true,
  cores: availableParallelism(),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`claimex: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
