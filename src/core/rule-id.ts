/** Joined ids by rule id and variant: the variants of a rule are a fixed few, so the map stays small. */
const variants = new Map<string, Map<string, string>>();

/**
 * A rule id with the variant that decided ("enrich/date:phrase"), one string per pair: joined anew for every claim,
 * each claim's `rules` held a string of its own, made of joined parts (~60 bytes a claim).
 */
export function ruleVariant(id: string, variant: string): string {
  let byVariant = variants.get(id);
  if (byVariant === undefined) {
    byVariant = new Map();
    variants.set(id, byVariant);
  }
  let joined = byVariant.get(variant);
  if (joined === undefined) {
    joined = `${id}:${variant}`;
    byVariant.set(variant, joined);
  }
  return joined;
}
