-- Provenance of a report (issue 18 item 4): when its page was fetched (null for a report sent as text) and which
-- extractor read it (GeoMap's version, and the article reader's for a fetched page), so that a report can be traced and
-- re-read when the extractor improves. A report given again by the same link is found by its address: the index is on a
-- hash of the URL, as a URL may be longer than a btree entry holds.
ALTER TABLE reports ADD COLUMN fetched_at timestamptz;
ALTER TABLE reports ADD COLUMN extractor text;
CREATE INDEX reports_url_md5 ON reports (md5(url)) WHERE url IS NOT NULL;
