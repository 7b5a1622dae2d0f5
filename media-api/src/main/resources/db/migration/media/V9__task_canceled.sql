-- DELETE /task/{id}: a canceled task, and its files that were never processed, end CANCELED
ALTER TABLE tasks DROP CONSTRAINT tasks_status_known;
ALTER TABLE tasks ADD CONSTRAINT tasks_status_known
    CHECK (status IN ('PENDING', 'PROCESSING', 'DONE', 'PARTIAL', 'FAILED', 'CANCELED'));
ALTER TABLE task_files DROP CONSTRAINT task_files_status_known;
ALTER TABLE task_files ADD CONSTRAINT task_files_status_known
    CHECK (status IN ('PENDING', 'PROCESSING', 'DONE', 'FAILED', 'CANCELED'));
