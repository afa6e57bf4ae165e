import { loaderError } from './errors.server.ts';

/** Runs a loader's queries; a domain error becomes sign-in, two-step set-up or the status page. */
export async function guardLoader<T>(request: Request, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    loaderError(error, request);
  }
}
