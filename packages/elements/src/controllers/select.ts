import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CourseHandle } from '../context/course-context.js';

export interface SelectOptions<T> {
  /** Picks the slice the element renders from. */
  select: (handle: CourseHandle) => T;
  /** When two selections count as the same (default: Object.is), so unrelated changes don't re-render. */
  equals?: (a: T, b: T) => boolean;
}

/**
 * Subscribes a host element to a slice of the course state: re-renders only when that slice changes.
 * The handle arrives through context, so it is passed in by a getter.
 */
export class SelectController<T> implements ReactiveController {
  value: T | undefined;
  private unsubscribe?: () => void;
  private handle?: CourseHandle;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly getHandle: () => CourseHandle | undefined,
    private readonly options: SelectOptions<T>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.attach();
  }

  hostUpdate(): void {
    // The context may arrive after connection; attach lazily.
    if (this.getHandle() !== this.handle) this.attach();
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.handle = undefined;
  }

  private attach(): void {
    this.unsubscribe?.();
    this.handle = this.getHandle();
    if (!this.handle) return;
    const handle = this.handle;
    const equals = this.options.equals ?? Object.is;
    this.value = this.options.select(handle);
    this.unsubscribe = handle.subscribe(() => {
      const next = this.options.select(handle);
      if (this.value === undefined || !equals(this.value, next)) {
        this.value = next;
        this.host.requestUpdate();
      }
    });
  }
}
