import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ClaimexError } from '../core/errors.js';
import { createExtractor } from '../pipeline/extract.js';
import type { ExtractOptions } from '../pipeline/options.js';
import { evaluateFolders, formatReport } from './evaluate.js';
import { readTopicOption } from './topic.js';

const USAGE = `Usage:
  claimex FILE...                 extract claims; prints the result as JSON (JSON Lines for several files)
  claimex clean FILE... [--json]  print the cleaned article text (or the clean result as JSON)
  claimex eval --gold DIR --raw DIR [--boilerplate DIR] [--json] [--verbose]
                                  score claimex against gold files

Options for extraction:
  --topic NAME|FILE   a topic preset name or a JSON file { name, terms, cues? } for stance
  --url URL           the page's address (publisher fallback)
  --publisher NAME    the publisher, when the page does not name itself
  --published DATE    the publication date (YYYY-MM-DD), when the page carries none
  -h, --help          this text`;

interface Io {
  out(text: string): void;
  err(text: string): void;
}

/** Runs the command line; returns the exit code (1 if any file could not be read or an option is invalid). */
export function run(argv: readonly string[], io: Io): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        verbose: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        topic: { type: 'string' },
        url: { type: 'string' },
        publisher: { type: 'string' },
        published: { type: 'string' },
        gold: { type: 'string' },
        raw: { type: 'string' },
        boilerplate: { type: 'string' },
      },
    });
  } catch (error) {
    io.err(`claimex: ${(error as Error).message}\n${USAGE}`);
    return 1;
  }
  const { values, positionals } = parsed;
  if (values.help || positionals.length === 0) {
    (values.help ? io.out : io.err)(USAGE);
    return values.help ? 0 : 1;
  }
  try {
    const [command, ...rest] = positionals;
    if (command === 'eval') return runEval(values, io);
    const options: ExtractOptions = {
      ...(values.topic ? { topic: readTopicOption(values.topic) } : {}),
      ...(values.url ? { url: values.url } : {}),
      ...(values.publisher ? { publisher: values.publisher } : {}),
      ...(values.published ? { published: values.published } : {}),
    };
    const extractor = createExtractor(options);
    if (command === 'clean') {
      return forEachFile(rest, io, (file, raw) => {
        const result = extractor.clean(raw);
        if (!values.json) return result.text;
        const { toRaw: _toRaw, ...data } = result;
        return JSON.stringify(rest.length > 1 ? { file, ...data } : data, null, rest.length > 1 ? 0 : 2);
      });
    }
    return forEachFile(positionals, io, (file, raw) => {
      const result = extractor.extract(raw);
      return positionals.length > 1 ? JSON.stringify({ file, ...result }) : JSON.stringify(result, null, 2);
    });
  } catch (error) {
    if (error instanceof ClaimexError) {
      io.err(`claimex: ${error.message}`);
      return 1;
    }
    throw error;
  }
}

function forEachFile(files: readonly string[], io: Io, render: (file: string, raw: string) => string): number {
  let status = 0;
  for (const file of files) {
    let raw: string;
    try {
      raw = readFileSync(file, 'utf8');
    } catch (error) {
      io.err(`claimex: cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
      status = 1;
      continue;
    }
    io.out(render(file, raw));
  }
  return status;
}

function runEval(values: { gold?: string; raw?: string; boilerplate?: string; json?: boolean; verbose?: boolean }, io: Io): number {
  if (!values.gold || !values.raw) {
    io.err('claimex: eval needs --gold DIR and --raw DIR');
    return 1;
  }
  const report = evaluateFolders({
    goldDir: values.gold,
    rawDir: values.raw,
    ...(values.boilerplate ? { boilerplateDir: values.boilerplate } : {}),
  });
  io.out(values.json ? JSON.stringify(report, null, 2) : formatReport(report, values.verbose));
  return 0;
}
