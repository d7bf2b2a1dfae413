import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { load } from 'js-yaml';
import { Ajv } from 'ajv';

const require = createRequire(import.meta.url);
const schema = require('app-builder-lib/scheme.json') as object;
const configUrl = new URL('../electron-builder.yml', import.meta.url);

// Packaging cannot run here (it downloads Electron), so electron-builder's own JSON schema is
// the check that the file would be accepted.
function validate(config: unknown): string[] {
  const ajv = new Ajv({ allErrors: true, strict: false });
  const check = ajv.compile(schema);
  return check(config) ? [] : (check.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

describe('electron-builder.yml', () => {
  const config = load(readFileSync(configUrl, 'utf8')) as Record<string, unknown>;

  it('passes electron-builder’s own schema', () => {
    expect(validate(config)).toEqual([]);
  });

  it('would reject a misspelt key, so the schema check is real', () => {
    expect(validate({ ...config, prodctName: 'x' }).length).toBeGreaterThan(0);
  });

  it('names the product and app id from the design', () => {
    expect(config.appId).toBe('gov.ca.post.asb.kiosk');
    expect(config.productName).toBe('ASB Lobby Kiosk');
  });
});
