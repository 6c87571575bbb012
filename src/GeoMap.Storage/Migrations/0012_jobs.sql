-- Background work shared by every server on one database (issue 14 item 3): any instance takes any job, a job is
-- leased (FOR UPDATE SKIP LOCKED, so two workers never take the same one) and its lease is renewed while it runs; a
-- worker that dies stops renewing, the lease expires, and another worker takes the job again, up to max_attempts.
-- A job's key (when given) is unique among jobs not yet finished: one pending poll per feed, however often it is asked.
CREATE TABLE jobs (
    id            bigserial PRIMARY KEY,
    kind          text NOT NULL CHECK (kind ~ '^[a-z][a-z0-9.-]{0,63}$'),
    job_key       text,
    payload       jsonb NOT NULL DEFAULT '{}',
    state         text NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'running', 'done', 'failed')),
    attempts      integer NOT NULL DEFAULT 0,
    max_attempts  integer NOT NULL DEFAULT 5 CHECK (max_attempts BETWEEN 1 AND 100),
    run_after     timestamptz NOT NULL DEFAULT now(),
    leased_by     text,
    lease_until   timestamptz,
    last_error    text,
    created_at    timestamptz NOT NULL DEFAULT now(),
    finished_at   timestamptz
);
CREATE INDEX jobs_ready ON jobs (run_after, id) WHERE state = 'queued';
CREATE INDEX jobs_leased ON jobs (lease_until) WHERE state = 'running';
CREATE UNIQUE INDEX jobs_pending_key ON jobs (job_key) WHERE job_key IS NOT NULL AND state IN ('queued', 'running');
CREATE INDEX jobs_finished ON jobs (finished_at) WHERE state IN ('done', 'failed');

-- News feeds polled for reports (issue 18 item 1): RSS 2.0, Atom 1.0 and JSON Feed. The validators of the last answer
-- (ETag, Last-Modified) make a poll of an unchanged feed one 304; failures back off and are shown with the source.
CREATE TABLE feeds (
    id                bigserial PRIMARY KEY,
    url               text NOT NULL,
    title             text,
    format            text CHECK (format IN ('rss', 'atom', 'json')),
    state             text NOT NULL DEFAULT 'active' CHECK (state IN ('active', 'paused')),
    interval_seconds  integer NOT NULL DEFAULT 900 CHECK (interval_seconds BETWEEN 60 AND 604800),
    language          text,
    source_agency     text,
    etag              text,
    last_modified     text,
    last_polled_at    timestamptz,
    last_status       text,
    last_error        text,
    failures          integer NOT NULL DEFAULT 0,
    next_poll_at      timestamptz,
    items_seen        integer NOT NULL DEFAULT 0,
    reports_stored    integer NOT NULL DEFAULT 0,
    created_by        text NOT NULL,
    created_at        timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX feeds_url_md5 ON feeds (md5(url));

-- Items already taken from a feed, by a hash (SHA-256, hex) of the item's id (guid, Atom id, JSON Feed id; else its
-- link): a poll ingests only the new ones, and an item whose page could not be read is not fetched again on every poll.
CREATE TABLE feed_items (
    feed_id     bigint NOT NULL REFERENCES feeds (id) ON DELETE CASCADE,
    item_key    text NOT NULL,
    report_id   bigint REFERENCES reports (id) ON DELETE SET NULL,
    outcome     text NOT NULL,
    seen_at     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (feed_id, item_key)
);
