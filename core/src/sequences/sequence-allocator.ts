import type { SequenceDefinition, Sequences, Sql } from '@hms/sdk';
import { pluginSchema } from '../kernel/plugin-schema';

interface Block {
  next: number;
  end: number;
}

/**
 * Hands out numbers of declared sequences in blocks: one `nextval` reserves `blockSize` numbers, so most
 * numbers cost no round trip. Each PostgreSQL sequence increments by the block size, which keeps numbers unique
 * across processes; a restart, or two callers refilling at the same moment, leaves a gap of at most one block.
 *
 * A refill runs on the caller's own connection. Waiting inside a transaction for another connection would
 * deadlock the embedded database, which serves one transaction at a time; nextval is never rolled back, so the
 * caller's transaction is as good a place as any.
 */
export class SequenceAllocator {
  private readonly blocks = new Map<string, Block>();
  private readonly definitions: Map<string, SequenceDefinition>;

  constructor(definitions: readonly SequenceDefinition[]) {
    this.definitions = new Map(definitions.map((d) => [d.name, d]));
  }

  /** The DDL creating each declared sequence (idempotent). */
  ddl(): string[] {
    return [...this.definitions.values()].map(
      (d) =>
        `CREATE SEQUENCE IF NOT EXISTS ${sequenceTable(d.name)} START WITH ${d.start} INCREMENT BY ${d.blockSize} MINVALUE ${d.start}`,
    );
  }

  /** A `Sequences` view for one plugin, on the connection of its command, allowed only its own sequences. */
  forPlugin(plugin: string, sql: Sql): Sequences {
    return {
      next: (name) => {
        if (!name.startsWith(`${plugin}.`))
          return Promise.reject(new Error(`Plugin ${plugin} may not use sequence ${name}`));
        return this.next(name, sql);
      },
    };
  }

  async next(name: string, sql: Sql): Promise<number> {
    const block = this.blocks.get(name);
    if (block && block.next < block.end) return block.next++;
    const definition = this.definitions.get(name);
    if (!definition) throw new Error(`Sequence ${name} is not declared by any enabled plugin`);
    const [row] = await sql.query<{ value: string }>(`SELECT nextval('${sequenceTable(name)}') AS value`);
    const start = Number(row?.value);
    // The block is ours alone; if another caller refilled meanwhile, the rest of its block becomes a gap.
    this.blocks.set(name, { next: start + 1, end: start + definition.blockSize });
    return start;
  }
}

/** `'patient.mrn'` → `patient.mrn_seq` in the plugin's schema. */
function sequenceTable(name: string): string {
  const dot = name.indexOf('.');
  const local = name.slice(dot + 1).replace(/[^a-z0-9_]/gi, '_');
  return `${pluginSchema(name.slice(0, dot))}.${local}_seq`;
}
