-- A message's text often names a person, a case or a phone number: it is personal data and is stored SM4-encrypted
-- like the recipient (个人信息保护法 第五十一条). New messages write body_encrypted only; the clear bodies written before
-- this version are encrypted by the application when it starts (the key is not the database's to know), and the
-- clear column is emptied row by row as it goes.
ALTER TABLE notification.message ADD COLUMN body_encrypted TEXT;
ALTER TABLE notification.message ALTER COLUMN body DROP NOT NULL;
ALTER TABLE notification.message ADD CONSTRAINT message_body_stored CHECK (body IS NOT NULL OR body_encrypted IS NOT NULL);
-- The start-up task's question: which rows still hold a clear body.
CREATE INDEX message_clear_body_idx ON notification.message (id) WHERE body IS NOT NULL;
