import { pluginSchema, type SequenceDefinition, type Sequences, type Sql } from '@hms/sdk';

interface Block {
  next: number;
  end: number;
}

/**
 * Hands out numbers of declared sequences in blocks: one `nextval` reserves `blockSize` numbers, so most
 * numbers cost no round trip. Each PostgreSQL sequence increments by the block size, which keeps numbers unique
 * across processes; a restart leaves a gap of at most one block.
 */
export class SequenceAllocator {
  private readonly blocks = new Map<string, Block>();
  private readonly refills = new Map<string, Promise<Block>>();
  private readonly definitions: Map<string, SequenceDefinition>;

  /** `db` is the pool: a block is reserved outside any command's transaction (nextval is never rolled back). */
  constructor(
    private readonly db: Sql,
    definitions: readonly SequenceDefinition[],
  ) {
    this.definitions = new Map(definitions.map((d) => [d.name, d]));
  }

  /** The DDL creating each declared sequence (idempotent). */
  ddl(): string[] {
    return [...this.definitions.values()].map(
      (d) => `CREATE SEQUENCE IF NOT EXISTS ${sequenceTable(d.name)} START WITH ${d.start} INCREMENT BY ${d.blockSize} MINVALUE ${d.start}`,
    );
  }

  /** A `Sequences` view for one plugin, allowed only its own sequences. */
  forPlugin(plugin: string): Sequences {
    return {
      next: (name) => {
        if (!name.startsWith(`${plugin}.`)) return Promise.reject(new Error(`Plugin ${plugin} may not use sequence ${name}`));
        return this.next(name);
      },
    };
  }

  async next(name: string): Promise<number> {
    for (;;) {
      const block = this.blocks.get(name);
      if (block && block.next < block.end) return block.next++;
      // Concurrent callers share one refill; whoever finds the new block empty again loops for the next one.
      await this.refill(name);
    }
  }

  private refill(name: string): Promise<Block> {
    const pending = this.refills.get(name);
    if (pending) return pending;
    const definition = this.definitions.get(name);
    if (!definition) return Promise.reject(new Error(`Sequence ${name} is not declared by any enabled plugin`));
    const promise = this.db
      .query<{ value: string }>(`SELECT nextval('${sequenceTable(name)}') AS value`)
      .then(([row]) => {
        const start = Number(row?.value);
        const block = { next: start, end: start + definition.blockSize };
        this.blocks.set(name, block);
        return block;
      })
      .finally(() => this.refills.delete(name));
    this.refills.set(name, promise);
    return promise;
  }
}

/** `'patient.mrn'` → `patient.mrn_seq` in the plugin's schema. */
function sequenceTable(name: string): string {
  const dot = name.indexOf('.');
  const local = name.slice(dot + 1).replace(/[^a-z0-9_]/gi, '_');
  return `${pluginSchema(name.slice(0, dot))}.${local}_seq`;
}
