-- The register pages by keyset, newest issued first (issued_on, id), for the whole region and within a unit; its
-- count stops at the cap, so neither reads more than a page's worth of the index.
CREATE INDEX badge_issued ON badge.badge (issued_on DESC, id DESC);
CREATE INDEX badge_unit_issued ON badge.badge (unit_id, issued_on DESC, id DESC);
