using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MentorHub.Web.Platform.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddToolbox : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
                name: "toolbox_inquiries");

            migrationBuilder.DropTable(
                name: "toolbox_method_texts");

            migrationBuilder.DropTable(
                name: "toolbox_methods");
        }
    }
}
