CREATE TABLE users (
    id            uuid PRIMARY KEY,
    email         varchar(254),
    user_name     varchar(64),
    password_hash varchar(100),
    first_name    varchar(100),
    last_name     varchar(100),
    created_at    timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT users_have_a_login CHECK (email IS NOT NULL OR user_name IS NOT NULL)
);

-- e-mails and user names are unique whatever their case
CREATE UNIQUE INDEX users_email_key ON users (lower(email));
CREATE UNIQUE INDEX users_user_name_key ON users (lower(user_name));
