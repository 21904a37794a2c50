using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MentorHub.Web.Platform.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddActivities : Migration
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
                name: "activities_activities");
        }
    }
}
