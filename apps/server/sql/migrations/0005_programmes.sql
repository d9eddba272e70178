-- Programmes ("Weerbaarheid en veerkracht"): one document of the programme contract of
-- @weerbaar/core per id, shared by the regions it lists. Readable by every role in one of its
-- regions, writable by their coordinators (checked by the server, src/programmes/plugin.ts).
CREATE TABLE programmes (
  id text PRIMARY KEY,
  regions text[] NOT NULL,
  document jsonb NOT NULL,
  revision integer NOT NULL CHECK (revision > 0),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX programmes_regions ON programmes USING gin (regions);
