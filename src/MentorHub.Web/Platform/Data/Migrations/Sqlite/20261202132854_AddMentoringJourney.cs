using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MentorHub.Web.Platform.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddMentoringJourney : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "activities_activities",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    cluster_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    programme_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    format = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    mode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    starts_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    duration_minutes = table.Column<int>(type: "INTEGER", nullable: false),
                    host_school_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    topic = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    cost_amount = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: true),
                    cost_currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: true),
                    method_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    goal_ids = table.Column<string>(type: "TEXT", nullable: false),
                    priority_ids = table.Column<string>(type: "TEXT", nullable: false),
                    links = table.Column<string>(type: "TEXT", nullable: false),
                    recording_url = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    created_by = table.Column<Guid>(type: "TEXT", nullable: true),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_activities_activities", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "activities_calendar_feeds",
                columns: table => new
                {
                    cluster_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    token_hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    created_by = table.Column<Guid>(type: "TEXT", nullable: true),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_activities_calendar_feeds", x => x.cluster_id);
                });

            migrationBuilder.CreateTable(
                name: "journey_agreements",
                columns: table => new
                {
                    cluster_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    programme_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    people = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    goals = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    meeting_rhythm = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    roles = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    updated_by_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    updated_by_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    cleared_confirmations = table.Column<int>(type: "INTEGER", nullable: false),
                    cleared_at = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_journey_agreements", x => x.cluster_id);
                });

            migrationBuilder.CreateTable(
                name: "journey_tracks",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    programme_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    cluster_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    school_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    cycle = table.Column<int>(type: "INTEGER", nullable: false),
                    phase = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    since = table.Column<DateTime>(type: "TEXT", nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_journey_tracks", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "planning_plans",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    programme_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    school_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    created_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    superseded_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    goals = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_planning_plans", x => x.id);
                });

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

            migrationBuilder.CreateTable(
                name: "toolbox_inquiries",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    programme_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    school_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    author_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    author_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    team = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    question = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    assumptions = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    method_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    data_to_collect = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    findings = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    practice_change = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    shared = table.Column<bool>(type: "INTEGER", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    completed_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_toolbox_inquiries", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "toolbox_methods",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    programme_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    level = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    duration_minutes = table.Column<int>(type: "INTEGER", nullable: false),
                    area_ids = table.Column<string>(type: "TEXT", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_toolbox_methods", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "activities_participants",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    activity_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    school_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    leaders = table.Column<int>(type: "INTEGER", nullable: false),
                    teachers = table.Column<int>(type: "INTEGER", nullable: false),
                    students = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_activities_participants", x => x.id);
                    table.ForeignKey(
                        name: "fk_activities_participants_activities_activities_activity_id",
                        column: x => x.activity_id,
                        principalTable: "activities_activities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "activities_reflections",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    cluster_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    school_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    activity_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    term_start = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    did = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    learned = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    hard = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    next = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    written_by = table.Column<Guid>(type: "TEXT", nullable: true),
                    written_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    mentor_comment = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    commented_by = table.Column<Guid>(type: "TEXT", nullable: true),
                    commented_at = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_activities_reflections", x => x.id);
                    table.ForeignKey(
                        name: "fk_activities_reflections_activities_activities_activity_id",
                        column: x => x.activity_id,
                        principalTable: "activities_activities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "journey_agreement_confirmations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    cluster_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    school_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    by_user_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    by_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_journey_agreement_confirmations", x => x.id);
                    table.ForeignKey(
                        name: "fk_journey_agreement_confirmations_journey_agreements_cluster_id",
                        column: x => x.cluster_id,
                        principalTable: "journey_agreements",
                        principalColumn: "cluster_id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "journey_moves",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    track_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    programme_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    cluster_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    school_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    from_cycle = table.Column<int>(type: "INTEGER", nullable: false),
                    from_phase = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    to_cycle = table.Column<int>(type: "INTEGER", nullable: false),
                    to_phase = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    by_user_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    by_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_journey_moves", x => x.id);
                    table.ForeignKey(
                        name: "fk_journey_moves_journey_tracks_track_id",
                        column: x => x.track_id,
                        principalTable: "journey_tracks",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "planning_entries",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    plan_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    goal_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    author = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_planning_entries", x => x.id);
                    table.ForeignKey(
                        name: "fk_planning_entries_planning_plans_plan_id",
                        column: x => x.plan_id,
                        principalTable: "planning_plans",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "toolbox_method_texts",
                columns: table => new
                {
                    language = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    method_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    purpose = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    steps = table.Column<string>(type: "TEXT", maxLength: 12000, nullable: false),
                    resources = table.Column<string>(type: "TEXT", maxLength: 12000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_toolbox_method_texts", x => new { x.method_id, x.language });
                    table.ForeignKey(
                        name: "fk_toolbox_method_texts_toolbox_methods_method_id",
                        column: x => x.method_id,
                        principalTable: "toolbox_methods",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_activities_activities_cluster_id_starts_at",
                table: "activities_activities",
                columns: new[] { "cluster_id", "starts_at" });

            migrationBuilder.CreateIndex(
                name: "ix_activities_activities_programme_id",
                table: "activities_activities",
                column: "programme_id");

            migrationBuilder.CreateIndex(
                name: "ix_activities_participants_activity_id_school_id",
                table: "activities_participants",
                columns: new[] { "activity_id", "school_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_activities_reflections_activity_id_school_id",
                table: "activities_reflections",
                columns: new[] { "activity_id", "school_id" },
                unique: true,
                filter: "activity_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_activities_reflections_cluster_id_school_id_term_start",
                table: "activities_reflections",
                columns: new[] { "cluster_id", "school_id", "term_start" },
                unique: true,
                filter: "term_start IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_journey_agreement_confirmations_cluster_id_school_id",
                table: "journey_agreement_confirmations",
                columns: new[] { "cluster_id", "school_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_journey_agreements_programme_id",
                table: "journey_agreements",
                column: "programme_id");

            migrationBuilder.CreateIndex(
                name: "ix_journey_moves_cluster_id_at",
                table: "journey_moves",
                columns: new[] { "cluster_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_journey_moves_track_id",
                table: "journey_moves",
                column: "track_id");

            migrationBuilder.CreateIndex(
                name: "ix_journey_tracks_cluster_id_school_id",
                table: "journey_tracks",
                columns: new[] { "cluster_id", "school_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_journey_tracks_programme_id_cluster_id",
                table: "journey_tracks",
                columns: new[] { "programme_id", "cluster_id" });

            migrationBuilder.CreateIndex(
                name: "ix_planning_entries_plan_id",
                table: "planning_entries",
                column: "plan_id");

            migrationBuilder.CreateIndex(
                name: "ix_planning_plans_programme_id_school_id",
                table: "planning_plans",
                columns: new[] { "programme_id", "school_id" },
                unique: true,
                filter: "superseded_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_toolbox_inquiries_programme_id_school_id",
                table: "toolbox_inquiries",
                columns: new[] { "programme_id", "school_id" });

            migrationBuilder.CreateIndex(
                name: "ix_toolbox_methods_programme_id",
                table: "toolbox_methods",
                column: "programme_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "activities_calendar_feeds");

            migrationBuilder.DropTable(
                name: "activities_participants");

            migrationBuilder.DropTable(
                name: "activities_reflections");

            migrationBuilder.DropTable(
                name: "journey_agreement_confirmations");

            migrationBuilder.DropTable(
                name: "journey_moves");

            migrationBuilder.DropTable(
                name: "planning_entries");

            migrationBuilder.DropTable(
                name: "selfassessment_expected_respondents");

            migrationBuilder.DropTable(
                name: "selfassessment_report_shares");

            migrationBuilder.DropTable(
                name: "toolbox_inquiries");

            migrationBuilder.DropTable(
                name: "toolbox_method_texts");

            migrationBuilder.DropTable(
                name: "activities_activities");

            migrationBuilder.DropTable(
                name: "journey_agreements");

            migrationBuilder.DropTable(
                name: "journey_tracks");

            migrationBuilder.DropTable(
                name: "planning_plans");

            migrationBuilder.DropTable(
                name: "toolbox_methods");
        }
    }
}
