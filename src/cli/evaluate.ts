import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { CLAIM_FIELDS, fieldMatches, scoreBoilerplate, scoreClaims, scoreNoise, type ClaimField, type FieldScore, type StanceConfusion } from '../eval/score.js';
import { parseBoilerplatePage, parseGoldArticle } from '../eval/gold.js';
import { poolPRF, type PRF } from '../eval/metrics.js';
import { clean, extractClaims } from '../pipeline/extract.js';
import { StanceSchema, type Stance } from '../core/schema.js';

export interface ArticleEvaluation {
  file: string;
  noise: PRF;
  claims: PRF;
  fields: Record<ClaimField, FieldScore>;
  stanceConfusion: StanceConfusion;
  nonVerbatim: number;
  metadata: { title: boolean; publisher: boolean; published: boolean };
  missed: string[];
  spurious: string[];
  /** Gold value → predicted value, per field, for the matched claims that differ. */
  fieldErrors: Array<{ field: ClaimField; gold: string | null; predicted: string | null; quote: string }>;
  noiseErrors: { keptNoise: number[]; removedContent: number[] };
}

export interface BoilerplateEvaluation {
  page: string;
  score: PRF;
}

export interface EvaluationReport {
  articles: ArticleEvaluation[];
  boilerplate: BoilerplateEvaluation[];
  totals: {
    noise: PRF;
    claims: PRF;
    fields: Record<ClaimField, FieldScore>;
    stanceConfusion: StanceConfusion;
    nonVerbatim: number;
    boilerplate: PRF | null;
  };
}

export interface EvaluationDirs {
  /** Folder of gold JSON files (gold-format.md). */
  goldDir: string;
  /** Folder of the raw .txt articles the gold files name. */
  rawDir: string;
  /** Folder of boilerplate pages: pNN.txt with pNN.json holding `with` / `without`. */
  boilerplateDir?: string;
}

/** Scores claimex on every gold article (and boilerplate page) in the folders. */
export function evaluateFolders(dirs: EvaluationDirs): EvaluationReport {
  const articles = readdirSync(dirs.goldDir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => evaluateArticle(join(dirs.goldDir, name), dirs.rawDir));
  const boilerplate = dirs.boilerplateDir ? evaluateBoilerplate(dirs.boilerplateDir) : [];
  return {
    articles,
    boilerplate,
    totals: {
      noise: poolPRF(articles.map((article) => article.noise)),
      claims: poolPRF(articles.map((article) => article.claims)),
      fields: poolFields(articles.map((article) => article.fields)),
      stanceConfusion: poolConfusion(articles.map((article) => article.stanceConfusion)),
      nonVerbatim: articles.reduce((sum, article) => sum + article.nonVerbatim, 0),
      boilerplate: boilerplate.length ? poolPRF(boilerplate.map((page) => page.score)) : null,
    },
  };
}

function evaluateArticle(goldPath: string, rawDir: string): ArticleEvaluation {
  const gold = parseGoldArticle(JSON.parse(readFileSync(goldPath, 'utf8')), goldPath);
  const raw = readFileSync(join(rawDir, gold.file), 'utf8');
  const result = extractClaims(raw, gold.topic ? { topic: gold.topic } : {});
  const noise = scoreNoise(gold, result);
  const claimScore = scoreClaims(gold, result, { raw });
  const predictedNoise = new Set(result.removed.map((line) => line.line));
  const goldNoise = new Set(gold.noiseLines);
  return {
    file: gold.file,
    noise,
    claims: claimScore.claims,
    fields: claimScore.fields,
    stanceConfusion: claimScore.stanceConfusion,
    nonVerbatim: claimScore.nonVerbatim,
    metadata: {
      title: result.article.title === gold.title,
      publisher: result.article.publisher === gold.publisher,
      published: result.article.published === gold.published,
    },
    missed: claimScore.missed.map((claim) => claim.quote),
    spurious: claimScore.spurious.map((claim) => claim.quote),
    fieldErrors: claimScore.matches.flatMap((match) =>
      CLAIM_FIELDS.filter((field) => !fieldMatches(match.gold[field], match.predicted[field])).map((field) => ({ field, gold: match.gold[field], predicted: match.predicted[field], quote: match.gold.quote })),
    ),
    noiseErrors: {
      keptNoise: gold.noiseLines.filter((line) => !predictedNoise.has(line)),
      removedContent: [...predictedNoise].filter((line) => !goldNoise.has(line)).sort((a, b) => a - b),
    },
  };
}

function evaluateBoilerplate(dir: string): BoilerplateEvaluation[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json') && existsSync(join(dir, name.replace(/\.json$/, '.txt'))))
    .sort()
    .map((name) => {
      const page = parseBoilerplatePage(JSON.parse(readFileSync(join(dir, name), 'utf8')), name);
      const raw = readFileSync(join(dir, name.replace(/\.json$/, '.txt')), 'utf8');
      return { page: basename(name, '.json'), score: scoreBoilerplate(page, clean(raw).text) };
    });
}

function poolFields(all: ReadonlyArray<Record<ClaimField, FieldScore>>): Record<ClaimField, FieldScore> {
  return Object.fromEntries(
    CLAIM_FIELDS.map((field) => {
      const correct = all.reduce((sum, fields) => sum + fields[field].correct, 0);
      const total = all.reduce((sum, fields) => sum + fields[field].total, 0);
      return [field, { correct, total, accuracy: total === 0 ? 1 : correct / total }];
    }),
  ) as Record<ClaimField, FieldScore>;
}

function poolConfusion(all: readonly StanceConfusion[]): StanceConfusion {
  const stances = StanceSchema.options;
  const pooled = Object.fromEntries(
    stances.map((gold) => [gold, Object.fromEntries(stances.map((predicted) => [predicted, 0]))]),
  ) as StanceConfusion;
  for (const matrix of all) {
    for (const gold of stances) for (const predicted of stances) pooled[gold][predicted] += matrix[gold][predicted];
  }
  return pooled;
}

const pct = (value: number): string => value.toFixed(3);
const prfText = (score: PRF): string =>
  `P ${pct(score.precision)}  R ${pct(score.recall)}  F1 ${pct(score.f1)}  (tp ${score.tp}, fp ${score.fp}, fn ${score.fn})`;

/** A plain-text report for people; `verbose` adds the misses and field errors of each article. */
export function formatReport(report: EvaluationReport, verbose = false): string {
  const lines: string[] = [];
  for (const article of report.articles) {
    lines.push(`${article.file}`);
    lines.push(`  noise   ${prfText(article.noise)}`);
    lines.push(`  claims  ${prfText(article.claims)}`);
    lines.push(`  fields  ${CLAIM_FIELDS.map((field) => `${field} ${pct(article.fields[field].accuracy)}`).join('  ')}`);
    lines.push(`  article title ${article.metadata.title}  publisher ${article.metadata.publisher}  published ${article.metadata.published}`);
    if (verbose) {
      if (article.noiseErrors.keptNoise.length) lines.push(`  noise kept: lines ${article.noiseErrors.keptNoise.join(', ')}`);
      if (article.noiseErrors.removedContent.length) lines.push(`  content removed: lines ${article.noiseErrors.removedContent.join(', ')}`);
      for (const quote of article.missed) lines.push(`  missed   ${JSON.stringify(quote.slice(0, 100))}`);
      for (const quote of article.spurious) lines.push(`  spurious ${JSON.stringify(quote.slice(0, 100))}`);
      for (const error of article.fieldErrors) {
        lines.push(`  ${error.field}: gold ${JSON.stringify(error.gold)} got ${JSON.stringify(error.predicted)}  «${error.quote.slice(0, 50)}»`);
      }
    }
  }
  for (const page of report.boilerplate) lines.push(`${page.page}  boilerplate ${prfText(page.score)}`);
  const { totals } = report;
  lines.push('', 'TOTAL');
  lines.push(`  noise lines        ${prfText(totals.noise)}`);
  if (totals.boilerplate) lines.push(`  boilerplate pooled ${prfText(totals.boilerplate)}`);
  lines.push(`  claims             ${prfText(totals.claims)}`);
  lines.push(`  non-verbatim quotes ${totals.nonVerbatim}`);
  for (const field of CLAIM_FIELDS) {
    const score = totals.fields[field];
    lines.push(`  ${field.padEnd(12)} ${pct(score.accuracy)}  (${score.correct}/${score.total})`);
  }
  const stances: Stance[] = StanceSchema.options;
  lines.push('  stance confusion (rows gold, columns predicted)');
  lines.push(`    ${''.padEnd(12)}${stances.map((stance) => stance.padStart(12)).join('')}`);
  for (const gold of stances) {
    lines.push(`    ${gold.padEnd(12)}${stances.map((predicted) => String(totals.stanceConfusion[gold][predicted]).padStart(12)).join('')}`);
  }
  return lines.join('\n');
}
