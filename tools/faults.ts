// Injected faults, shared by the Adobe emulator and the fake GitHub: a test arms a fault for
// a method and path, and the server answers with it instead of routing the request.

export type FaultResponse =
  | { status: number; body?: unknown; headers?: Record<string, string> }
  | { kind: 'reset' }
  | { kind: 'hang' };

export interface Fault {
  method?: string;
  path: string | RegExp;
  /** Default 1. */
  times?: number;
  response: FaultResponse;
}

interface Armed {
  fault: Fault;
  remaining: number;
}

/** Injected faults, consumed first-match in insertion order. */
export class FaultQueue {
  private armed: Armed[] = [];

  add(fault: Fault): void {
    this.armed.push({ fault, remaining: fault.times ?? 1 });
  }

  /** Consumes one use of the first fault matching this request, if any. */
  take(method: string, path: string): FaultResponse | undefined {
    const index = this.armed.findIndex(({ fault }) => matches(fault, method, path));
    const hit = this.armed[index];
    if (!hit) return undefined;
    hit.remaining -= 1;
    if (hit.remaining <= 0) this.armed.splice(index, 1);
    return hit.fault.response;
  }

  clear(): void {
    this.armed = [];
  }
}

function matches(fault: Fault, method: string, path: string): boolean {
  if (fault.method && fault.method.toUpperCase() !== method) return false;
  // search() ignores lastIndex, so a /g regex matches on every request, unlike test().
  return typeof fault.path === 'string' ? fault.path === path : path.search(fault.path) !== -1;
}
