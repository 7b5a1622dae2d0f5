-- per-user UUID access tokens (seeds 000/002/003); only a SHA-256 of the token is kept, the token is shown once
CREATE TABLE access_tokens (
    id         uuid PRIMARY KEY,
    user_id    uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    token_hash char(64)    NOT NULL UNIQUE,
    created_at timestamptz NOT NULL DEFAULT now(),
    revoked_at timestamptz
);
CREATE INDEX access_tokens_by_user ON access_tokens (user_id);
