import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '../../contract/content-schema.ts';
import { makeContent } from '../test-support/make-content.ts';
import { errnoError } from '../test-support/scripted-fs.ts';
import { validateContentFile } from './validate-content-command.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'validate-content-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function fileWith(text: string, name = 'content.json'): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, text);
  return path;
}

function versionOne(): Record<string, unknown> {
  const v1 = structuredClone(makeContent()) as Record<string, unknown> & {
    kiosk: Record<string, unknown>;
    programs: Record<string, unknown>[];
  };
  delete v1.announcements;
  delete v1.hours;
  delete v1.kiosk.idleTimeoutSeconds;
  delete v1.kiosk.defaultLanguage;
  for (const program of v1.programs) delete program.hidden;
  return { ...v1, schemaVersion: 1 };
}

describe('validateContentFile', () => {
  it('says OK, with the schema version and the number of programs', async () => {
    const content = makeContent();
    const file = await fileWith(JSON.stringify(content));
    const count = content.programs.length;
    expect(await validateContentFile(file)).toEqual({
      exitCode: 0,
      text: `OK: ${file} is valid content (schema version ${CURRENT_SCHEMA_VERSION}, ${count} program${count === 1 ? '' : 's'})`,
    });
  });

  it('accepts a version 1 file the kiosk migrates on import, and says so', async () => {
    const file = await fileWith(JSON.stringify(versionOne()));
    const report = await validateContentFile(file);
    expect(report.exitCode).toBe(0);
    expect(report.text.split('\n')).toEqual([
      expect.stringMatching(
        new RegExp(`^OK: .* is valid content \\(schema version 1, \\d+ programs?\\)$`),
      ),
      `It was written for an earlier kiosk; importing it brings it up to schema version ${CURRENT_SCHEMA_VERSION}.`,
    ]);
  });

  it('lists every reason a file is not valid content, with exit code 1', async () => {
    const content = makeContent();
    content.programs[0]!.units[0]!.phone = '916-555-0100';
    (content.bureau as Record<string, unknown>).abbreviation = 42;
    const file = await fileWith(JSON.stringify(content));
    expect(await validateContentFile(file)).toEqual({
      exitCode: 1,
      text: [
        `${file} is not valid content:`,
        "  - The bureau: the bureau's short name should be text. A file that Export makes always has it: export the content again.",
        '  - Program 1, Library Services: the phone number 916-555-0100 is not written the way the kiosk shows numbers. A number looks like (916) 227-4253.',
      ].join('\n'),
    });
  });

  it('says a file that is not JSON is not a content file', async () => {
    const file = await fileWith('{"programs": [', 'broken.json');
    const report = await validateContentFile(file);
    expect(report.exitCode).toBe(1);
    expect(report.text).toMatch(
      /^.*broken\.json is not valid content:\n {2}- This file is not a kiosk content file: it stops part way, perhaps copied before it was complete\. Choose a file that Export made\.$/,
    );
  });

  it('refuses a file from a newer kiosk', async () => {
    const file = await fileWith(JSON.stringify({ schemaVersion: CURRENT_SCHEMA_VERSION + 1 }));
    const report = await validateContentFile(file);
    expect(report.exitCode).toBe(1);
    expect(report.text).toContain('This file was made by a newer kiosk');
  });

  it('gives exit code 2 when the file cannot be read', async () => {
    const missing = join(dir, 'nowhere.json');
    expect(await validateContentFile(missing)).toEqual({
      exitCode: 2,
      text: `Could not read ${missing}: there is no such file (ENOENT).`,
    });
    expect(await validateContentFile(dir)).toEqual({
      exitCode: 2,
      text: `Could not read ${dir}: it is a folder, not a file (EISDIR).`,
    });
    const denied = async (path: string): Promise<string> => {
      throw errnoError('EACCES', 'open', path);
    };
    expect(await validateContentFile('/secret.json', denied)).toEqual({
      exitCode: 2,
      text: 'Could not read /secret.json: permission denied (EACCES).',
    });
  });
});
