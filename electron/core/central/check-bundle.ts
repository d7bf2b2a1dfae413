import semver from 'semver';
import type { Manifest } from '../../contract/bundle-schema.ts';
import type { LocalEditing } from '../../contract/content-ownership.ts';
import { CURRENT_SCHEMA_VERSION } from '../../contract/content-schema.ts';
import { formatIssues } from '../../contract/format-issues.ts';
import { StoredContent } from '../../contract/migrations.ts';
import type { PinnedKey } from '../bundle/keys.ts';
import { verifyContentBytes, verifyManifest } from '../bundle/verify-bundle.ts';
import { checkContent, type CheckedContent } from '../content/checked-content.ts';
import type { BundleSource, ManifestFiles } from './bundle-source.ts';
import type { CentralState } from './central-state.ts';
import type { Evidence } from './quarantine.ts';

/** The clock skew a manifest's expiry tolerates: a kiosk whose clock runs a day fast still takes it. */
export const EXPIRY_SKEW_MS = 24 * 60 * 60 * 1000;

export interface CheckBundleInput {
  source: BundleSource;
  keys: readonly PinnedKey[];
  /** What was applied last; null before anything was. */
  applied: CentralState | null;
  /** Ask a web server for the manifest only if it changed since the last read. */
  conditional: boolean;
  /** The mode in force: the applied version is applied again when it was under another. */
  localEditing: LocalEditing;
  now: number;
  appVersion: string;
  /** Shows the content to visitors; `keptLocal` when mode "all" kept staff's edits instead. */
  apply(
    content: CheckedContent,
    from: { version: number; keyId: string },
  ): Promise<{ keptLocal: boolean }>;
}

/**
 * - unchanged: the server said the manifest had not changed (304).
 * - current: the applied version again; `state` has the later expiry of the two (a re-signing).
 * - applied: a new version, or the applied one under a new mode, shown to visitors now (or kept
 *   from them in mode "all", `state.keptLocal`); `state` is what to record.
 * - failed: the source could not be read, or the content could not be applied: nothing to keep.
 * - refused: the bundle failed a check; `evidence` is what goes to the quarantine.
 */
export type CheckOutcome =
  | { kind: 'unchanged' }
  | { kind: 'current'; state: CentralState }
  | { kind: 'applied'; state: CentralState }
  | { kind: 'failed'; reason: string }
  | { kind: 'refused'; reason: string; evidence: Evidence };

type Step<T> = { ok: true; value: T } | { ok: false; reason: string };

/**
 * One check of the source, in the order that trusts nothing unsigned: the signature over the
 * manifest's raw bytes first (verifyManifest parses nothing before it), then the version rules,
 * and only then the content file, whose hash and size the manifest fixes.
 */
export async function checkBundle(input: CheckBundleInput): Promise<CheckOutcome> {
  const first = await input.source.readManifest(input.conditional);
  if (!first.ok) return readFailure(first);
  if (first.value === 'unchanged') return { kind: 'unchanged' };
  let files: ManifestFiles = first.value;
  let verdict = verifyManifest(files.manifest, files.signature, input.keys);
  if (!verdict.ok) {
    // The signer renames manifest.sig a moment before manifest.json: a read between the two sees
    // a new signature over the old manifest. One more read tells that apart from a forgery.
    const again = await input.source.readManifest(false);
    if (!again.ok) return readFailure(again);
    if (again.value === 'unchanged') throw new Error('An unconditional read cannot be unchanged.');
    files = again.value;
    verdict = verifyManifest(files.manifest, files.signature, input.keys);
    if (!verdict.ok) return refused(verdict.reason, files);
  }
  const { manifest, keyId } = verdict.value;

  const rule = versionRules(manifest, input);
  if (!rule.ok) return refused(rule.reason, files);
  if (rule.value === 'same' && (input.applied?.localEditing ?? 'none') === input.localEditing) {
    return { kind: 'current', state: refreshed(input.applied, manifest, keyId) };
  }

  const read = await input.source.readContent(manifest.content.file, manifest.content.size);
  if (!read.ok) {
    if (read.kind === 'unreachable') return { kind: 'failed', reason: read.reason };
    return refused(read.reason, { ...files, ...(read.partial ? { content: read.partial } : {}) });
  }
  const content = contentOf(manifest, read.value);
  if (!content.ok) return refused(content.reason, { ...files, content: read.value });

  let shown: { keptLocal: boolean };
  try {
    shown = await input.apply(content.value, { version: manifest.contentVersion, keyId });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      kind: 'failed',
      reason: `Version ${manifest.contentVersion} passed every check but could not be applied: ${message}`,
    };
  }
  const state: CentralState = {
    version: manifest.contentVersion,
    sha256: manifest.content.sha256,
    keyId,
    expiresAt: manifest.expiresAt,
    appliedAt: new Date(input.now).toISOString(),
    localEditing: input.localEditing,
    ...(shown.keptLocal ? { keptLocal: true } : {}),
  };
  return { kind: 'applied', state };
}

function readFailure(failure: {
  kind: 'unreachable' | 'refused';
  reason: string;
  partial?: Uint8Array;
}): CheckOutcome {
  if (failure.kind === 'unreachable') return { kind: 'failed', reason: failure.reason };
  return refused(failure.reason, failure.partial ? { manifest: failure.partial } : {});
}

function refused(reason: string, evidence: Evidence): CheckOutcome {
  return { kind: 'refused', reason, evidence };
}

/** 'same': the version applied already, with the same content; 'new': one to fetch and apply. */
function versionRules(manifest: Manifest, input: CheckBundleInput): Step<'same' | 'new'> {
  const { applied, now, appVersion } = input;
  const version = manifest.contentVersion;
  if (applied !== null && version < applied.version) {
    return fail(
      `Version ${version} is older than version ${applied.version}, which this kiosk has already applied (a replayed bundle?).`,
    );
  }
  if (
    applied !== null &&
    version === applied.version &&
    manifest.content.sha256 !== applied.sha256
  ) {
    return fail(
      `Version ${version} was already applied with other content; changed content must be signed as a new version.`,
    );
  }
  const expiresAt = Date.parse(manifest.expiresAt);
  if (expiresAt + EXPIRY_SKEW_MS < now) {
    return fail(
      `The bundle expired on ${dayOf(manifest.expiresAt)}; IT needs to re-sign it (bundle resign).`,
    );
  }
  if (applied !== null && version === applied.version) return { ok: true, value: 'same' };
  if (manifest.schemaVersion > CURRENT_SCHEMA_VERSION) {
    return fail(
      `This content is in a newer format (schema ${manifest.schemaVersion}) than this kiosk app reads (up to ${CURRENT_SCHEMA_VERSION}): update the app.`,
    );
  }
  if (semver.valid(manifest.minAppVersion) === null) {
    return fail(
      `The manifest's minAppVersion "${manifest.minAppVersion}" is not a version like 0.1.0.`,
    );
  }
  if (semver.valid(appVersion) === null) {
    return fail(
      `This kiosk cannot tell its own app version, so it cannot tell whether it can show content that needs ${manifest.minAppVersion} or later: reinstall or update the app.`,
    );
  }
  if (semver.lt(appVersion, manifest.minAppVersion)) {
    return fail(
      `This content needs a newer kiosk app (${manifest.minAppVersion} or later): update the app.`,
    );
  }
  return { ok: true, value: 'new' };
}

/** The state after the applied version was seen again: a later expiry is a re-signing to keep. */
function refreshed(applied: CentralState | null, manifest: Manifest, keyId: string): CentralState {
  if (applied === null) throw new Error('Only an applied version can be seen again.');
  if (Date.parse(manifest.expiresAt) <= Date.parse(applied.expiresAt)) return applied;
  return { ...applied, expiresAt: manifest.expiresAt, keyId };
}

/** Hash and size, then the content schema after migrations, then every content rule. */
function contentOf(manifest: Manifest, bytes: Uint8Array): Step<CheckedContent> {
  const verified = verifyContentBytes(manifest, bytes);
  if (!verified.ok) return verified;
  const stored = StoredContent.safeParse(verified.value);
  if (!stored.success) return fail(notContent(formatIssues(stored.error)));
  const checked = checkContent(stored.data);
  if (!checked.success) return fail(notContent(formatIssues(checked.error)));
  return { ok: true, value: checked.data };
}

function notContent(issues: string[]): string {
  const shown = issues.slice(0, 3).join('; ');
  const more = issues.length > 3 ? ` (and ${issues.length - 3} more)` : '';
  return `The content file does not pass the kiosk's content rules: ${shown}${more}.`;
}

function fail(reason: string): { ok: false; reason: string } {
  return { ok: false, reason };
}

/** 2026-11-01T00:00:00.000Z -> 2026-11-01 */
function dayOf(iso: string): string {
  return new Date(iso).toISOString().slice(0, 10);
}
