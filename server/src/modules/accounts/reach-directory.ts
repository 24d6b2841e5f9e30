import type { SqlClient } from '../../db/sql-client';
import { UnitDirectory } from '../units/unit-directory';
import type { UnitRef } from './access';
import { unitReach, type SuccessionLink } from './unit-reach';

/** The unit tree and its successions at one moment, with each account unit's reach worked out once. */
export class ReachSnapshot {
  private readonly reaches = new Map<number, ReadonlySet<number>>();

  constructor(
    readonly directory: UnitDirectory,
    private readonly successions: SuccessionLink[],
  ) {}

  unitOf = (id: number): UnitRef | undefined => {
    const u = this.directory.byId.get(id);
    return u && { id: u.id, code: u.code, name: u.name };
  };

  reachOf(rootId: number): ReadonlySet<number> {
    let reach = this.reaches.get(rootId);
    if (!reach) {
      reach = unitReach(rootId, this.directory.all(), this.successions);
      this.reaches.set(rootId, reach);
    }
    return reach;
  }

  /** Units with no parent (provinces): what the demo and admins are bound to. */
  topUnits(): UnitRef[] {
    return this.directory
      .all()
      .filter((u) => u.parentId === null)
      .map((u) => ({ id: u.id, code: u.code, name: u.name }));
  }
}

/**
 * The tree changes rarely (seeds, a reform): it is read at most once a minute per process, not per
 * request; `invalidate()` forces the next read.
 */
export class ReachDirectory {
  private current: { at: number; snapshot: Promise<ReachSnapshot> } | undefined;

  constructor(
    private readonly sql: SqlClient,
    private readonly ttlMs = 60_000,
  ) {}

  snapshot(): Promise<ReachSnapshot> {
    if (!this.current || Date.now() - this.current.at > this.ttlMs) {
      const snapshot = this.load();
      this.current = { at: Date.now(), snapshot };
      // A failed read is not kept: the next request tries again.
      snapshot.catch(() => {
        if (this.current?.snapshot === snapshot) this.current = undefined;
      });
    }
    return this.current.snapshot;
  }

  invalidate(): void {
    this.current = undefined;
  }

  private async load(): Promise<ReachSnapshot> {
    const [directory, links] = await Promise.all([
      UnitDirectory.load(this.sql),
      this.sql.query<SuccessionLink>(`select predecessor_id as "predecessorId", successor_id as "successorId" from unit_succession`),
    ]);
    return new ReachSnapshot(directory, links.rows);
  }
}
