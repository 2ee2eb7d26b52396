-- The conduct rules now live in the conduct module (docs/decisions/0024), whose V1 runs first (accountability depends
-- on conduct). Every version already published moves across as it was, so that cases and findings citing a code and
-- version still read their wording; the region's default seeded by both is kept once.
INSERT INTO conduct.conduct_rule (unit_id, version, position, code, text, source, changed_by, changed_at)
SELECT unit_id, version, position, code, text, source, changed_by, changed_at
FROM accountability.conduct_rule
ON CONFLICT (unit_id, version, code) DO NOTHING;

DROP TABLE accountability.conduct_rule;
