-- A population grid per region, for coverage (`GET /regions/{code}/coverage`). The file is kept
-- as uploaded (the CSV or GeoJSON text `weerbaar coverage --population` reads), so a newer
-- server reads it with its own parser; `sha256` names that text, for caches and the audit trail.
CREATE TABLE population_grids (
  region text PRIMARY KEY REFERENCES regions (code),
  source text NOT NULL,
  sha256 text NOT NULL,
  -- Inhabitants counted for a cell with a CBS confidentiality code; null: such a cell is an error.
  confidential double precision,
  cells integer NOT NULL,
  population double precision NOT NULL,
  uploaded_at timestamptz NOT NULL,
  uploaded_by text
);
