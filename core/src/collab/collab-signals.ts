/**
 * Tells the collaboration server, after a command commits, which documents it sealed or unsealed, so the
 * connections to them learn at once rather than at their next refused update. In-process only: the server
 * passes it on to the other instances.
 */
export class CollabSignals {
  private readonly listeners = new Set<(documentIds: readonly string[]) => void>();

  listen(listener: (documentIds: readonly string[]) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  changed(documentIds: readonly string[]): void {
    if (documentIds.length === 0) return;
    for (const listener of this.listeners) listener(documentIds);
  }
}
