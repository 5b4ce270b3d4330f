/** A set that forgets its oldest entries beyond `capacity` (de-duplication with bounded memory). */
export class BoundedSet {
  private readonly items = new Set<string>();

  constructor(private readonly capacity: number) {}

  has(key: string): boolean {
    return this.items.has(key);
  }

  /** Adds `key`; false when it was already there. */
  add(key: string): boolean {
    if (this.items.has(key)) return false;
    this.items.add(key);
    // A Set iterates in insertion order: the first entry is the oldest.
    if (this.items.size > this.capacity) this.items.delete(this.items.values().next().value as string);
    return true;
  }
}
