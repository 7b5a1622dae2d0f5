-- retention: a task's originals and results are removed at expires_at (set at upload from mediaflow.retention.period);
-- the task row stays as an EXPIRED tombstone, so that its id answers 410 rather than 404. Tasks from before this
-- migration get the default period (7 days) from their creation.
ALTER TABLE tasks ADD COLUMN expires_at timestamptz;
UPDATE tasks SET expires_at = created_at + interval '7 days';
ALTER TABLE tasks DROP CONSTRAINT tasks_status_known;
ALTER TABLE tasks ADD CONSTRAINT tasks_status_known
    CHECK (status IN ('PENDING', 'PROCESSING', 'DONE', 'PARTIAL', 'FAILED', 'CANCELED', 'EXPIRED'));
CREATE INDEX tasks_expiring ON tasks (expires_at) WHERE status IN ('DONE', 'PARTIAL', 'FAILED', 'CANCELED');
