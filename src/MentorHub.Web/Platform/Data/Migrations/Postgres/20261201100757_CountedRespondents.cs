using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MentorHub.Web.Platform.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CountedRespondents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "counted_respondents",
                table: "selfassessment_group_totals",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            // Responses stored before the counting rule: count, on each group's first shard row, those
            // with at least one real answer (any non-null value; free-text items never carry one).
            migrationBuilder.Sql("""
                UPDATE selfassessment_group_totals SET counted_respondents = (
                    SELECT count(*) FROM selfassessment_responses r
                    WHERE r.round_id = selfassessment_group_totals.round_id
                      AND r.respondent_group = selfassessment_group_totals.respondent_group
                      AND EXISTS (SELECT 1 FROM json_each(r.answers::json) e WHERE json_typeof(e.value) <> 'null'))
                WHERE shard = (
                    SELECT min(g.shard) FROM selfassessment_group_totals g
                    WHERE g.round_id = selfassessment_group_totals.round_id AND g.respondent_group = selfassessment_group_totals.respondent_group)
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "counted_respondents",
                table: "selfassessment_group_totals");
        }
    }
}
