-- Media library (CAT-5): one row per uploaded file of an enterprise; the bytes live in the file store (IFileStore).

CREATE TABLE "media_assets" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_media_assets" PRIMARY KEY AUTOINCREMENT,
    "enterprise_id" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "content_type" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "width" INTEGER NULL,
    "height" INTEGER NULL,
    "file_name" TEXT NOT NULL,
    "storage_key" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "uploaded_at" INTEGER NOT NULL,
    "uploaded_by_user_id" INTEGER NULL,
    CONSTRAINT "fk_media_assets_enterprises_enterprise_id" FOREIGN KEY ("enterprise_id") REFERENCES "enterprises" ("id") ON DELETE CASCADE
);

CREATE INDEX "ix_media_assets_enterprise_id_kind_id" ON "media_assets" ("enterprise_id", "kind", "id");
