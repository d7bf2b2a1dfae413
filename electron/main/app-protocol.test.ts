import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../contract/security-headers.ts';
import { createRecordingLogger } from '../core/test-support/recording-logger.ts';
import { registerAppScheme, serveAppProtocol } from './app-protocol.ts';
import { protocol, resetFakeElectron } from './test-support/fake-electron.ts';

vi.mock('electron', () => import('./test-support/fake-electron.ts'));

beforeEach(() => resetFakeElectron());

describe('the app:// scheme', () => {
  it('is privileged as standard, secure and able to fetch, and nothing more', () => {
    registerAppScheme();
    expect(protocol.privileged).toHaveLength(1);
    expect(protocol.privileged[0]?.schemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('is answered by the renderer handler, with the CSP', async () => {
    serveAppProtocol('/nowhere/dist/renderer', createRecordingLogger());
    const handler = protocol.handlers.get('app');
    const response = await handler!(new Request('app://kiosk/__unavailable'));
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect([...protocol.handlers.keys()]).toEqual(['app']);
  });
});
