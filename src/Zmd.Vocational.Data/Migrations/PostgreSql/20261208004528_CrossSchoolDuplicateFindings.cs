using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zmd.Vocational.Data.Migrations.PostgreSql
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    DatasetCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Value = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    SchoolId = table.Column<Guid>(type: "uuid", nullable: false),
                    RowNumber = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    RowName = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    OtherSchoolId = table.Column<Guid>(type: "uuid", nullable: false),
                    OtherRowNumber = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    OtherRowName = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    ClosedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ResolvedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ResolvedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ResolutionNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "text", nullable: true),
                    ModifiedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ModifiedBy = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FilCrossSchoolDuplicates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FilFlaggedUploads",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    SchoolId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    DatasetCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    FilingVersion = table.Column<int>(type: "integer", nullable: false),
                    Rows = table.Column<int>(type: "integer", nullable: false),
                    Clashes = table.Column<int>(type: "integer", nullable: false),
                    SamePrefixRows = table.Column<int>(type: "integer", nullable: false)
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
