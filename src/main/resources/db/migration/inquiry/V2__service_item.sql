-- An application intent (办理) names the service item the visitor wants, so that its guide can be printed or sent.
ALTER TABLE inquiry.inquiry ADD COLUMN item_id BIGINT;
