using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Claro.Storage.Migrations.Sqlite
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
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ReviewRemindedFor",
                table: "Documents",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WithdrawalScheduledReason",
                table: "Documents",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "WithdrawalScheduledUtc",
                table: "Documents",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MailCulture",
                table: "AspNetUsers",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "MutedNotifications",
                table: "AspNetUsers",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "TranslatesCultures",
                table: "AspNetUsers",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Notifications",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    To = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    DocumentId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Body = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    NextAttemptUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    SentUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Notifications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PageViews",
                columns: table => new
                {
                    DocumentId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Culture = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false)
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
