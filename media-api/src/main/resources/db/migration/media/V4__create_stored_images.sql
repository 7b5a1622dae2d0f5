-- single images stored as JPEG (seeds 000/001); the id is the image id of its URL
CREATE TABLE stored_images (
    id           uuid PRIMARY KEY,
    user_id      uuid        NOT NULL,
    task_id      uuid        NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
    task_file_id uuid        NOT NULL UNIQUE REFERENCES task_files (id) ON DELETE CASCADE,
    s3_key       text        NOT NULL,
    width        integer,
    height       integer,
    size_bytes   bigint,
    status       varchar(16) NOT NULL DEFAULT 'PENDING',
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT stored_images_status_known CHECK (status IN ('PENDING', 'DONE', 'FAILED'))
);
CREATE INDEX stored_images_by_user ON stored_images (user_id, created_at DESC);
