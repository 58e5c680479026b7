using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zmd.Vocational.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ReportEditions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RepEditions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Scope = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SchoolId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    Provisional = table.Column<bool>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Foreword = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    Cases = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    Problems = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    Measures = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    GeneratedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    GeneratedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    PublishedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PublishedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    TemplateVersions = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    HtmlSha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    MarkdownSha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    SnapshotSha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    HtmlBytes = table.Column<long>(type: "INTEGER", nullable: false),
                    MarkdownBytes = table.Column<long>(type: "INTEGER", nullable: false),
                    GatherMilliseconds = table.Column<double>(type: "REAL", nullable: false),
                    RenderMilliseconds = table.Column<double>(type: "REAL", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: true),
                    ModifiedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ModifiedBy = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RepEditions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RepEditionContents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EditionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Html = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Markdown = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Snapshot = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RepEditionContents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RepEditionContents_RepEditions_EditionId",
                        column: x => x.EditionId,
                        principalTable: "RepEditions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RepEditionContents_EditionId",
                table: "RepEditionContents",
                column: "EditionId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RepEditions_Kind_Year_Scope_Version",
                table: "RepEditions",
                columns: new[] { "Kind", "Year", "Scope", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RepEditions_SchoolId",
                table: "RepEditions",
                column: "SchoolId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RepEditionContents");

            migrationBuilder.DropTable(
                name: "RepEditions");
        }
    }
}
