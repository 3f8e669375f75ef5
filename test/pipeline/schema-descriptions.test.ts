import { describe, expect, it } from 'vitest';
import { DocumentSchema, ExtractOptionsSchema, extractionResultJsonSchema } from '../../src/index.js';

type Node = { description?: string; properties?: Record<string, Node>; items?: Node; anyOf?: Node[]; $ref?: string; $defs?: Record<string, Node> };

/** Every property of every object in the JSON Schema, with the path that leads to it. */
function properties(node: Node, path: string, defs: Record<string, Node>, seen = new Set<Node>()): Array<[string, Node]> {
  if (seen.has(node)) return [];
  seen.add(node);
  const found: Array<[string, Node]> = [];
  const visit = (child: Node | undefined, at: string) => {
    if (!child) return;
    const target = child.$ref ? defs[child.$ref.replace('#/$defs/', '')] : child;
    if (target) found.push(...properties(target, at, defs, seen));
  };
  for (const [name, child] of Object.entries(node.properties ?? {})) {
    found.push([`${path}.${name}`, child]);
    visit(child, `${path}.${name}`);
  }
  visit(node.items, `${path}[]`);
  for (const option of node.anyOf ?? []) visit(option, path);
  return found;
}

describe('schema descriptions', () => {
  it('describe every field of the result in its JSON Schema', () => {
    const schema = extractionResultJsonSchema() as Node;
    const fields = properties(schema, 'result', schema.$defs ?? {});
    expect(fields.length).toBeGreaterThan(40);
    const described = (node: Node): boolean =>
      Boolean(node.description) || Boolean(node.$ref && schema.$defs?.[node.$ref.replace('#/$defs/', '')]?.description);
    expect(fields.filter(([, node]) => !described(node)).map(([path]) => path)).toEqual([]);
  });

  it('describe every option and every field of a batch document', () => {
    for (const shape of [ExtractOptionsSchema.shape, DocumentSchema.shape]) {
      const missing = Object.entries(shape).filter(([, field]) => !field.description).map(([name]) => name);
      expect(missing).toEqual([]);
    }
  });
});
