-- Wrong one-time codes are counted apart from wrong passwords: a right password must not reset them, or whoever
-- holds the password could guess codes without end (issue 13, finding 5).
ALTER TABLE security.account
    ADD COLUMN second_factor_failures INT NOT NULL DEFAULT 0;
