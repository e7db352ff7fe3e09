// DuckDB's memory_limit bounds its buffer manager, not the whole process: its sorts and hash
// tables allocate beyond it, and Node holds the rest of the check. Measured on the bench log of
// 50M events with memory_limit 4GB, the process peaked at 5.27 GB from CSV and 4.71 GB from
// Parquet (DuckDB's own load-and-sort floor at 5.10 GB). With 2.5GB the Parquet run peaked at
// 3.39 GB, and was faster (69 s against 75 s). So the config's `events.memoryLimit` is what the
// analysis may take in all, and DuckDB is given a share of it.

/** DuckDB's share of the analysis's memory, the rest left to what it allocates past its limit. */
export const ENGINE_SHARE = 0.55;

const UNITS: Record<string, number> = {
  KB: 1e3,
  MB: 1e6,
  GB: 1e9,
  TB: 1e12,
  KiB: 2 ** 10,
  MiB: 2 ** 20,
  GiB: 2 ** 30,
  TiB: 2 ** 40,
};

/** "4GB" (as the config schema spells it) -> the memory_limit to give DuckDB, in whole megabytes. */
export function engineMemoryLimit(limit: string): string {
  const match = /^([0-9]+(?:\.[0-9]+)?) ?(KB|MB|GB|TB|KiB|MiB|GiB|TiB)$/.exec(limit);
  // The schema refuses any other spelling before this runs; DuckDB would then name the error itself.
  if (!match) return limit;
  const bytes = Number(match[1]) * UNITS[match[2]!]!;
  return `${Math.max(1, Math.floor((bytes * ENGINE_SHARE) / 1e6))}MB`;
}
