using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MentorHub.Web.Platform.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class IndexActivitiesByClusterAndLogging : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_activities_activities_cluster_id_created_at",
                table: "activities_activities",
                columns: new[] { "cluster_id", "created_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_activities_activities_cluster_id_created_at",
                table: "activities_activities");
        }
    }
}
