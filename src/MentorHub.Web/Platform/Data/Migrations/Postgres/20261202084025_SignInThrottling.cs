using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MentorHub.Web.Platform.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SignInThrottling : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "people_sign_in_failures",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    email_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    client_address = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    occurred_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_people_sign_in_failures", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_people_sign_in_failures_client_address_email_hash_occurred_~",
                table: "people_sign_in_failures",
                columns: new[] { "client_address", "email_hash", "occurred_at" });

            migrationBuilder.CreateIndex(
                name: "ix_people_sign_in_failures_client_address_occurred_at",
                table: "people_sign_in_failures",
                columns: new[] { "client_address", "occurred_at" });

            migrationBuilder.CreateIndex(
                name: "ix_people_sign_in_failures_occurred_at",
                table: "people_sign_in_failures",
                column: "occurred_at");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "people_sign_in_failures");
        }
    }
}
