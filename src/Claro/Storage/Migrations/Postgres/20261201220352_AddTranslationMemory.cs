using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Claro.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AddTranslationMemory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "TranslationMemory",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SourceCulture = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    TargetCulture = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    SourceText = table.Column<string>(type: "text", nullable: false),
                    TargetText = table.Column<string>(type: "text", nullable: false),
                    SourceKey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    PairKey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    SourceWords = table.Column<int>(type: "integer", nullable: false),
                    DocumentId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: true),
                    RememberedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RememberedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TranslationMemory", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_TranslationMemory_SourceCulture_TargetCulture_PairKey",
                table: "TranslationMemory",
                columns: new[] { "SourceCulture", "TargetCulture", "PairKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TranslationMemory_SourceCulture_TargetCulture_SourceKey",
                table: "TranslationMemory",
                columns: new[] { "SourceCulture", "TargetCulture", "SourceKey" });

            migrationBuilder.CreateIndex(
                name: "IX_TranslationMemory_SourceCulture_TargetCulture_SourceWords",
                table: "TranslationMemory",
                columns: new[] { "SourceCulture", "TargetCulture", "SourceWords" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "TranslationMemory");
        }
    }
}
