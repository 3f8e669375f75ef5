import { parseArgs } from 'node:util';
import { ClaimexError, isClaimexError } from '../core/errors.js';
import { createExtractor } from '../pipeline/extract.js';
import type { ExtractOptions } from '../pipeline/options.js';
import { evaluateFolders, formatReport } from './evaluate.js';
import { extractFiles } from './extract-files.js';
import { expandInputs, parseExtensions, readInput, STDIN, type InputSource } from './inputs.js';
import type { Io } from './io.js';
import { readTopicOption } from './topic.js';
import { packageVersion } from './version.js';

export type { Io } from './io.js';

const USAGE = `Usage:
  claimex [FILE|DIR|-]...         extract claims; the result as JSON (JSON Lines, each with its file, for several)
  claimex clean [FILE|DIR|-]... [--json]
                                  print the cleaned article text (or the clean result as JSON)
  claimex eval --gold DIR --raw DIR [--boilerplate DIR] [--json] [--verbose]
                                  score claimex against gold files

Inputs: folders are read recursively; '-', or no input with piped standard input, reads standard input.
  --ext .txt,.md      the file extensions read in folders (default .txt,.md)
  --jsonl             one JSON object per line with its "file", even for one input
  --out DIR           write one JSON file per input under DIR instead of standard output
  --jobs N            worker threads for several inputs (default: the cores)

Options for extraction:
  --topic NAME|FILE   a topic preset name or a JSON file { name, terms, cues? } for stance
  --url URL           the page's address (publisher fallback)
  --publisher NAME    the publisher, when the page does not name itself
  --published DATE    the publication date (YYYY-MM-DD), when the page carries none
  -v, --version       the version
  -h, --help          this text

Exit status: 0 all inputs done, 1 some inputs skipped or failed (named on stderr), 2 usage error.`;

export const EXIT_OK = 0;
export const EXIT_SOME_FAILED = 1;
export const EXIT_USAGE = 2;

class UsageError extends Error {}

function parse(argv: readonly string[]) {
  try {
    return parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        jsonl: { type: 'boolean', default: false },
        verbose: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
        topic: { type: 'string' },
        url: { type: 'string' },
        publisher: { type: 'string' },
        published: { type: 'string' },
        gold: { type: 'string' },
        raw: { type: 'string' },
        boilerplate: { type: 'string' },
        ext: { type: 'string' },
        out: { type: 'string' },
        jobs: { type: 'string' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}
type Values = ReturnType<typeof parse>['values'];

/** Runs the command line; resolves to the exit code (0 done, 1 some inputs skipped or failed, 2 usage error). */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  try {
    const { values, positionals } = parse(argv);
    if (values.help) {
      io.out(USAGE);
      return EXIT_OK;
    }
    if (values.version) {
      io.out(packageVersion());
      return EXIT_OK;
    }
    const [command, ...rest] = positionals;
    if (command === 'eval') return runEval(values, io);
    const paths = command === 'clean' ? rest : positionals;
    if (paths.length === 0 && !io.stdinPiped) throw new UsageError('no input: name files or folders, or pipe text in');
    const options = extractOptions(values);
    const jobs = values.jobs === undefined ? io.cores : Number(values.jobs);
    if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError(`--jobs takes a whole number of workers, got "${values.jobs}"`);
    let status = EXIT_OK;
    const sources = expandInputs(paths.length > 0 ? paths : [STDIN], parseExtensions(values.ext), (path, problem) => {
      io.err(`claimex: ${path}: ${problem}`);
      status = EXIT_SOME_FAILED;
    });
    const done =
      command === 'clean'
        ? await cleanFiles(sources, options, values, io)
        : await extractFiles(sources, options, { jobs, jsonl: values.jsonl, outDir: values.out ?? null }, io);
    return Math.max(status, done);
  } catch (error) {
    if (error instanceof UsageError || (isClaimexError(error) && error.code === 'INVALID_OPTIONS')) {
      io.err(`claimex: ${error.message}\nTry 'claimex --help'.`);
      return EXIT_USAGE;
    }
    throw error;
  }
}

function extractOptions(values: Values): ExtractOptions {
  const options: ExtractOptions = {
    ...(values.topic ? { topic: readTopicOption(values.topic) } : {}),
    ...(values.url ? { url: values.url } : {}),
    ...(values.publisher ? { publisher: values.publisher } : {}),
    ...(values.published ? { published: values.published } : {}),
  };
  createExtractor(options);
  return options;
}

/** Cleaned text, one file after another under a `==> file <==` line when there are several, or JSON. */
async function cleanFiles(sources: readonly InputSource[], options: ExtractOptions, values: Values, io: Io): Promise<number> {
  const extractor = createExtractor(options);
  const several = sources.length > 1;
  let status = EXIT_OK;
  for (const source of sources) {
    const read = source.path === STDIN ? await io.readStdin() : readInput(source.path);
    if ('problem' in read) {
      io.err(`claimex: ${source.path === STDIN ? 'standard input' : source.path}: ${read.problem}`);
      status = EXIT_SOME_FAILED;
      continue;
    }
    const { toRaw: _toRaw, ...data } = extractor.clean(read.text);
    if (values.json || values.jsonl) {
      await io.out(several || values.jsonl ? JSON.stringify({ file: source.path, ...data }) : JSON.stringify(data, null, 2));
    } else {
      await io.out(several ? `==> ${source.path} <==\n${data.text}\n` : data.text);
    }
  }
  return status;
}

function runEval(values: Values, io: Io): number {
  if (!values.gold || !values.raw) throw new UsageError('eval needs --gold DIR and --raw DIR');
  const report = evaluateFolders({
    goldDir: values.gold,
    rawDir: values.raw,
    ...(values.boilerplate ? { boilerplateDir: values.boilerplate } : {}),
  });
  io.out(values.json ? JSON.stringify(report, null, 2) : formatReport(report, values.verbose));
  return EXIT_OK;
}
