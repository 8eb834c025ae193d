using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Claro.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AddDocumentRevision : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Revision",
                table: "Documents",
                type: "integer",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Revision",
                table: "Documents");
        }
    }
}
