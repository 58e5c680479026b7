using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zmd.Vocational.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CrossSchoolDuplicateFindings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "FilCrossSchoolDuplicates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    DatasetCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Value = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SchoolId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RowNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RowName = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    OtherSchoolId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OtherRowNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    OtherRowName = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    ClosedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ResolvedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ResolvedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ResolutionNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: true),
                    ModifiedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ModifiedBy = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FilCrossSchoolDuplicates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FilFlaggedUploads",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    SchoolId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    DatasetCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    FilingVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    Rows = table.Column<int>(type: "INTEGER", nullable: false),
                    Clashes = table.Column<int>(type: "INTEGER", nullable: false),
                    SamePrefixRows = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FilFlaggedUploads", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FilCrossSchoolDuplicates_OtherSchoolId_Year",
                table: "FilCrossSchoolDuplicates",
                columns: new[] { "OtherSchoolId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_FilCrossSchoolDuplicates_SchoolId_Year",
                table: "FilCrossSchoolDuplicates",
                columns: new[] { "SchoolId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_FilCrossSchoolDuplicates_Year_Status",
                table: "FilCrossSchoolDuplicates",
                columns: new[] { "Year", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_FilFlaggedUploads_Year_At",
                table: "FilFlaggedUploads",
                columns: new[] { "Year", "At" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FilCrossSchoolDuplicates");

            migrationBuilder.DropTable(
                name: "FilFlaggedUploads");
        }
    }
}
