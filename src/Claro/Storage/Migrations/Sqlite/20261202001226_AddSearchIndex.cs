using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Claro.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddSearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Search is an FTS5 table, which EF Core's model cannot describe. Before this migration the site made it
            // at start, so a database may already have it.
            migrationBuilder.Sql(
                "CREATE VIRTUAL TABLE IF NOT EXISTS SearchEntries USING fts5(ItemId UNINDEXED, Culture UNINDEXED, Slug UNINDEXED, Title, Body, tokenize = 'unicode61 remove_diacritics 2');");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE IF EXISTS SearchEntries;");
        }
    }
}
