import { use, type ComponentType } from 'react';

export interface Deferred<P extends object> {
  Component: ComponentType<P>;
  /** Starts loading the code, once; a failed load is tried again next time. */
  preload(): Promise<ComponentType<P>>;
}

/**
 * A component whose code is a chunk of its own, kept out of the bundle the kiosk must evaluate
 * before its first paint. Rendered before its chunk is in, it suspends (so it needs a Suspense
 * boundary above it); once preload() has brought the chunk in, it renders at once, where
 * React.lazy would still suspend on its first render.
 */
export function deferred<P extends object>(load: () => Promise<ComponentType<P>>): Deferred<P> {
  let loaded: Promise<ComponentType<P>> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  const preload = () =>
    (loading ??= load().then(
      (component) => {
        // React reads a thenable's status and value: marked fulfilled, use() returns at once.
        loaded = Object.assign(Promise.resolve(component), {
          status: 'fulfilled',
          value: component,
        });
        return component;
      },
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    ));
  function Component(props: P) {
    // use() on every render, suspended or not: React requires the same hooks each time.
    const Loaded = use(loaded ?? preload());
    return <Loaded {...props} />;
  }
  return { Component, preload };
}
