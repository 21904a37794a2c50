using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MentorHub.Web.Platform.Data.Migrations.Postgres
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
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    cluster_id = table.Column<Guid>(type: "uuid", nullable: false),
                    programme_id = table.Column<Guid>(type: "uuid", nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    format = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    mode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    starts_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    duration_minutes = table.Column<int>(type: "integer", nullable: false),
                    host_school_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    topic = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    cost_amount = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: true),
                    cost_currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true),
                    method_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    goal_ids = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    priority_ids = table.Column<List<string>>(type: "text[]", nullable: false),
                    links = table.Column<List<string>>(type: "text[]", nullable: false),
                    recording_url = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    created_by = table.Column<Guid>(type: "uuid", nullable: true),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_activities_activities", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "activities_calendar_feeds",
                columns: table => new
                {
                    cluster_id = table.Column<Guid>(type: "uuid", nullable: false),
                    token_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    created_by = table.Column<Guid>(type: "uuid", nullable: true),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_activities_calendar_feeds", x => x.cluster_id);
                });

            migrationBuilder.CreateTable(
                name: "activities_participants",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    activity_id = table.Column<Guid>(type: "uuid", nullable: false),
                    school_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    leaders = table.Column<int>(type: "integer", nullable: false),
                    teachers = table.Column<int>(type: "integer", nullable: false),
                    students = table.Column<int>(type: "integer", nullable: false)
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
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    cluster_id = table.Column<Guid>(type: "uuid", nullable: false),
                    school_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    activity_id = table.Column<Guid>(type: "uuid", nullable: true),
                    term_start = table.Column<DateOnly>(type: "date", nullable: true),
                    did = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    learned = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    hard = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    next = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    written_by = table.Column<Guid>(type: "uuid", nullable: true),
                    written_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    mentor_comment = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    commented_by = table.Column<Guid>(type: "uuid", nullable: true),
                    commented_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
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
