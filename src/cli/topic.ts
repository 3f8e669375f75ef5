import { existsSync, readFileSync } from 'node:fs';
import { ClaimexError } from '../core/errors.js';
import { TopicSchema, type Topic } from '../core/schema.js';
import { topics } from '../lang/en/topics.js';

/** `--topic` takes a preset name (see `topics`) or the path of a JSON file holding a topic. */
export function readTopicOption(value: string): Topic {
  const preset = (topics as Record<string, Topic>)[value];
  if (preset) return preset;
  if (!existsSync(value)) {
    throw new ClaimexError('INVALID_OPTIONS', `unknown topic "${value}": use one of ${Object.keys(topics).join(', ')} or a JSON file`);
  }
  const parsed = TopicSchema.safeParse(JSON.parse(readFileSync(value, 'utf8')));
  if (!parsed.success) throw new ClaimexError('INVALID_OPTIONS', `${value} is not a topic: ${parsed.error.message}`);
  return parsed.data;
}
