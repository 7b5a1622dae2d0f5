-- one MP3 per uploaded WAV; its id is the record id of the download URL
CREATE TABLE audio_records (
    id              uuid PRIMARY KEY,
    user_id         uuid        NOT NULL,
    task_id         uuid        NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
    task_file_id    uuid        NOT NULL UNIQUE REFERENCES task_files (id) ON DELETE CASCADE,
    s3_key          text        NOT NULL,
    duration_millis bigint,
    size_bytes      bigint,
    status          varchar(16) NOT NULL DEFAULT 'PENDING',
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT audio_records_status_known CHECK (status IN ('PENDING', 'DONE', 'FAILED'))
);
CREATE INDEX audio_records_by_task ON audio_records (task_id);
