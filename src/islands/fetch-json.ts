/**
 * One of the site's own JSON data files (/result/words.json, /roles/intake-data.json): its
 * parsed body, or a rejection naming the status when the host did not answer with it.
 */
export function fetchJson<T>(href: string): Promise<T> {
  return fetch(href).then((response) => (response.ok ? (response.json() as Promise<T>) : Promise.reject(new Error(String(response.status)))));
}

/** `load` run once and its promise kept for every later call, until it fails: a failure is tried again on the next call. */
export function keptUntilFailure<A extends unknown[], T>(load: (...args: A) => Promise<T>): (...args: A) => Promise<T> {
  let kept: Promise<T> | undefined;
  return (...args) => (kept ??= load(...args).catch((error: unknown) => {
    kept = undefined;
    throw error;
  }));
}
