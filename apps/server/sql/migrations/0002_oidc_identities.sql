-- OpenID Connect logins: which account an identity provider's subject (`sub`) belongs to. The
-- subject, not the email address, identifies a returning user; the email is used once, to link
-- the first login to an existing account or to create one.
CREATE TABLE oidc_identities (
  issuer text NOT NULL,
  subject text NOT NULL,
  user_id text NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL,
  last_login_at timestamptz NOT NULL,
  PRIMARY KEY (issuer, subject)
);
CREATE INDEX oidc_identities_by_user ON oidc_identities (user_id);
