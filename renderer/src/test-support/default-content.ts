import { Content } from '../../../electron/contract/content-schema.ts';
import bundled from '../../../data/default-content.json';

/** The bundled default, for tests that need the agency's whole text (search, for one). */
export function defaultContent(): Content {
  return Content.parse(structuredClone(bundled));
}
