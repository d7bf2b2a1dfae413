import { Component, type ErrorInfo, type ReactNode } from 'react';

interface ScreenBoundaryProps {
  children: ReactNode;
  /** What shows instead once a child has thrown. */
  fallback: ReactNode;
  onError(error: unknown): void;
}

/**
 * Stops a screen's failure at the screen: without it React unmounts the whole root and the
 * kiosk shows white until someone restarts it. A class, because only a class can catch.
 */
export class ScreenBoundary extends Component<ScreenBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, _info: ErrorInfo): void {
    this.props.onError(error);
  }

  override render(): ReactNode {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
