using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MentorHub.Web.Platform.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AddSelfAssessment : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "selfassessment_instruments",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    purpose = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    definition = table.Column<string>(type: "character varying(1000000)", maxLength: 1000000, nullable: false),
                    content_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    built_in = table.Column<bool>(type: "boolean", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_selfassessment_instruments", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "selfassessment_selfie_scores",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    school_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    taken_on = table.Column<DateOnly>(type: "date", nullable: false),
                    respondent_group = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    selfie_area = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: false),
                    score = table.Column<double>(type: "double precision", nullable: false),
                    entered_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_selfassessment_selfie_scores", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "selfassessment_rounds",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying(36)", maxLength: 36, nullable: false),
                    school_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    programme_id = table.Column<Guid>(type: "uuid", nullable: false),
                    instrument_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    opens_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    closes_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    closed_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_selfassessment_rounds", x => x.id);
                    table.ForeignKey(
                        name: "fk_selfassessment_rounds_selfassessment_instruments_instrument~",
                        column: x => x.instrument_id,
                        principalTable: "selfassessment_instruments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "selfassessment_area_totals",
                columns: table => new
                {
                    round_id = table.Column<string>(type: "character varying(36)", maxLength: 36, nullable: false),
                    shard = table.Column<int>(type: "integer", nullable: false),
                    respondent_group = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    area_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    respondents = table.Column<int>(type: "integer", nullable: false),
                    sum_of_means = table.Column<double>(type: "double precision", nullable: false),
                    sum_of_squared_means = table.Column<double>(type: "double precision", nullable: false),
                    answered = table.Column<int>(type: "integer", nullable: false),
                    agree = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_selfassessment_area_totals", x => new { x.round_id, x.respondent_group, x.area_id, x.shard });
                    table.ForeignKey(
                        name: "fk_selfassessment_area_totals_selfassessment_rounds_round_id",
                        column: x => x.round_id,
                        principalTable: "selfassessment_rounds",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "selfassessment_group_totals",
                columns: table => new
                {
                    round_id = table.Column<string>(type: "character varying(36)", maxLength: 36, nullable: false),
                    shard = table.Column<int>(type: "integer", nullable: false),
                    respondent_group = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    respondents = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_selfassessment_group_totals", x => new { x.round_id, x.respondent_group, x.shard });
                    table.ForeignKey(
                        name: "fk_selfassessment_group_totals_selfassessment_rounds_round_id",
                        column: x => x.round_id,
                        principalTable: "selfassessment_rounds",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "selfassessment_item_counts",
                columns: table => new
                {
                    round_id = table.Column<string>(type: "character varying(36)", maxLength: 36, nullable: false),
                    shard = table.Column<int>(type: "integer", nullable: false),
                    item_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    answer_value = table.Column<int>(type: "integer", nullable: false),
                    answer_count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_selfassessment_item_counts", x => new { x.round_id, x.item_id, x.answer_value, x.shard });
                    table.ForeignKey(
                        name: "fk_selfassessment_item_counts_selfassessment_rounds_round_id",
                        column: x => x.round_id,
                        principalTable: "selfassessment_rounds",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "selfassessment_links",
                columns: table => new
                {
                    code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    round_id = table.Column<string>(type: "character varying(36)", maxLength: 36, nullable: false),
                    respondent_group = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_selfassessment_links", x => x.code);
                    table.ForeignKey(
                        name: "fk_selfassessment_links_selfassessment_rounds_round_id",
                        column: x => x.round_id,
                        principalTable: "selfassessment_rounds",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "selfassessment_responses",
                columns: table => new
                {
                    submission_id = table.Column<Guid>(type: "uuid", nullable: false),
                    round_id = table.Column<string>(type: "character varying(36)", maxLength: 36, nullable: false),
                    respondent_group = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    language = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    answers = table.Column<string>(type: "character varying(100000)", maxLength: 100000, nullable: false),
                    comments = table.Column<string>(type: "character varying(100000)", maxLength: 100000, nullable: true),
                    submitted_on = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_selfassessment_responses", x => x.submission_id);
                    table.ForeignKey(
                        name: "fk_selfassessment_responses_selfassessment_rounds_round_id",
                        column: x => x.round_id,
                        principalTable: "selfassessment_rounds",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_selfassessment_links_round_id_respondent_group",
                table: "selfassessment_links",
                columns: new[] { "round_id", "respondent_group" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_selfassessment_responses_round_id_respondent_group",
                table: "selfassessment_responses",
                columns: new[] { "round_id", "respondent_group" });

            migrationBuilder.CreateIndex(
                name: "ix_selfassessment_rounds_instrument_id",
                table: "selfassessment_rounds",
                column: "instrument_id");

            migrationBuilder.CreateIndex(
                name: "ix_selfassessment_rounds_programme_id",
                table: "selfassessment_rounds",
                column: "programme_id");

            migrationBuilder.CreateIndex(
                name: "ix_selfassessment_rounds_school_id_instrument_id_opens_at",
                table: "selfassessment_rounds",
                columns: new[] { "school_id", "instrument_id", "opens_at" });

            migrationBuilder.CreateIndex(
                name: "ix_selfassessment_selfie_scores_school_id_taken_on_respondent_~",
                table: "selfassessment_selfie_scores",
                columns: new[] { "school_id", "taken_on", "respondent_group", "selfie_area" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "selfassessment_area_totals");

            migrationBuilder.DropTable(
                name: "selfassessment_group_totals");

            migrationBuilder.DropTable(
                name: "selfassessment_item_counts");

            migrationBuilder.DropTable(
                name: "selfassessment_links");

            migrationBuilder.DropTable(
                name: "selfassessment_responses");

            migrationBuilder.DropTable(
                name: "selfassessment_selfie_scores");

            migrationBuilder.DropTable(
                name: "selfassessment_rounds");

            migrationBuilder.DropTable(
                name: "selfassessment_instruments");
        }
    }
}
