/** Every string anywhere in a JSON value, with its path: scans must not miss a field. */
export function stringsIn(value: unknown, path = ''): { path: string; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) =>
    stringsIn(child, path === '' ? key : `${path}.${key}`),
  );
}

/** Every `{ en, es }` pair anywhere in a JSON value, with its path. */
export function localizedTextsIn(
  value: unknown,
  path = '',
): { path: string; en: unknown; es: unknown }[] {
  if (typeof value !== 'object' || value === null) return [];
  const here = 'en' in value && 'es' in value ? [{ path, en: value.en, es: value.es }] : [];
  return [
    ...here,
    ...Object.entries(value).flatMap(([key, child]) =>
      localizedTextsIn(child, path === '' ? key : `${path}.${key}`),
    ),
  ];
}
