using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zmd.Vocational.Data.Migrations.PostgreSql
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Scope = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SchoolId = table.Column<Guid>(type: "uuid", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    State = table.Column<int>(type: "integer", nullable: false),
                    Provisional = table.Column<bool>(type: "boolean", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Foreword = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    Cases = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    Problems = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    Measures = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    GeneratedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    GeneratedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    PublishedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    PublishedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    TemplateVersions = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    HtmlSha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    MarkdownSha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    SnapshotSha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    HtmlBytes = table.Column<long>(type: "bigint", nullable: false),
                    MarkdownBytes = table.Column<long>(type: "bigint", nullable: false),
                    GatherMilliseconds = table.Column<double>(type: "double precision", nullable: false),
                    RenderMilliseconds = table.Column<double>(type: "double precision", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "text", nullable: true),
                    ModifiedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ModifiedBy = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RepEditions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RepEditionContents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EditionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Html = table.Column<byte[]>(type: "bytea", nullable: false),
                    Markdown = table.Column<byte[]>(type: "bytea", nullable: false),
                    Snapshot = table.Column<string>(type: "text", nullable: false)
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
