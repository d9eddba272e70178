-- Weerbaar server schema 1. Released migrations are never edited: add a new numbered file.
-- What the region contract defines is kept as JSONB documents: the region's header (everything
-- but the entity arrays) in `regions`, and one row per entity (point, assessment, and later
-- kinds such as partners) in `entities`, so a new kind in the contract needs no new table.

CREATE TABLE regions (
  code text PRIMARY KEY,
  header jsonb NOT NULL,
  revision bigint NOT NULL,
  last_seq bigint NOT NULL,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);

CREATE TABLE entities (
  region text NOT NULL REFERENCES regions (code),
  kind text NOT NULL,
  id text NOT NULL,
  position bigint NOT NULL,
  revision bigint NOT NULL,
  doc jsonb NOT NULL,
  PRIMARY KEY (region, kind, id)
);
CREATE INDEX entities_in_order ON entities (region, kind, position);

-- The change feed: every change to a region, numbered per region without gaps, in the order
-- the changes were committed (writers of one region queue on its row in `regions`).
CREATE TABLE changes (
  region text NOT NULL REFERENCES regions (code),
  seq bigint NOT NULL,
  at timestamptz NOT NULL,
  kind text NOT NULL,
  entity_id text NOT NULL,
  op text NOT NULL CHECK (op IN ('put', 'delete')),
  revision bigint NOT NULL,
  doc jsonb,
  PRIMARY KEY (region, seq)
);

CREATE TABLE users (
  id text PRIMARY KEY,
  email text NOT NULL UNIQUE,
  password_hash text,
  admin boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL
);

CREATE TABLE roles (
  user_id text NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  region text NOT NULL,
  role text NOT NULL CHECK (role IN ('coordinator', 'editor', 'viewer')),
  municipalities jsonb NOT NULL,
  PRIMARY KEY (user_id, region)
);

CREATE TABLE sessions (
  id_hash text PRIMARY KEY,
  user_id text NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  csrf_token text NOT NULL,
  via text NOT NULL,
  created_at timestamptz NOT NULL,
  last_seen_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL
);
CREATE INDEX sessions_by_user ON sessions (user_id);

CREATE TABLE access_tokens (
  id text PRIMARY KEY,
  user_id text NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  name text NOT NULL,
  token_hash text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL,
  last_used_at timestamptz,
  revoked_at timestamptz
);

-- Fixed-window counters, in the database so that a limit holds across server processes.
CREATE TABLE rate_limits (
  key text PRIMARY KEY,
  window_start timestamptz NOT NULL,
  count integer NOT NULL
);

-- The audit trail: append-only and hash-chained (hash = sha256(prev_hash + entry)).
CREATE TABLE audit_log (
  seq bigint PRIMARY KEY,
  at timestamptz NOT NULL,
  actor_id text,
  actor_email text,
  via text NOT NULL,
  action text NOT NULL,
  region text,
  entity_kind text,
  entity_id text,
  before jsonb,
  after jsonb,
  address text,
  prev_hash text NOT NULL,
  hash text NOT NULL
);
CREATE INDEX audit_by_region ON audit_log (region, seq);

CREATE FUNCTION weerbaar_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the audit trail is append-only: % refused', TG_OP;
END
$$;

CREATE TRIGGER audit_log_no_update_or_delete
  BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION weerbaar_audit_append_only();

CREATE TRIGGER audit_log_no_truncate
  BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION weerbaar_audit_append_only();
