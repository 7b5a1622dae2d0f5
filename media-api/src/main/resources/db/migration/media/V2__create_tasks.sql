DROP TABLE schema_notes;

-- one upload request
CREATE TABLE tasks (
    id           uuid PRIMARY KEY,
    user_id      uuid        NOT NULL,
    status       varchar(16) NOT NULL,
    total_files  integer     NOT NULL,
    done_files   integer     NOT NULL DEFAULT 0,
    failed_files integer     NOT NULL DEFAULT 0,
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now(),
    finished_at  timestamptz,
    CONSTRAINT tasks_status_known CHECK (status IN ('PENDING', 'PROCESSING', 'DONE', 'PARTIAL', 'FAILED'))
);
CREATE INDEX tasks_by_user ON tasks (user_id, created_at DESC);

-- one uploaded file of a task
CREATE TABLE task_files (
    id            uuid PRIMARY KEY,
    task_id       uuid         NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
    position      integer      NOT NULL,
    kind          varchar(8)   NOT NULL,
    format        varchar(8)   NOT NULL,
    original_name text         NOT NULL,
    safe_name     varchar(100) NOT NULL,
    content_type  varchar(64)  NOT NULL,
    size_bytes    bigint       NOT NULL,
    s3_key        text         NOT NULL,
    status        varchar(16)  NOT NULL,
    attempts      integer      NOT NULL DEFAULT 0,
    error         text,
    created_at    timestamptz  NOT NULL DEFAULT now(),
    updated_at    timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT task_files_kind_known CHECK (kind IN ('IMAGE', 'AUDIO', 'JPEG')),
    CONSTRAINT task_files_status_known CHECK (status IN ('PENDING', 'PROCESSING', 'DONE', 'FAILED')),
    CONSTRAINT task_files_unique_name UNIQUE (task_id, safe_name, format)
);
CREATE INDEX task_files_by_task ON task_files (task_id, position);
CREATE INDEX task_files_in_flight ON task_files (updated_at) WHERE status IN ('PENDING', 'PROCESSING');

-- the spec's ImageTask table, exactly its columns: one row per stored image
CREATE TABLE image_task (
    id         uuid PRIMARY KEY,
    task_id    uuid        NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
    img_link   text        NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT image_task_unique_link UNIQUE (task_id, img_link)
);
CREATE INDEX image_task_newest_first ON image_task (created_at DESC);

-- jobs written in the same transaction as the task, published by the relay
CREATE TABLE outbox (
    id           uuid PRIMARY KEY,
    exchange     varchar(100) NOT NULL,
    routing_key  varchar(100) NOT NULL,
    message_type varchar(100) NOT NULL,
    payload      text         NOT NULL,
    request_id   varchar(64),
    created_at   timestamptz  NOT NULL DEFAULT now(),
    published_at timestamptz,
    attempts     integer      NOT NULL DEFAULT 0
);
CREATE INDEX outbox_unpublished ON outbox (created_at) WHERE published_at IS NULL;
