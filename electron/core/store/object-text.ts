/**
 * serializeJson of an object from the serializeJson texts of its fields, in order: the same
 * bytes, without serialising a field again (a megabyte of content, say, whose text is known).
 * Each field's lines move two spaces in; JSON text never holds a raw line break inside a string.
 */
export function objectText(fields: readonly (readonly [key: string, text: string])[]): string {
  if (fields.length === 0) return '{}\n';
  const lines = fields.map(([key, text]) => {
    const value = text.endsWith('\n') ? text.slice(0, -1) : text;
    return `  ${JSON.stringify(key)}: ${value.replaceAll('\n', '\n  ')}`;
  });
  return `{\n${lines.join(',\n')}\n}\n`;
}
