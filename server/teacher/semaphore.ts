/** Releases a slot; calling it more than once is harmless. */
export type Release = () => void;

export interface Semaphore {
  /** Waits for a free slot (FIFO); rejects with the signal's reason if it aborts while queued. */
  acquire(signal?: AbortSignal): Promise<Release>;
  /** Slots currently held. */
  readonly active: number;
  /** Callers queued for a slot. */
  readonly waiting: number;
}

/** A counting semaphore: at most `limit` holders at once, handed over in arrival order. */
export function createSemaphore(limit: number): Semaphore {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`semaphore limit must be a positive integer, got ${limit}`);
  let active = 0;
  const queue: Array<() => void> = [];

  const releaser = (): Release => {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      // Hand the slot straight to the next waiter so a newcomer cannot overtake the queue.
      const next = queue.shift();
      if (next) next();
      else active--;
    };
  };

  return {
    get active() {
      return active;
    },
    get waiting() {
      return queue.length;
    },
    acquire(signal) {
      if (signal?.aborted) return Promise.reject(signal.reason);
      if (active < limit) {
        active++;
        return Promise.resolve(releaser());
      }
      return new Promise<Release>((resolve, reject) => {
        const onAbort = () => {
          queue.splice(queue.indexOf(grant), 1);
          reject(signal?.reason);
        };
        const grant = () => {
          signal?.removeEventListener("abort", onAbort);
          resolve(releaser());
        };
        queue.push(grant);
        signal?.addEventListener("abort", onAbort, { once: true });
      });
    },
  };
}
