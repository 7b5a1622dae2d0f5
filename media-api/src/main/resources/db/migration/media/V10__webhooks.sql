-- completion webhooks: the per-user signing secret, and one delivery per task that asked for one (notify_url)
CREATE TABLE webhook_secrets (
    user_id    uuid PRIMARY KEY,
    secret     varchar(128) NOT NULL,
    created_at timestamptz  NOT NULL DEFAULT now()
);

-- WAITING until the task ends; then the status JSON (payload) is sent, PENDING/RETRYING until an answer 2xx
-- (DELIVERED) or the last attempt (FAILED)
CREATE TABLE webhook_deliveries (
    task_id          uuid PRIMARY KEY REFERENCES tasks (id) ON DELETE CASCADE,
    user_id          uuid        NOT NULL,
    url              text        NOT NULL,
    public_base_url  text        NOT NULL,
    state            varchar(16) NOT NULL DEFAULT 'WAITING',
    payload          text,
    attempts         integer     NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz,
    last_attempt_at  timestamptz,
    last_status_code integer,
    last_error       text,
    delivered_at     timestamptz,
    created_at       timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT webhook_deliveries_state_known
        CHECK (state IN ('WAITING', 'PENDING', 'RETRYING', 'DELIVERED', 'FAILED'))
);
CREATE INDEX webhook_deliveries_due ON webhook_deliveries (next_attempt_at) WHERE state IN ('PENDING', 'RETRYING');
