using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MentorHub.Web.Platform.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddIncentives : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "evaluation_incentives",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    programme_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    school_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    amount = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: true),
                    currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: true),
                    purpose = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    granted_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    recorded_by_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    recorded_by_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    recorded_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_evaluation_incentives", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_evaluation_incentives_programme_id_recorded_at",
                table: "evaluation_incentives",
                columns: new[] { "programme_id", "recorded_at" });

            migrationBuilder.CreateIndex(
                name: "ix_evaluation_incentives_programme_id_school_id",
                table: "evaluation_incentives",
                columns: new[] { "programme_id", "school_id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "evaluation_incentives");
        }
    }
}
