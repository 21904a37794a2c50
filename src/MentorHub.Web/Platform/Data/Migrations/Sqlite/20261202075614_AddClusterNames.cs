using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MentorHub.Web.Platform.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddClusterNames : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Clusters formed before names existed get the default new clusters get: "Cluster of" the mentor school.
            migrationBuilder.Sql(
                """
                UPDATE clusters_clusters
                SET name = substr('Cluster of ' || COALESCE(
                    (SELECT s.name FROM schools_schools s WHERE s.id = clusters_clusters.mentor_school_id),
                    clusters_clusters.mentor_school_id), 1, 200)
                WHERE name IS NULL OR trim(name) = '';
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
