using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Claro.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AddPageLinks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PageLinks",
                columns: table => new
                {
                    VersionId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Target = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Path = table.Column<string>(type: "character varying(140)", maxLength: 140, nullable: false),
                    DocumentId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Href = table.Column<string>(type: "character varying(1140)", maxLength: 1140, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PageLinks", x => new { x.VersionId, x.Target });
                    table.ForeignKey(
                        name: "FK_PageLinks_Documents_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "Documents",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_PageLinks_Versions_VersionId",
                        column: x => x.VersionId,
                        principalTable: "Versions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PageLinks_DocumentId",
                table: "PageLinks",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_PageLinks_Path",
                table: "PageLinks",
                column: "Path");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PageLinks");
        }
    }
}
