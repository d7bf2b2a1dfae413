export type Path = (string | number)[];

/**
 * Every field `input` holds that `read` (what a schema made of it) does not: what validation
 * drops without a word. Each by where it is (['programs', 0, 'colour']), in the input's order.
 */
export function unknownFields(input: unknown, read: unknown, path: Path = []): Path[] {
  if (Array.isArray(input) && Array.isArray(read)) {
    return input.flatMap((item: unknown, index) =>
      unknownFields(item, read[index], [...path, index]),
    );
  }
  if (!isRecord(input) || !isRecord(read)) return [];
  return Object.entries(input).flatMap(([key, value]) =>
    Object.hasOwn(read, key) ? unknownFields(value, read[key], [...path, key]) : [[...path, key]],
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
