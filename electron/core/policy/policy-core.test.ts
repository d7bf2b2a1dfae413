import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { operations } from '../../contract/api.ts';
import { NO_POLICY, NO_POLICY_SUMMARY } from '../../contract/policy-schema.ts';
import { hashPin } from '../admin/pin-hash.ts';
import { readPolicy } from './read-policy.ts';
import { refusal } from '../test-support/refusal.ts';
import { FAST_SCRYPT, POLICY_PATH, usePolicyCore, withIdle } from './use-policy-core.ts';

const fixture = usePolicyCore();
const IDLE_RULE = "IT's policy keeps the idle timeout between 60 and 180 seconds.";
const BOUNDS = { idleTimeoutSeconds: { min: 60, max: 180 } };

describe('readKioskPolicy', () => {
  it('without a policy: both languages, free choices, kiosk mode, no problem', async () => {
    const core = await fixture.open();
    expect(await core.invoke('readKioskPolicy', undefined)).toEqual(NO_POLICY_SUMMARY);
    expect(NO_POLICY_SUMMARY).toEqual({
      languages: ['en', 'es'],
      idleTimeoutSeconds: null,
      usageCounts: null,
      pinFromPolicy: false,
      kioskMode: true,
      problem: null,
    });
  });

  it('tells the renderer what the policy fixes, with no session, and nothing secret', async () => {
    const adminPinHash = await hashPin('11223344', FAST_SCRYPT);
    const core = await fixture.open({
      dataDir: '/srv/secret-data-folder',
      adminPinHash,
      ...BOUNDS,
      languages: ['es'],
      usageCounts: false,
      kioskMode: false,
      updateServer: 'https://updates.example.org/kiosk',
    });
    const summary = await core.invoke('readKioskPolicy', undefined);
    expect(summary).toEqual({
      languages: ['es'],
      idleTimeoutSeconds: { min: 60, max: 180 },
      usageCounts: false,
      pinFromPolicy: true,
      kioskMode: false,
      problem: null,
    });
    expect(operations.readKioskPolicy.output.parse(summary)).toEqual(summary);
    const wire = JSON.stringify(summary);
    for (const secret of [
      adminPinHash,
      'scrypt',
      'secret-data-folder',
      'updates.example',
      POLICY_PATH,
    ]) {
      expect(wire).not.toContain(secret);
    }
  });

  it('gives staff the problems of the file, and logs them for IT', async () => {
    const problem = 'policy.json: "idleTimeoutSeconds.max": Idle seconds must be at most 600.';
    const core = await fixture.open({ policy: NO_POLICY, path: POLICY_PATH, problem });
    expect(await core.invoke('readKioskPolicy', undefined)).toEqual({
      ...NO_POLICY_SUMMARY,
      problem,
    });
    expect(fixture.log.lines).toContainEqual({
      level: 'error',
      message: `IT's policy file ${POLICY_PATH} has problems: what it sets right is in force, the rest is not, and set-pin is refused until it is fixed.\n${problem}`,
    });
  });

  it('logs which keys of the policy are in force, or that there are none', async () => {
    // One kiosk per data folder: the first closes before the second opens.
    await (await fixture.open({ usageCounts: true, languages: ['en'] })).close();
    await fixture.open(NO_POLICY);
    expect(fixture.log.lines).toContainEqual({
      level: 'info',
      message: `IT's policy file ${POLICY_PATH} is in force; it sets usageCounts, languages.`,
    });
    expect(fixture.log.lines).toContainEqual({
      level: 'info',
      message: `No policy settings at ${POLICY_PATH}: staff's settings and the kiosk's defaults apply.`,
    });
  });
});

describe('the idle timeout under IT’s bounds', () => {
  it('is brought within the bounds for visitors when staff chose one outside them', async () => {
    await fixture.storePin();
    const before = await fixture.open();
    await fixture.publish(before, (content) => withIdle(content, 300));
    await before.close();

    const core = await fixture.open(BOUNDS);
    const { content } = await core.invoke('getPublishedContent', undefined);
    expect(content.kiosk.idleTimeoutSeconds).toBe(180);
    // Staff's value stays on disk: without the policy it would come back.
    const stored = JSON.parse(await readFile(join(fixture.dataDir, 'content.json'), 'utf8'));
    expect(stored.kiosk.idleTimeoutSeconds).toBe(300);
  });

  it('refuses saving, importing and publishing a value outside, in words, changing nothing', async () => {
    await fixture.storePin();
    const core = await fixture.open(BOUNDS);
    const token = await fixture.signIn(core);
    const { content, revision } = await core.invoke('getPublishedContent', undefined);
    for (const seconds of [30, 59, 181, 600]) {
      const error = await refusal(
        core.invoke('saveDraft', { token, content: withIdle(content, seconds) }),
      );
      expect(error).toMatchObject({ code: 'bad_request', message: IDLE_RULE });
    }
    const text = JSON.stringify(withIdle(content, 240));
    expect(await core.invoke('checkImport', { token, text })).toEqual({
      ok: false,
      reasons: [IDLE_RULE],
    });
    expect(
      await refusal(core.invoke('importAsDraft', { token, text, initials: 'JD' })),
    ).toMatchObject({
      message: IDLE_RULE,
    });
    expect(await core.invoke('getDraft', { token })).toEqual({ draft: null });

    await core.invoke('saveDraft', { token, content: withIdle(content, 120) });
    await core.invoke('publishDraft', { token, initials: 'JD' });
    const published = await core.invoke('getPublishedContent', undefined);
    expect(published.revision).toBeGreaterThan(revision);
    expect(published.content.kiosk.idleTimeoutSeconds).toBe(120);
  });

  it('refuses publishing a draft saved before the policy came, but restores such a revision, clamped for visitors', async () => {
    await fixture.storePin();
    const before = await fixture.open();
    await fixture.publish(before, (content) => withIdle(content, 400));
    await fixture.publish(before, (content) => withIdle(content, 90));
    const oldToken = await fixture.signIn(before);
    const { content } = await before.invoke('getPublishedContent', undefined);
    await before.invoke('saveDraft', { token: oldToken, content: withIdle(content, 500) });
    const { revisions } = await before.invoke('listRevisions', { token: oldToken });
    await before.close();

    const core = await fixture.open(BOUNDS);
    const token = await fixture.signIn(core);
    expect(await refusal(core.invoke('publishDraft', { token, initials: 'JD' }))).toMatchObject({
      code: 'bad_request',
      message: IDLE_RULE,
    });
    const with400 = revisions.find((revision) =>
      revision.changes.some((c) => c.endsWith('to 400 seconds')),
    );
    expect(with400).toBeDefined();
    const before90 = await core.invoke('getPublishedContent', undefined);
    expect(before90.content.kiosk.idleTimeoutSeconds).toBe(90);
    // Undo always works; visitors still get the bounds (400 is brought to 180).
    await core.invoke('restoreRevision', { token, number: with400!.number, initials: 'JD' });
    const after = await core.invoke('getPublishedContent', undefined);
    expect(after.revision).toBeGreaterThan(before90.revision);
    expect(after.content.kiosk.idleTimeoutSeconds).toBe(180);
  });
});

describe('the languages IT allows', () => {
  it('start visitors in the first allowed language when staff’s is not allowed', async () => {
    const core = await fixture.open({ languages: ['es'] });
    const { content } = await core.invoke('getPublishedContent', undefined);
    expect(content.kiosk.defaultLanguage).toBe('es');
    expect((await core.invoke('readKioskPolicy', undefined)).languages).toEqual(['es']);
  });
});

describe('usage counts fixed by IT', () => {
  it('stay off whatever staff chose, and the switch is refused in words', async () => {
    await fixture.storePin();
    const core = await fixture.open({ usageCounts: false });
    const token = await fixture.signIn(core);
    await core.invoke('countUsage', { counts: [{ kind: 'screen', key: 'home' }] });
    expect(await core.invoke('readUsage', { token })).toEqual({
      enabled: false,
      days: [],
      programTitles: {},
    });
    const error = await refusal(
      core.invoke('setUsageCounting', { token, enabled: true, initials: 'JD' }),
    );
    expect(error).toMatchObject({
      code: 'forbidden',
      message: "IT's policy keeps usage counts off, so they cannot be turned on here.",
    });
    const { entries } = await core.invoke('readAuditLog', { token });
    expect(entries.map((entry) => entry.action)).not.toContain('settings-changed');
  });

  it('stay off, and cannot be turned on, while the policy’s usageCounts cannot be used', async () => {
    await fixture.storePin();
    const before = await fixture.open();
    const oldToken = await fixture.signIn(before);
    await before.invoke('setUsageCounting', { token: oldToken, enabled: false, initials: 'JD' });
    await before.close();

    const path = join(fixture.dataDir, '..', 'policy.json');
    await writeFile(path, JSON.stringify({ usageCounts: 'off', languages: ['en'] }));
    const core = await fixture.open(readPolicy(path, 'linux'));
    const token = await fixture.signIn(core);
    await core.invoke('countUsage', { counts: [{ kind: 'screen', key: 'home' }] });
    expect(await core.invoke('readUsage', { token })).toEqual({
      enabled: false,
      days: [],
      programTitles: {},
    });
    expect(
      await refusal(core.invoke('setUsageCounting', { token, enabled: true, initials: 'JD' })),
    ).toMatchObject({ code: 'forbidden' });
    expect((await core.invoke('adminStatus', undefined)).problems).toContain(
      'policy.json: "usageCounts": usageCounts must be true or false (without quotes). Usage counting stays off until this is fixed.',
    );
  });

  it('stay on when staff had turned them off, and staff’s choice is kept for later', async () => {
    await fixture.storePin();
    const before = await fixture.open();
    const oldToken = await fixture.signIn(before);
    await before.invoke('setUsageCounting', { token: oldToken, enabled: false, initials: 'JD' });
    await before.close();

    const core = await fixture.open({ usageCounts: true });
    const token = await fixture.signIn(core);
    await core.invoke('countUsage', { counts: [{ kind: 'screen', key: 'home' }] });
    const report = await core.invoke('readUsage', { token });
    expect(report.enabled).toBe(true);
    expect(report.days[0]?.counts.screen).toEqual({ home: 1 });
    expect(
      await refusal(core.invoke('setUsageCounting', { token, enabled: false, initials: 'JD' })),
    ).toMatchObject({
      message: "IT's policy keeps usage counts on, so they cannot be turned off here.",
    });
    await core.close();
    const usage = JSON.parse(await readFile(join(fixture.dataDir, 'usage.json'), 'utf8'));
    expect(usage.enabled).toBe(false);
  });
});
