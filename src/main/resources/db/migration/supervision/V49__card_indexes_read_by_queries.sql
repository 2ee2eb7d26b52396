-- The deadline sweep writes a day's cards in one statement, and every index on card is written once per card: nine of
-- them, of which three are read by no query that another does not serve as well (decision 0045). Measured on a copy
-- of the bench's tables (1,000,000 watched cases, 20,000 due, 40,000 older cards), the statement's database CPU went
-- from about 560 to about 415 ms with the three gone; with none but the key and the unique key it is 360 ms.
--
-- card_live_unit (unit, colour, live states): the cockpit's live counts, its reader, come from live_card_count since
-- V41; the live drill-down of a unit now reads the unit's cards over card_department.
DROP INDEX supervision.card_live_unit;

-- card_raised_unit (unit, month): card_department leads with the unit and holds raised_at, so a unit's month is read
-- from it as before (the month's counts of a leader's cockpit, a unit's card list); the region's month from
-- card_raised_month.
DROP INDEX supervision.card_raised_unit;

-- card_object (object, pending cards): the unique key, led by the object instead of the rule, finds an object's
-- cards as well; a card is raised once per rule and object whatever the order of the key's columns (ON CONFLICT
-- names the columns, not their order).
ALTER TABLE supervision.card DROP CONSTRAINT card_rule_code_object_type_object_id_object_part_key;
ALTER TABLE supervision.card ADD CONSTRAINT card_once_per_rule_and_object
    UNIQUE (object_type, object_id, rule_code, object_part);
DROP INDEX supervision.card_object;
