-- A window clerk's own work includes the submissions they registered: the list filters on received_by.
CREATE INDEX case_file_received_by ON casework.case_file (received_by, received_on);
