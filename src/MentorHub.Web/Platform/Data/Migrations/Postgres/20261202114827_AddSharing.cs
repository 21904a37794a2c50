using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MentorHub.Web.Platform.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AddSharing : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "selfassessment_expected_respondents",
                columns: table => new
                {
                    round_id = table.Column<string>(type: "character varying(36)", maxLength: 36, nullable: false),
                    respondent_group = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_selfassessment_expected_respondents", x => new { x.round_id, x.respondent_group });
                    table.ForeignKey(
                        name: "fk_selfassessment_expected_respondents_selfassessment_rounds_r~",
                        column: x => x.round_id,
                        principalTable: "selfassessment_rounds",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "selfassessment_report_shares",
                columns: table => new
                {
                    round_id = table.Column<string>(type: "character varying(36)", maxLength: 36, nullable: false),
                    mentor_school = table.Column<bool>(type: "boolean", nullable: false),
                    own_staff = table.Column<bool>(type: "boolean", nullable: false),
                    areas = table.Column<string>(type: "character varying(10100)", maxLength: 10100, nullable: true),
                    shared_by = table.Column<Guid>(type: "uuid", nullable: true),
                    shared_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_selfassessment_report_shares", x => x.round_id);
                    table.ForeignKey(
                        name: "fk_selfassessment_report_shares_selfassessment_rounds_round_id",
                        column: x => x.round_id,
                        principalTable: "selfassessment_rounds",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "selfassessment_expected_respondents");

            migrationBuilder.DropTable(
                name: "selfassessment_report_shares");
        }
    }
}
