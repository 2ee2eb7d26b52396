-- The trail pages by keyset, newest first (occurred_at, seq), for everyone's entries and for one actor's or one
-- object's; the indexes of V1 and V4 on occurred_at alone serve no order that ends in seq.
CREATE INDEX entry_occurred_seq_idx ON audit.entry (occurred_at DESC, seq DESC);
CREATE INDEX entry_actor_occurred_seq_idx ON audit.entry (actor, occurred_at DESC, seq DESC);
CREATE INDEX entry_object_occurred_seq_idx ON audit.entry (object_id, occurred_at DESC, seq DESC);
