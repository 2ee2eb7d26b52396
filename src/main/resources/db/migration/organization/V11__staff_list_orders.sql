-- The staff list's sortable orders, each read a page at a time by keyset (unit_id, department_id, staff_number, id)
-- or (name, id); the order by staff number already has the unique index of staff_number.
CREATE INDEX staff_by_unit ON organization.staff (unit_id, department_id, staff_number, id);
CREATE INDEX staff_by_name ON organization.staff (name, id);
DROP INDEX organization.staff_unit; -- the first column of staff_by_unit serves what it served
