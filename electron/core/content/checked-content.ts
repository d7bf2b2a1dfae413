import type { z } from 'zod';
import { Content } from '../../contract/content-schema.ts';
import { serializeJson } from '../store/durable-json-file.ts';

declare const checked: unique symbol;

/**
 * Content that passed every content rule and can no longer change (frozen all the way down):
 * made only by checkContent, so a publish validates once, at the edge, and what it hands inward
 * is trusted without being checked again.
 */
export type CheckedContent = Content & { readonly [checked]: true };

export type CheckResult =
  { success: true; data: CheckedContent } | { success: false; error: z.ZodError };

const passed = new WeakSet<object>();
const texts = new WeakMap<object, string>();

/** Content.safeParse, whose result is frozen and remembered as checked; checked content passes as is. */
export function checkContent(value: unknown): CheckResult {
  if (isCheckedContent(value)) return { success: true, data: value };
  const parsed = Content.safeParse(value);
  if (!parsed.success) return { success: false, error: parsed.error };
  // zod's output is a fresh copy that only this function holds: freezing it is what makes
  // "checked" stay true for as long as the value lives.
  deepFreeze(parsed.data);
  passed.add(parsed.data);
  return { success: true, data: parsed.data as CheckedContent };
}

export function isCheckedContent(value: unknown): value is CheckedContent {
  return typeof value === 'object' && value !== null && passed.has(value);
}

/**
 * serializeJson(content). A checked content cannot change, so its text is made once and shared
 * by content.json, the last good copy and the revision file (about 8 ms a megabyte each).
 */
export function contentText(content: Content): string {
  if (!isCheckedContent(content)) return serializeJson(content);
  let text = texts.get(content);
  if (text === undefined) {
    text = serializeJson(content);
    texts.set(content, text);
  }
  return text;
}

function deepFreeze(value: unknown): void {
  if (typeof value !== 'object' || value === null) return;
  Object.freeze(value);
  for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
}
