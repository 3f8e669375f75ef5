export interface RandomSource {
  next(): number;
  int(max: number): number;
  pick<T>(list: readonly T[]): T;
  chance(probability: number): boolean;
}
export function randomSource(seed: number): RandomSource;
export const INPUT_KINDS: readonly string[];
export function generateInput(seed: number, index: number, maxChars?: number): { kind: string; raw: string };
export function resultFailures(raw: string, result: unknown, schema: { safeParse(value: unknown): { success: boolean; error?: { issues: Array<{ path: PropertyKey[]; message: string }> } } }): string[];
