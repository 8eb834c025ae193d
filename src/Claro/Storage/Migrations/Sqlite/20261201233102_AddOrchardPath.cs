using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Claro.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddOrchardPath : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "OrchardPath",
                table: "Items",
                type: "TEXT",
                maxLength: 400,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Items_OrchardPath",
                table: "Items",
                column: "OrchardPath");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Items_OrchardPath",
                table: "Items");

            migrationBuilder.DropColumn(
                name: "OrchardPath",
                table: "Items");
        }
    }
}
