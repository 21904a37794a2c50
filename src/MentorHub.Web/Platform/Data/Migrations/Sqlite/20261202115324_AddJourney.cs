using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MentorHub.Web.Platform.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddJourney : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "journey_agreement_confirmations");

            migrationBuilder.DropTable(
                name: "journey_moves");

            migrationBuilder.DropTable(
                name: "journey_agreements");

            migrationBuilder.DropTable(
                name: "journey_tracks");
        }
    }
}
