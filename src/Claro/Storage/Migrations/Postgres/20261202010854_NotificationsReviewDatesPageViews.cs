using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Claro.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class NotificationsReviewDatesPageViews : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "ReviewBy",
                table: "Documents",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ReviewRemindedFor",
                table: "Documents",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WithdrawalScheduledReason",
                table: "Documents",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "WithdrawalScheduledUtc",
                table: "Documents",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MailCulture",
                table: "AspNetUsers",
                type: "character varying(16)",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "MutedNotifications",
                table: "AspNetUsers",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "TranslatesCultures",
                table: "AspNetUsers",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Notifications",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    To = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    DocumentId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Subject = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Body = table.Column<string>(type: "text", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    NextAttemptUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    SentUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastError = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Notifications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PageViews",
                columns: table => new
                {
                    DocumentId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Culture = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PageViews", x => new { x.DocumentId, x.Culture, x.Day });
                });

            migrationBuilder.CreateIndex(
                name: "IX_Documents_ReviewBy",
                table: "Documents",
                column: "ReviewBy");

            migrationBuilder.CreateIndex(
                name: "IX_Documents_WithdrawalScheduledUtc",
                table: "Documents",
                column: "WithdrawalScheduledUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_SentUtc_NextAttemptUtc",
                table: "Notifications",
                columns: new[] { "SentUtc", "NextAttemptUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_PageViews_Day",
                table: "PageViews",
                column: "Day");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Notifications");

            migrationBuilder.DropTable(
                name: "PageViews");

            migrationBuilder.DropIndex(
                name: "IX_Documents_ReviewBy",
                table: "Documents");

            migrationBuilder.DropIndex(
                name: "IX_Documents_WithdrawalScheduledUtc",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "ReviewBy",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "ReviewRemindedFor",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "WithdrawalScheduledReason",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "WithdrawalScheduledUtc",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "MailCulture",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "MutedNotifications",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "TranslatesCultures",
                table: "AspNetUsers");
        }
    }
}
