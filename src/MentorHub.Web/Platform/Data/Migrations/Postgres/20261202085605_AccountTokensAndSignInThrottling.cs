using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MentorHub.Web.Platform.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AccountTokensAndSignInThrottling : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "people_refresh_tokens",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    family_id = table.Column<Guid>(type: "uuid", nullable: false),
                    token_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    security_stamp = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    expires_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    used_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    revoked_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_people_refresh_tokens", x => x.id);
                    table.ForeignKey(
                        name: "fk_people_refresh_tokens_platform_users_user_id",
                        column: x => x.user_id,
                        principalTable: "platform_users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

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
                name: "ix_people_refresh_tokens_family_id",
                table: "people_refresh_tokens",
                column: "family_id");

            migrationBuilder.CreateIndex(
                name: "ix_people_refresh_tokens_token_hash",
                table: "people_refresh_tokens",
                column: "token_hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_people_refresh_tokens_user_id",
                table: "people_refresh_tokens",
                column: "user_id");

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
                name: "people_refresh_tokens");

            migrationBuilder.DropTable(
                name: "people_sign_in_failures");
        }
    }
}
