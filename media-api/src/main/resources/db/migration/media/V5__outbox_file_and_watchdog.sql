-- the watchdog finds the job of a file that got stuck and publishes it again
ALTER TABLE outbox ADD COLUMN file_id uuid;
CREATE INDEX outbox_by_file ON outbox (file_id, created_at);
