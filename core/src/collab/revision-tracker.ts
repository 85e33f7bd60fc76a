/**
 * Which of a document's revisions an instance has applied. Revisions arrive out of order (this instance's own
 * writes, other instances' through the fan-out, which may also lose one), so ranges past a gap are kept until the
 * gap is filled; `revision` is the end of the unbroken run from the start.
 */
export class RevisionTracker {
  private applied = 0;
  /** Ranges applied beyond a gap: `from` (exclusive) → `to` (inclusive). */
  private readonly ahead = new Map<number, number>();

  /** Every revision up to this one is applied. */
  get revision(): number {
    return this.applied;
  }

  /** Whether some revisions past `revision` are applied while one before them is not. */
  get hasGap(): boolean {
    return this.ahead.size > 0;
  }

  /** Records revisions `from + 1 … to` as applied; answers whether a gap remains before them. */
  record(from: number, to: number): boolean {
    if (from > this.applied) {
      this.ahead.set(from, Math.max(to, this.ahead.get(from) ?? 0));
      return true;
    }
    this.applied = Math.max(this.applied, to);
    for (let moved = true; moved;) {
      moved = false;
      for (const [f, t] of this.ahead) {
        if (f > this.applied) continue;
        this.applied = Math.max(this.applied, t);
        this.ahead.delete(f);
        moved = true;
      }
    }
    return this.ahead.size > 0;
  }
}
