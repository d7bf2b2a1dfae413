import type { Content } from '../../contract/content-schema.ts';
import {
  LANGUAGES,
  type IdleTimeoutBounds,
  type Language,
  type Policy,
} from '../../contract/policy-schema.ts';

/** The words staff see when a value they save lies outside IT's bounds. */
export function idleBoundsRule({ min, max }: IdleTimeoutBounds): string {
  return min === max
    ? `IT's policy sets the idle timeout to ${min} seconds.`
    : `IT's policy keeps the idle timeout between ${min} and ${max} seconds.`;
}

/** The languages visitors are offered, in the kiosk's order when the policy names none. */
export function allowedLanguages(policy: Policy): Language[] {
  return policy.languages ?? [...LANGUAGES];
}

/**
 * The content as visitors get it: staff's idle timeout brought within IT's bounds and the start
 * language one that is offered. Content published before the policy came keeps its values on
 * disk; only what visitors see is bounded, so removing the policy brings staff's choice back.
 */
export function contentForVisitors(content: Content, policy: Policy): Content {
  const { idleTimeoutSeconds, defaultLanguage } = content.kiosk;
  const bounds = policy.idleTimeoutSeconds;
  const idle =
    bounds === undefined
      ? idleTimeoutSeconds
      : Math.min(Math.max(idleTimeoutSeconds, bounds.min), bounds.max);
  const languages = allowedLanguages(policy);
  const start = languages.includes(defaultLanguage)
    ? defaultLanguage
    : (languages[0] ?? defaultLanguage);
  if (idle === idleTimeoutSeconds && start === defaultLanguage) return content;
  return {
    ...content,
    kiosk: { ...content.kiosk, idleTimeoutSeconds: idle, defaultLanguage: start },
  };
}

/** Why staff may not save or publish `content` under the policy; null when they may. */
export function settingsProblem(content: Content, policy: Policy): string | null {
  const bounds = policy.idleTimeoutSeconds;
  if (bounds === undefined) return null;
  const seconds = content.kiosk.idleTimeoutSeconds;
  return seconds < bounds.min || seconds > bounds.max ? idleBoundsRule(bounds) : null;
}
