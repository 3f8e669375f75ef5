/**
 * Adds `value` to the list kept under `key`, and returns the list. A new list is an array literal of the one value:
 * an empty array that is pushed to keeps room for 17 values, ~130 bytes more, which over the ~100k sentences of a long
 * article's per-sentence lists was a measurable part of its peak memory.
 */
export function addToList<K, V>(lists: Map<K, V[]>, key: K, value: V): V[] {
  const list = lists.get(key);
  if (list !== undefined) {
    list.push(value);
    return list;
  }
  const created = [value];
  lists.set(key, created);
  return created;
}
