-- GeoMap schema, version 1: the data model of DESIGN.md. All geometries EPSG:4326, all times UTC.
CREATE EXTENSION IF NOT EXISTS postgis;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE places (
    id            bigserial PRIMARY KEY,
    geonameid     bigint UNIQUE,
    curated_key   text UNIQUE,
    name          text NOT NULL,
    country_code  text CHECK (country_code ~ '^[A-Z]{2}$'),
    admin1_code   text,
    kind          text NOT NULL,
    feature_code  text NOT NULL,
    population    bigint NOT NULL DEFAULT 0,
    geom          geometry(Point, 4326) NOT NULL,
    created_by    text NOT NULL DEFAULT 'gazetteer',
    created_at    timestamptz NOT NULL DEFAULT now(),
    CHECK (geonameid IS NOT NULL OR curated_key IS NOT NULL)
);
CREATE INDEX places_geom_gix ON places USING gist (geom);
CREATE INDEX places_name_trgm ON places USING gin (lower(name) gin_trgm_ops);

CREATE TABLE reports (
    id             bigserial PRIMARY KEY,
    content_hash   text NOT NULL UNIQUE,
    text           text NOT NULL,
    url            text,
    language       text,
    published_at   timestamptz,
    source_agency  text,
    created_by     text NOT NULL DEFAULT 'system',
    created_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX reports_published_idx ON reports (published_at);

CREATE TABLE mentions (
    id          bigserial PRIMARY KEY,
    report_id   bigint NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    surface     text NOT NULL,
    span_start  integer NOT NULL CHECK (span_start >= 0),
    span_end    integer NOT NULL CHECK (span_end > span_start),
    place_id    bigint NOT NULL REFERENCES places (id),
    confidence  real NOT NULL CHECK (confidence BETWEEN 0 AND 1)
);
CREATE INDEX mentions_report_idx ON mentions (report_id);
CREATE INDEX mentions_place_idx ON mentions (place_id);

CREATE TABLE movements (
    id                   bigserial PRIMARY KEY,
    report_id            bigint REFERENCES reports (id) ON DELETE CASCADE,
    actor                text,
    actor_country        text,
    unit                 text,
    strength_min         integer CHECK (strength_min >= 0),
    strength_max         integer CHECK (strength_max >= 0),
    strength_text        text,
    status               text NOT NULL DEFAULT 'unknown' CHECK (status IN ('unknown', 'planned', 'under_way', 'completed')),
    transport_mode       text NOT NULL DEFAULT 'unknown' CHECK (transport_mode IN ('unknown', 'sea', 'rail', 'air', 'road', 'foot')),
    origin_place_id      bigint REFERENCES places (id),
    via_place_ids        bigint[] NOT NULL DEFAULT '{}',
    destination_place_id bigint REFERENCES places (id),
    geom                 geometry(Geometry, 4326),
    period               tstzrange NOT NULL DEFAULT '(,)',
    time_precision       text NOT NULL DEFAULT 'unknown',
    claimed_by           text,
    claimed_by_country   text,
    sentence             text NOT NULL DEFAULT '',
    sentence_start       integer NOT NULL DEFAULT -1,
    confidence           real NOT NULL DEFAULT 0 CHECK (confidence BETWEEN 0 AND 1),
    created_by           text NOT NULL DEFAULT 'extractor',
    created_at           timestamptz NOT NULL DEFAULT now(),
    updated_by           text,
    updated_at           timestamptz,
    CHECK (strength_min IS NULL OR strength_max IS NULL OR strength_min <= strength_max)
);
-- One GiST over geometry and period answers "region + date range" from a single index scan.
CREATE INDEX movements_geom_period_gix ON movements USING gist (geom, period);
CREATE INDEX movements_period_gix ON movements USING gist (period);
CREATE INDEX movements_report_idx ON movements (report_id);
CREATE INDEX movements_actor_idx ON movements (lower(actor));

CREATE TABLE movement_edits (
    id           bigserial PRIMARY KEY,
    movement_id  bigint NOT NULL,
    action       text NOT NULL CHECK (action IN ('create', 'update', 'delete')),
    edited_by    text NOT NULL,
    edited_at    timestamptz NOT NULL DEFAULT now(),
    before       jsonb,
    after        jsonb
);
CREATE INDEX movement_edits_movement_idx ON movement_edits (movement_id, id);

CREATE TABLE overlays (
    id              uuid PRIMARY KEY,
    title           text NOT NULL,
    source          text,
    caption         text,
    acquired_at     timestamptz,
    report_id       bigint REFERENCES reports (id) ON DELETE SET NULL,
    footprint       geometry(Polygon, 4326),
    min_zoom        integer NOT NULL DEFAULT 0,
    max_zoom        integer NOT NULL DEFAULT 0,
    tile_folder     text,
    status          text NOT NULL DEFAULT 'processing' CHECK (status IN ('processing', 'ready', 'failed')),
    failure_reason  text,
    progress        real NOT NULL DEFAULT 0,
    checksum        text,
    uploader        text,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX overlays_footprint_gix ON overlays USING gist (footprint);
CREATE INDEX overlays_acquired_idx ON overlays (acquired_at);

CREATE TABLE regions (
    code             text PRIMARY KEY,
    kind             text NOT NULL CHECK (kind IN ('country', 'admin1')),
    name             text NOT NULL,
    country_code     text NOT NULL,
    geonames_admin1  text,
    geom             geometry(MultiPolygon, 4326) NOT NULL
);
CREATE INDEX regions_geom_gix ON regions USING gist (geom);

CREATE TABLE region_names (
    region_code  text NOT NULL REFERENCES regions (code) ON DELETE CASCADE,
    lang         text NOT NULL,
    name         text NOT NULL,
    folded       text NOT NULL,
    PRIMARY KEY (region_code, lang, name)
);
CREATE INDEX region_names_folded_idx ON region_names (folded);
CREATE INDEX region_names_folded_trgm ON region_names USING gin (folded gin_trgm_ops);

CREATE TABLE api_keys (
    id          bigserial PRIMARY KEY,
    name        text NOT NULL UNIQUE,
    role        text NOT NULL CHECK (role IN ('viewer', 'analyst', 'admin')),
    key_prefix  text NOT NULL,
    key_hash    text NOT NULL UNIQUE,
    created_at  timestamptz NOT NULL DEFAULT now(),
    revoked_at  timestamptz
);
