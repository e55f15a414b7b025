// The labels an issue or PR should end up with, kept against what it has now, case-insensitively.
// Policies and commands change this freely; only the net difference is written, so a label added and
// removed again in one run costs nothing.
export class LabelChanges {
  private readonly now: Map<string, string>
  private readonly original: Map<string, string>

  constructor(labels: string[]) {
    this.original = new Map(labels.map((l) => [l.toLowerCase(), l]))
    this.now = new Map(this.original)
  }

  has(name: string): boolean {
    return this.now.has(name.toLowerCase())
  }

  /** Adds a label; returns whether that changed anything. */
  add(name: string): boolean {
    const key = name.toLowerCase()
    if (this.now.has(key)) return false
    this.now.set(key, name)
    return true
  }

  /** Removes a label; returns whether that changed anything. */
  remove(name: string): boolean {
    return this.now.delete(name.toLowerCase())
  }

  set(name: string, on: boolean): void {
    if (on) this.add(name)
    else this.remove(name)
  }

  get labels(): string[] {
    return [...this.now.values()]
  }

  /** Labels to add, as they will be spelled. */
  get added(): string[] {
    return [...this.now.entries()].filter(([k]) => !this.original.has(k)).map(([, v]) => v)
  }

  /** Labels to remove, as the issue spells them now. */
  get removed(): string[] {
    return [...this.original.entries()].filter(([k]) => !this.now.has(k)).map(([, v]) => v)
  }
}
