-- Auditors look up what one person did and what happened to one object (审计查询).
CREATE INDEX entry_actor_idx ON audit.entry (actor, occurred_at);
CREATE INDEX entry_object_idx ON audit.entry (object_id, occurred_at);
