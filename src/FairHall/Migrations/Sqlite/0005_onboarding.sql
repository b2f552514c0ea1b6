-- Onboarding (FAIR-3..6, X-1, X-4): the review queue, qualifications, uploaded files, eligibility,
-- imports of offline exhibitors and participation history, CIFTIS invitation codes and registrations.

CREATE TABLE "onboarding_files" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_onboarding_files" PRIMARY KEY AUTOINCREMENT,
    "enterprise_id" INTEGER NULL,
    "purpose" TEXT NOT NULL,
    "file_name" TEXT NOT NULL,
    "content_type" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "storage_path" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "uploaded_at" INTEGER NOT NULL,
    "uploaded_by_user_id" INTEGER NULL
);

CREATE TABLE "review_items" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_review_items" PRIMARY KEY AUTOINCREMENT,
    "subject_type" TEXT NOT NULL,
    "subject_id" INTEGER NOT NULL,
    "reviewer_kind" TEXT NOT NULL,
    "reviewer_org_id" INTEGER NOT NULL,
    "applicant_enterprise_id" INTEGER NULL,
    "title_zh" TEXT NOT NULL,
    "title_en" TEXT NOT NULL,
    "search_text" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "round" INTEGER NOT NULL,
    "submitted_at" INTEGER NOT NULL,
    "claimed_by_user_id" INTEGER NULL,
    "claimed_by_name" TEXT NULL,
    "decided_at" INTEGER NULL,
    "decided_by_name" TEXT NULL,
    "reason" TEXT NULL,
    "snapshot" TEXT NOT NULL,
    "version" INTEGER NOT NULL
);

CREATE TABLE "review_events" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_review_events" PRIMARY KEY AUTOINCREMENT,
    "review_item_id" INTEGER NOT NULL,
    "action" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "actor_user_id" INTEGER NULL,
    "actor_name" TEXT NOT NULL,
    "at" INTEGER NOT NULL,
    "reason" TEXT NULL,
    "round" INTEGER NOT NULL,
    "snapshot" TEXT NOT NULL,
    CONSTRAINT "fk_review_events_review_items_review_item_id" FOREIGN KEY ("review_item_id") REFERENCES "review_items" ("id") ON DELETE CASCADE
);

CREATE TABLE "invitation_codes" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_invitation_codes" PRIMARY KEY AUTOINCREMENT,
    "institution_id" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "batch_label" TEXT NOT NULL,
    "created_at" INTEGER NOT NULL,
    "created_by_name" TEXT NOT NULL,
    "used_at" INTEGER NULL,
    CONSTRAINT "fk_invitation_codes_institutions_institution_id" FOREIGN KEY ("institution_id") REFERENCES "institutions" ("id") ON DELETE RESTRICT
);

CREATE TABLE "eligibility_records" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_eligibility_records" PRIMARY KEY AUTOINCREMENT,
    "session_id" INTEGER NOT NULL,
    "enterprise_id" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "is_eligible" INTEGER NOT NULL,
    "basic_package_entitled" INTEGER NOT NULL,
    "poverty_area_approved" INTEGER NOT NULL,
    "poverty_county_code" TEXT NULL,
    "basis" TEXT NOT NULL,
    "updated_at" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    CONSTRAINT "fk_eligibility_records_enterprises_enterprise_id" FOREIGN KEY ("enterprise_id") REFERENCES "enterprises" ("id") ON DELETE CASCADE,
    CONSTRAINT "fk_eligibility_records_sessions_session_id" FOREIGN KEY ("session_id") REFERENCES "sessions" ("id") ON DELETE CASCADE
);

CREATE TABLE "eligibility_settings" (
    "session_id" INTEGER NOT NULL CONSTRAINT "pk_eligibility_settings" PRIMARY KEY,
    "history_from" INTEGER NOT NULL,
    "history_to" INTEGER NOT NULL,
    "package_from" INTEGER NOT NULL,
    "package_to" INTEGER NOT NULL,
    CONSTRAINT "fk_eligibility_settings_sessions_session_id" FOREIGN KEY ("session_id") REFERENCES "sessions" ("id") ON DELETE CASCADE
);

CREATE TABLE "import_jobs" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_import_jobs" PRIMARY KEY AUTOINCREMENT,
    "session_id" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "file_name" TEXT NOT NULL,
    "storage_path" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "total_rows" INTEGER NOT NULL,
    "processed_rows" INTEGER NOT NULL,
    "imported_rows" INTEGER NOT NULL,
    "error_rows" INTEGER NOT NULL,
    "message" TEXT NULL,
    "created_at" INTEGER NOT NULL,
    "created_by_name" TEXT NOT NULL,
    "started_at" INTEGER NULL,
    "finished_at" INTEGER NULL,
    CONSTRAINT "fk_import_jobs_sessions_session_id" FOREIGN KEY ("session_id") REFERENCES "sessions" ("id") ON DELETE CASCADE
);

CREATE TABLE "offline_exhibitors" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_offline_exhibitors" PRIMARY KEY AUTOINCREMENT,
    "session_id" INTEGER NOT NULL,
    "job_id" INTEGER NOT NULL,
    "enterprise_name" TEXT NOT NULL,
    "affiliates" TEXT NOT NULL,
    "zones" TEXT NOT NULL,
    "booth_numbers" TEXT NOT NULL,
    CONSTRAINT "fk_offline_exhibitors_sessions_session_id" FOREIGN KEY ("session_id") REFERENCES "sessions" ("id") ON DELETE CASCADE
);

CREATE TABLE "participation_history" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_participation_history" PRIMARY KEY AUTOINCREMENT,
    "session_id" INTEGER NOT NULL,
    "job_id" INTEGER NOT NULL,
    "enterprise_name" TEXT NOT NULL,
    "session_number" INTEGER NOT NULL,
    "online_only" INTEGER NOT NULL,
    "package" TEXT NULL,
    CONSTRAINT "fk_participation_history_sessions_session_id" FOREIGN KEY ("session_id") REFERENCES "sessions" ("id") ON DELETE CASCADE
);

CREATE TABLE "qualifications" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_qualifications" PRIMARY KEY AUTOINCREMENT,
    "enterprise_id" INTEGER NOT NULL,
    "session_id" INTEGER NOT NULL,
    "name_zh" TEXT NOT NULL,
    "name_en" TEXT NOT NULL,
    "credit_code" TEXT NOT NULL,
    "licence_file_id" INTEGER NOT NULL,
    "registered_region" TEXT NOT NULL,
    "zone_ids" TEXT NOT NULL,
    "taxpayer_type" TEXT NOT NULL,
    "has_export_record_form" INTEGER NOT NULL,
    "is_poverty_area" INTEGER NOT NULL,
    "poverty_county_code" TEXT NULL,
    "poverty_approved" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "rejection_reason" TEXT NULL,
    "submitted_at" INTEGER NOT NULL,
    "decided_at" INTEGER NULL,
    "version" INTEGER NOT NULL,
    CONSTRAINT "fk_qualifications_enterprises_enterprise_id" FOREIGN KEY ("enterprise_id") REFERENCES "enterprises" ("id") ON DELETE CASCADE,
    CONSTRAINT "fk_qualifications_onboarding_files_licence_file_id" FOREIGN KEY ("licence_file_id") REFERENCES "onboarding_files" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_qualifications_sessions_session_id" FOREIGN KEY ("session_id") REFERENCES "sessions" ("id") ON DELETE RESTRICT
);

CREATE TABLE "ciftis_registrations" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_ciftis_registrations" PRIMARY KEY AUTOINCREMENT,
    "invitation_code_id" INTEGER NOT NULL,
    "institution_id" INTEGER NOT NULL,
    "access_key_hash" TEXT NOT NULL,
    "participation_type" TEXT NOT NULL,
    "contact_name" TEXT NOT NULL,
    "contact_title" TEXT NOT NULL,
    "contact_phone" TEXT NOT NULL,
    "contact_email" TEXT NOT NULL,
    "purposes" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "needs" TEXT NOT NULL,
    "company_name" TEXT NOT NULL,
    "unit_nature" TEXT NOT NULL,
    "is_mainland" INTEGER NOT NULL,
    "credit_code" TEXT NULL,
    "industry" TEXT NOT NULL,
    "company_type" TEXT NOT NULL,
    "is_fortune500" INTEGER NOT NULL,
    "fortune500_name" TEXT NULL,
    "website" TEXT NULL,
    "intro" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "rejection_reason" TEXT NULL,
    "enterprise_id" INTEGER NULL,
    "submitted_at" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    CONSTRAINT "fk_ciftis_registrations_enterprises_enterprise_id" FOREIGN KEY ("enterprise_id") REFERENCES "enterprises" ("id") ON DELETE SET NULL,
    CONSTRAINT "fk_ciftis_registrations_invitation_codes_invitation_code_id" FOREIGN KEY ("invitation_code_id") REFERENCES "invitation_codes" ("id") ON DELETE RESTRICT
);

CREATE TABLE "import_row_errors" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_import_row_errors" PRIMARY KEY AUTOINCREMENT,
    "job_id" INTEGER NOT NULL,
    "line" INTEGER NOT NULL,
    "field" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "value" TEXT NULL,
    CONSTRAINT "fk_import_row_errors_import_jobs_job_id" FOREIGN KEY ("job_id") REFERENCES "import_jobs" ("id") ON DELETE CASCADE
);

CREATE INDEX "ix_ciftis_registrations_enterprise_id" ON "ciftis_registrations" ("enterprise_id");

CREATE INDEX "ix_ciftis_registrations_institution_id_status" ON "ciftis_registrations" ("institution_id", "status");

CREATE UNIQUE INDEX "ix_ciftis_registrations_invitation_code_id" ON "ciftis_registrations" ("invitation_code_id");

CREATE INDEX "ix_eligibility_records_enterprise_id" ON "eligibility_records" ("enterprise_id");

CREATE UNIQUE INDEX "ix_eligibility_records_session_id_enterprise_id" ON "eligibility_records" ("session_id", "enterprise_id");

CREATE INDEX "ix_import_jobs_session_id_id" ON "import_jobs" ("session_id", "id");

CREATE INDEX "ix_import_jobs_status" ON "import_jobs" ("status");

CREATE INDEX "ix_import_row_errors_job_id_line" ON "import_row_errors" ("job_id", "line");

CREATE UNIQUE INDEX "ix_invitation_codes_code" ON "invitation_codes" ("code");

CREATE INDEX "ix_invitation_codes_institution_id_id" ON "invitation_codes" ("institution_id", "id");

CREATE INDEX "ix_offline_exhibitors_job_id" ON "offline_exhibitors" ("job_id");

CREATE INDEX "ix_offline_exhibitors_session_id_enterprise_name" ON "offline_exhibitors" ("session_id", "enterprise_name");

CREATE INDEX "ix_onboarding_files_enterprise_id" ON "onboarding_files" ("enterprise_id");

CREATE INDEX "ix_participation_history_job_id" ON "participation_history" ("job_id");

CREATE INDEX "ix_participation_history_session_id_enterprise_name" ON "participation_history" ("session_id", "enterprise_name");

CREATE UNIQUE INDEX "ix_qualifications_enterprise_id_session_id" ON "qualifications" ("enterprise_id", "session_id");

CREATE INDEX "ix_qualifications_licence_file_id" ON "qualifications" ("licence_file_id");

CREATE INDEX "ix_qualifications_session_id_status" ON "qualifications" ("session_id", "status");

CREATE INDEX "ix_review_events_review_item_id_id" ON "review_events" ("review_item_id", "id");

CREATE INDEX "ix_review_items_applicant_enterprise_id" ON "review_items" ("applicant_enterprise_id");

CREATE INDEX "ix_review_items_reviewer_kind_reviewer_org_id_status_id" ON "review_items" ("reviewer_kind", "reviewer_org_id", "status", "id");

CREATE UNIQUE INDEX "ix_review_items_subject_type_subject_id" ON "review_items" ("subject_type", "subject_id");
