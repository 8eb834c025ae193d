using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Claro.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AddSearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Search is a tsvector table behind a text-search configuration of its own, which EF Core's model cannot
            // describe. Before this migration the site made them at start, so a database may already have them.
            migrationBuilder.Sql(
                """
                CREATE EXTENSION IF NOT EXISTS unaccent;
                DO $$
                BEGIN
                    IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'claro_search' AND cfgnamespace = current_schema()::regnamespace) THEN
                        CREATE TEXT SEARCH CONFIGURATION claro_search (COPY = simple);
                        ALTER TEXT SEARCH CONFIGURATION claro_search
                            ALTER MAPPING FOR word, hword, hword_part, numword, numhword, hword_numpart WITH unaccent, simple;
                    END IF;
                END $$;
                CREATE TABLE IF NOT EXISTS "SearchEntries" (
                    "ItemId" character varying(64) PRIMARY KEY,
                    "Culture" character varying(16) NOT NULL,
                    "Slug" text NOT NULL,
                    "Title" text NOT NULL,
                    "Body" text NOT NULL,
                    "Terms" tsvector NOT NULL);
                CREATE INDEX IF NOT EXISTS "IX_SearchEntries_Terms" ON "SearchEntries" USING GIN ("Terms");
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The unaccent extension stays: other databases' objects on the server may use it.
            migrationBuilder.Sql(
                """
                DROP TABLE IF EXISTS "SearchEntries";
                DROP TEXT SEARCH CONFIGURATION IF EXISTS claro_search;
                """);
        }
    }
}
