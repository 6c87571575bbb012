-- Ground photos as evidence (issue 16): where and when a photo was taken, which way the camera faced, where the position
-- came from and who set it, and the files kept (the original for analysts, a screen copy and a thumbnail stripped of
-- metadata). The same file twice is one photo (checksum); near-duplicates are found by their 64-bit perceptual hash.
CREATE TABLE photos (
    id               bigserial PRIMARY KEY,
    file_name        text,
    geom             geometry(Point, 4326),
    altitude         double precision,
    bearing          double precision CHECK (bearing >= 0 AND bearing < 360),
    taken_at         timestamptz,
    -- The camera's clock offset in minutes when EXIF gave one (taken_at is then that local time); null for UTC or unknown.
    taken_offset_min integer CHECK (taken_offset_min BETWEEN -14 * 60 AND 14 * 60),
    taken_anchored   boolean NOT NULL DEFAULT false,
    camera_make      text,
    camera_model     text,
    position_source  text NOT NULL DEFAULT 'none' CHECK (position_source IN ('none', 'camera', 'analyst', 'report')),
    placed_by        text,
    placed_at        timestamptz,
    place_name       text,
    report_id        bigint REFERENCES reports (id) ON DELETE SET NULL,
    caption          text,
    uploader         text,
    checksum         text NOT NULL UNIQUE,
    phash            bigint NOT NULL,
    format           text NOT NULL,
    width            integer NOT NULL CHECK (width > 0),
    height           integer NOT NULL CHECK (height > 0),
    bytes            bigint NOT NULL CHECK (bytes > 0),
    original_path    text NOT NULL,
    screen_path      text NOT NULL,
    thumbnail_path   text NOT NULL,
    created_at       timestamptz NOT NULL DEFAULT now(),
    CHECK ((geom IS NULL) = (position_source = 'none'))
);
CREATE INDEX photos_geom_gix ON photos USING gist (geom);
CREATE INDEX photos_taken_idx ON photos (taken_at);
