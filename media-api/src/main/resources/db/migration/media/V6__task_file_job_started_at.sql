-- when a worker last announced that it started the file's job (JobStarted); NULL while the job waits in its
-- queue. The watchdog's processing timeout counts from here, so a queue backlog never counts against a file.
ALTER TABLE task_files ADD COLUMN started_at timestamptz;
