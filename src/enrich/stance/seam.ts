import { ClaimexError } from '../../core/errors.js';
import { StanceSchema, type Article, type Claim, type Stance, type StanceReason, type Topic } from '../../core/schema.js';

export const STANCE_CLASSIFIER_ID = 'enrich/stance-classifier';

/** What a stance classifier sees besides the claim: the article, its topic and every claim the rules found. */
export interface StanceClassifierContext {
  raw: string;
  topic: Topic | null;
  article: Article;
  /** All claims of the article with the rules' stances, in text order (for speaker consistency, context). */
  claims: readonly Claim[];
}

/** A classifier's answer: a stance, or a stance with a reason (a sentence, or parts of a `StanceReason`). */
export type StanceVerdict = Stance | { stance: Stance; reason?: string | Partial<StanceReason> };

/**
 * Replaces the rule classifier's stance for each claim (an NLI model, an LLM, a lookup). The claim carries the
 * rules' own `stance` and `stanceReason`, so a classifier can keep them where it has nothing better.
 */
export type StanceClassifier = (claim: Claim, context: StanceClassifierContext) => StanceVerdict;

/** The same, allowed to answer later: for `extractClaimsAsync`. */
export type AsyncStanceClassifier = (claim: Claim, context: StanceClassifierContext) => StanceVerdict | Promise<StanceVerdict>;

/** Runs a synchronous classifier over the claims; a classifier that returns a promise belongs to `extractClaimsAsync`. */
export function classifyClaims(claims: readonly Claim[], context: Omit<StanceClassifierContext, 'claims'>, classifier: StanceClassifier): Claim[] {
  const full: StanceClassifierContext = { ...context, claims };
  return claims.map((claim) => {
    const verdict: unknown = classifier(claim, full);
    if (isPromise(verdict)) {
      throw new ClaimexError('INVALID_OPTIONS', 'the stance classifier returned a promise: use extractClaimsAsync for an async classifier');
    }
    return withVerdict(claim, verdict);
  });
}

/** Runs a task when fewer than n run; every classifier call of one `extractClaimsAsync` or `extractManyAsync` goes through one. */
export type ClassifierLimit = <T>(task: () => Promise<T>) => Promise<T>;

/** At most `concurrency` tasks at once, the rest started in the order they asked (a model server's or an API's limit). */
export function createClassifierLimit(concurrency: number): ClassifierLimit {
  let running = 0;
  const waiting: Array<() => void> = [];
  const release = (): void => {
    running -= 1;
    waiting.shift()?.();
  };
  return async (task) => {
    if (running >= concurrency) await new Promise<void>((resolve) => waiting.push(resolve));
    running += 1;
    try {
      return await task();
    } finally {
      release();
    }
  };
}

/**
 * Runs a classifier that may be async over the claims through `limit`, keeping the claims' order. What the classifier
 * throws or rejects with becomes CLASSIFIER_FAILED naming the claim, the original as `cause`.
 */
export async function classifyClaimsAsync(
  claims: readonly Claim[],
  context: Omit<StanceClassifierContext, 'claims'>,
  classifier: AsyncStanceClassifier,
  limit: ClassifierLimit,
): Promise<Claim[]> {
  const full: StanceClassifierContext = { ...context, claims };
  const ask = async (claim: Claim): Promise<StanceVerdict> => {
    try {
      return await classifier(claim, full);
    } catch (cause) {
      const reason = cause instanceof Error ? cause.message : String(cause);
      throw new ClaimexError('CLASSIFIER_FAILED', `the stance classifier failed on claim ${claim.id}: ${reason}`, { claimId: claim.id }, { cause });
    }
  };
  return Promise.all(claims.map(async (claim) => withVerdict(claim, await limit(() => ask(claim)))));
}

/** Checks the classifier's answer and writes it over the rules' stance, keeping the rules' topic terms. */
export function withVerdict(claim: Claim, verdict: unknown): Claim {
  const { stance, reason } = readVerdict(verdict);
  const given = typeof reason === 'string' ? { summary: reason } : (reason ?? {});
  const stanceReason: StanceReason = {
    cues: given.cues ?? [],
    condition: given.condition ?? null,
    topicTerms: given.topicTerms ?? claim.stanceReason.topicTerms,
    summary: given.summary ?? `${stance}: decided by the stance classifier`,
    ...(given.inheritedFrom !== undefined ? { inheritedFrom: given.inheritedFrom } : {}),
    decidedBy: 'classifier',
  };
  return { ...claim, stance, stanceReason, rules: claim.rules.concat(STANCE_CLASSIFIER_ID) };
}

function readVerdict(verdict: unknown): { stance: Stance; reason?: string | Partial<StanceReason> } {
  const direct = StanceSchema.safeParse(verdict);
  if (direct.success) return { stance: direct.data };
  if (typeof verdict === 'object' && verdict !== null) {
    const { stance, reason } = verdict as { stance?: unknown; reason?: unknown };
    const parsed = StanceSchema.safeParse(stance);
    if (parsed.success && (reason === undefined || typeof reason === 'string' || (typeof reason === 'object' && reason !== null))) {
      return { stance: parsed.data, reason: reason as string | Partial<StanceReason> | undefined };
    }
  }
  throw new ClaimexError(
    'INVALID_OPTIONS',
    `the stance classifier must return one of ${StanceSchema.options.join(', ')} or { stance, reason? }; got ${JSON.stringify(verdict)}`,
    verdict,
  );
}

function isPromise(value: unknown): value is PromiseLike<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';
}
