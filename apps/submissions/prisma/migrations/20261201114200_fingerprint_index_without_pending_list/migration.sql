-- The novelty check probes the band index on every submit: without a pending list new fingerprints are in the
-- index at once, and a probe never scans unmerged entries (libs/submissions/novelty, sql/entry-fingerprint.sql).
ALTER INDEX "entry_fingerprint_lsh_bands_idx" SET (fastupdate = off);
