import { useCallback, useSyncExternalStore } from "react";

/**
 * A value with listeners, for view state that is not the document (tool, hall, colour mode,
 * pointer position). Components read a slice through `useValue`, so a pointer move re-renders
 * only what shows the pointer.
 */
export interface ValueStore<T> {
  get(): T;
  set(patch: Partial<T>): void;
  subscribe(listener: () => void): () => void;
}

export function createValueStore<T extends object>(initial: T): ValueStore<T> {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set(patch) {
      const keys = Object.keys(patch) as (keyof T)[];
      if (keys.every((k) => Object.is(value[k], patch[k]))) return;
      value = { ...value, ...patch };
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/**
 * A slice of an external store's state. The selector must return something stable (a field, a
 * primitive): a fresh object each call would re-render forever.
 */
export function useSlice<S, R>(
  subscribe: (listener: () => void) => () => void,
  get: () => S,
  selector: (state: S) => R,
): R {
  const read = useCallback(() => selector(get()), [get, selector]);
  return useSyncExternalStore(subscribe, read, read);
}
