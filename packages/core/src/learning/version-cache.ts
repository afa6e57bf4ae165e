/**
 * A published course version never changes (ADR 0012: edits become a new version), so what the
 * learner's pages read of it — the lesson outline and the parsed question items — is read once
 * per process and kept. Only the learner's own rows (seat, progress) are read per request.
 */
const MAX_VERSIONS = 64;

export class VersionCache<T> {
  readonly #entries = new Map<string, Promise<T>>();

  /** The value for this version, loaded once; a failed load is forgotten so the next call retries. */
  get(versionId: string, load: () => Promise<T>): Promise<T> {
    let entry = this.#entries.get(versionId);
    if (!entry) {
      entry = load();
      entry.catch(() => this.#entries.delete(versionId));
      if (this.#entries.size >= MAX_VERSIONS) this.#entries.delete(this.#entries.keys().next().value!);
      this.#entries.set(versionId, entry);
    }
    return entry;
  }
}
