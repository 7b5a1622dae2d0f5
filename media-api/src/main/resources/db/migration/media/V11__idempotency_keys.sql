-- Idempotency-Key on creating POSTs: one row per (user, key), claimed before the request runs and completed with
-- its response (2xx only; a refused or failed request releases the key); swept 24 h after it was claimed
CREATE TABLE idempotency_keys (
    user_id               uuid         NOT NULL,
    idempotency_key       varchar(255) NOT NULL,
    fingerprint           char(64)     NOT NULL,
    response_status       integer,
    response_content_type text,
    response_body         bytea,
    location              text,
    created_at            timestamptz  NOT NULL DEFAULT now(),
    completed_at          timestamptz,
    PRIMARY KEY (user_id, idempotency_key)
);
CREATE INDEX idempotency_keys_created_at ON idempotency_keys (created_at);
