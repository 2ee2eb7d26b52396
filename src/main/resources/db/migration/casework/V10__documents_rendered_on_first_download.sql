-- A notice issued on a case is stored as its data; its PDF is rendered from that data on first download and kept
-- (docs/decisions/0030). A document archived from another module has no data, only its PDF.
ALTER TABLE casework.case_document ALTER COLUMN pdf DROP NOT NULL;
ALTER TABLE casework.case_document ADD CONSTRAINT case_document_data_or_pdf CHECK (notice IS NOT NULL OR pdf IS NOT NULL);
