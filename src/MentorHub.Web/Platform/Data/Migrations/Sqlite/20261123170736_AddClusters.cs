using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MentorHub.Web.Platform.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddClusters : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "clusters_clusters",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    programme_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    hub_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    mentor_school_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    mode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    capacity = table.Column<int>(type: "INTEGER", nullable: false),
                    proposal_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_clusters_clusters", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "clusters_proposals",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    programme_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    hub_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    created_by = table.Column<Guid>(type: "TEXT", nullable: true),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    settings_json = table.Column<string>(type: "text", maxLength: 2000, nullable: false),
                    result_json = table.Column<string>(type: "text", maxLength: 2000, nullable: false),
                    total_cost = table.Column<double>(type: "REAL", nullable: false),
                    optimal = table.Column<bool>(type: "INTEGER", nullable: false),
                    solve_ms = table.Column<long>(type: "INTEGER", nullable: false),
                    placed = table.Column<int>(type: "INTEGER", nullable: false),
                    greedy_placed = table.Column<int>(type: "INTEGER", nullable: false),
                    greedy_total_cost = table.Column<double>(type: "REAL", nullable: false),
                    participants_fingerprint = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    accepted_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    accepted_by = table.Column<Guid>(type: "TEXT", nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_clusters_proposals", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "clusters_requests",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    programme_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    hub_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    mentor_school_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    mentee_school_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    direction = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    message = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    created_by = table.Column<Guid>(type: "TEXT", nullable: true),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    responded_by = table.Column<Guid>(type: "TEXT", nullable: true),
                    responded_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    decided_by = table.Column<Guid>(type: "TEXT", nullable: true),
                    decided_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    cluster_id = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_clusters_requests", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "clusters_coordinators",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    cluster_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    school_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_clusters_coordinators", x => x.id);
                    table.ForeignKey(
                        name: "fk_clusters_coordinators_clusters_clusters_cluster_id",
                        column: x => x.cluster_id,
                        principalTable: "clusters_clusters",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "clusters_links",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    cluster_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    url = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    added_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_clusters_links", x => x.id);
                    table.ForeignKey(
                        name: "fk_clusters_links_clusters_clusters_cluster_id",
                        column: x => x.cluster_id,
                        principalTable: "clusters_clusters",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "clusters_members",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    cluster_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    programme_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    school_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    role = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    joined_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    join_reason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    left_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    leave_reason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_clusters_members", x => x.id);
                    table.ForeignKey(
                        name: "fk_clusters_members_clusters_clusters_cluster_id",
                        column: x => x.cluster_id,
                        principalTable: "clusters_clusters",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_clusters_clusters_programme_id_mentor_school_id",
                table: "clusters_clusters",
                columns: new[] { "programme_id", "mentor_school_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_clusters_coordinators_cluster_id",
                table: "clusters_coordinators",
                column: "cluster_id");

            migrationBuilder.CreateIndex(
                name: "ix_clusters_links_cluster_id",
                table: "clusters_links",
                column: "cluster_id");

            migrationBuilder.CreateIndex(
                name: "ix_clusters_members_cluster_id",
                table: "clusters_members",
                column: "cluster_id");

            migrationBuilder.CreateIndex(
                name: "ix_clusters_members_programme_id_school_id",
                table: "clusters_members",
                columns: new[] { "programme_id", "school_id" },
                unique: true,
                filter: "left_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_clusters_proposals_programme_id",
                table: "clusters_proposals",
                column: "programme_id");

            migrationBuilder.CreateIndex(
                name: "ix_clusters_requests_programme_id_mentor_school_id_mentee_school_id",
                table: "clusters_requests",
                columns: new[] { "programme_id", "mentor_school_id", "mentee_school_id" },
                unique: true,
                filter: "status IN ('Pending', 'Accepted')");

            migrationBuilder.CreateIndex(
                name: "ix_clusters_requests_programme_id_status",
                table: "clusters_requests",
                columns: new[] { "programme_id", "status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "clusters_coordinators");

            migrationBuilder.DropTable(
                name: "clusters_links");

            migrationBuilder.DropTable(
                name: "clusters_members");

            migrationBuilder.DropTable(
                name: "clusters_proposals");

            migrationBuilder.DropTable(
                name: "clusters_requests");

            migrationBuilder.DropTable(
                name: "clusters_clusters");
        }
    }
}
