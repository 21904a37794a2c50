using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MentorHub.Web.Platform.Data.Migrations.Sqlite
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
                    round_id = table.Column<string>(type: "TEXT", maxLength: 36, nullable: false),
                    respondent_group = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_selfassessment_expected_respondents", x => new { x.round_id, x.respondent_group });
                    table.ForeignKey(
                        name: "fk_selfassessment_expected_respondents_selfassessment_rounds_round_id",
                        column: x => x.round_id,
                        principalTable: "selfassessment_rounds",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "selfassessment_report_shares",
                columns: table => new
                {
                    round_id = table.Column<string>(type: "TEXT", maxLength: 36, nullable: false),
                    mentor_school = table.Column<bool>(type: "INTEGER", nullable: false),
                    own_staff = table.Column<bool>(type: "INTEGER", nullable: false),
                    areas = table.Column<string>(type: "TEXT", maxLength: 10100, nullable: true),
                    shared_by = table.Column<Guid>(type: "TEXT", nullable: true),
                    shared_at = table.Column<DateTime>(type: "TEXT", nullable: false)
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
