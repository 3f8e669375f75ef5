/**
 * The first index of `items` where `before` stops holding, by binary search; `items.length` when it holds for
 * all. `items` must be ordered so that `before` holds for a prefix and fails for the rest.
 */
export function lowerBound<T>(items: readonly T[], before: (item: T) => boolean): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (before(items[mid]!)) low = mid + 1;
    else high = mid;
  }
  return low;
}
