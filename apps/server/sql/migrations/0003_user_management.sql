-- User management by coordinators, point history and knowledge sharing between regions.

-- A display name; when the user last signed in; a temporary password (given by a coordinator or
-- on "reset access") that works until it expires and must be replaced at the first sign-in.
ALTER TABLE users ADD COLUMN name text;
ALTER TABLE users ADD COLUMN last_sign_in_at timestamptz;
ALTER TABLE users ADD COLUMN must_change_password boolean NOT NULL DEFAULT false;
ALTER TABLE users ADD COLUMN password_expires_at timestamptz;

-- Who gave a role: a coordinator or administrator on the server, or the identity provider's
-- claims at an OpenID Connect login (the provider then manages it; the dashboard says so).
ALTER TABLE roles ADD COLUMN assigned_by text NOT NULL DEFAULT 'coordinator'
  CHECK (assigned_by IN ('coordinator', 'oidc'));
CREATE INDEX roles_by_region ON roles (region);

-- Per region: with whom its assessment notes are shared ("Hoe doen anderen het?").
-- share_notes_with is "none", "installation" or a JSON array of region codes.
CREATE TABLE region_sharing (
  region text PRIMARY KEY REFERENCES regions (code),
  share_notes_with jsonb NOT NULL,
  include_assessor_names boolean NOT NULL DEFAULT false,
  updated_at timestamptz NOT NULL
);

-- A point's history: its own entries, and those of the assessments of it.
CREATE INDEX audit_by_entity ON audit_log (region, entity_kind, entity_id, seq);
CREATE INDEX audit_by_assessed_point ON audit_log
  (region, (coalesce(after ->> 'point', before ->> 'point')), seq)
  WHERE entity_kind = 'assessment';
