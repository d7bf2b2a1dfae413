import type { ProxyOptions } from 'vite';

/**
 * Vite's proxy of the renderer's API (/api/..., the event stream included) to a browser shell.
 * The shell answers only requests addressed to itself and from its own pages
 * (electron/host/request-guards.ts), so the proxy presents the shell's Host and Origin.
 */
export function apiProxy(shellUrl: string): Record<string, ProxyOptions> {
  const shellOrigin = new URL(shellUrl).origin;
  return {
    '/api/': {
      target: shellOrigin,
      changeOrigin: true,
      configure: (proxy) => {
        proxy.on('proxyReq', (proxyReq) => {
          if (proxyReq.getHeader('origin') !== undefined) proxyReq.setHeader('origin', shellOrigin);
        });
      },
    },
  };
}
