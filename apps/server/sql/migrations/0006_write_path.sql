-- The write path: revisions of removed entities, and the audit trail's head in one round trip.

-- The last revision of every entity that was removed. An entity created again with the same id
-- continues from here, so an ETag or If-Match from before the removal never matches the new one.
CREATE TABLE entity_tombstones (
  region text NOT NULL REFERENCES regions (code),
  kind text NOT NULL,
  id text NOT NULL,
  revision bigint NOT NULL,
  PRIMARY KEY (region, kind, id)
);

INSERT INTO entity_tombstones (region, kind, id, revision)
  SELECT region, kind, entity_id, max(revision) FROM changes
  WHERE op = 'delete' AND kind <> 'region'
  GROUP BY region, kind, entity_id;

-- Takes the lock under which entries are appended to the audit trail, then reads its last entry.
-- A function, so both happen in one round trip; being VOLATILE, the SELECT takes its snapshot
-- after the lock was granted and so sees every entry committed before.
CREATE FUNCTION weerbaar_audit_head(lock_key bigint)
  RETURNS TABLE (seq bigint, hash text) LANGUAGE plpgsql VOLATILE AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(lock_key);
  RETURN QUERY SELECT a.seq, a.hash FROM audit_log a ORDER BY a.seq DESC LIMIT 1;
END
$$;

-- Every change that can end or alter what a signed-in principal may do (an account changed or
-- removed, a role given, changed or taken, a session ended, a token revoked) is announced on
-- `weerbaar_auth`. A server that keeps principals in memory drops them on it; the notification
-- is sent at commit, and only then. Statement-level: one notification per statement.
CREATE FUNCTION weerbaar_auth_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('weerbaar_auth', TG_TABLE_NAME);
  RETURN NULL;
END
$$;

CREATE TRIGGER users_auth_changed
  AFTER UPDATE OF id, email, name, admin, must_change_password, password_expires_at, password_hash
    OR DELETE OR TRUNCATE ON users
  FOR EACH STATEMENT EXECUTE FUNCTION weerbaar_auth_changed();
CREATE TRIGGER roles_auth_changed
  AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON roles
  FOR EACH STATEMENT EXECUTE FUNCTION weerbaar_auth_changed();
CREATE TRIGGER sessions_auth_changed
  AFTER UPDATE OF id_hash, user_id, csrf_token OR DELETE OR TRUNCATE ON sessions
  FOR EACH STATEMENT EXECUTE FUNCTION weerbaar_auth_changed();
CREATE TRIGGER access_tokens_auth_changed
  AFTER UPDATE OF id, user_id, token_hash, revoked_at OR DELETE OR TRUNCATE ON access_tokens
  FOR EACH STATEMENT EXECUTE FUNCTION weerbaar_auth_changed();
