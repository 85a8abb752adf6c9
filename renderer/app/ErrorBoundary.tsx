import { Component, type ErrorInfo, type ReactNode } from 'react';
import { ErrorPage } from './ErrorPage';
import { useLocationHash, useRetryCount } from './useRoute';

interface CatcherProps {
  /** The address the children were rendered for: a new one clears the error. */
  resetKey: string;
  children: ReactNode;
}

interface CatcherState {
  error: { value: unknown; componentStack?: string } | null;
  /** The resetKey the error happened at; set on the render after the error. */
  failedAt: string | null;
}

// React offers error boundaries only as class components.
class RenderErrorCatcher extends Component<CatcherProps, CatcherState> {
  override state: CatcherState = { error: null, failedAt: null };

  static getDerivedStateFromError(error: unknown): Partial<CatcherState> {
    return { error: { value: error }, failedAt: null };
  }

  static getDerivedStateFromProps(props: CatcherProps, state: CatcherState): Partial<CatcherState> | null {
    if (!state.error) return null;
    if (state.failedAt === null) return { failedAt: props.resetKey };
    return state.failedAt === props.resetKey ? null : { error: null, failedAt: null };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // React reports the error on the console itself; the component stack goes into "Copy details".
    this.setState((state) =>
      state.error?.value === error
        ? { error: { value: error, componentStack: info.componentStack ?? undefined } }
        : null,
    );
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <ErrorPage
        failure={{
          kind: 'render',
          error: error.value,
          ...(error.componentStack ? { componentStack: error.componentStack } : {}),
        }}
      />
    );
  }
}

/**
 * Catches a render error below it and shows the error page in its place, in the app's
 * language, with Back, Reload and Copy details. Going to another address clears it, and
 * so does the navigation link of the page shown (retryCurrentPage).
 */
export function ErrorBoundary({ children }: { children: ReactNode }) {
  const hash = useLocationHash();
  const retries = useRetryCount();
  return <RenderErrorCatcher resetKey={`${hash}\u0000${retries}`}>{children}</RenderErrorCatcher>;
}
