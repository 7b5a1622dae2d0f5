-- media-api owns schema "media"; its tables arrive with the image pipeline.
CREATE TABLE schema_notes (
    note text NOT NULL
);
