using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zmd.Vocational.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Monitoring : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "EnrMajorsOffered",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SchoolId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    MajorCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    MajorName = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    TotalHours = table.Column<int>(type: "INTEGER", nullable: false),
                    PracticeHours = table.Column<int>(type: "INTEGER", nullable: false),
                    Intake = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EnrMajorsOffered", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TgtCityMeasures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SheetId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Value = table.Column<decimal>(type: "TEXT", precision: 20, scale: 4, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: true),
                    ModifiedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ModifiedBy = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TgtCityMeasures", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TgtCitySheetEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SheetId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UserName = table.Column<string>(type: "TEXT", nullable: true),
                    Action = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TgtCitySheetEvents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TgtCitySheets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    ReviewComment = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: true),
                    ModifiedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ModifiedBy = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TgtCitySheets", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TgtDataStamp",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Stamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TgtDataStamp", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TgtQualityExplanations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SchoolId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Rule = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: true),
                    ModifiedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ModifiedBy = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TgtQualityExplanations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TgtQuotas",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TargetCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CountyCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    SchoolId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Value = table.Column<decimal>(type: "TEXT", precision: 20, scale: 4, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: true),
                    ModifiedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ModifiedBy = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TgtQuotas", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TgtSchoolMeasures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SchoolId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Dataset = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Value = table.Column<decimal>(type: "TEXT", precision: 20, scale: 4, nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TgtSchoolMeasures", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TgtSettings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OnTrackTolerance = table.Column<decimal>(type: "TEXT", nullable: false),
                    AtRiskTolerance = table.Column<decimal>(type: "TEXT", nullable: false),
                    JumpShare = table.Column<decimal>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: true),
                    ModifiedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ModifiedBy = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TgtSettings", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EnrMajorsOffered_SchoolId_Year_MajorCode",
                table: "EnrMajorsOffered",
                columns: new[] { "SchoolId", "Year", "MajorCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TgtCityMeasures_Year_Code",
                table: "TgtCityMeasures",
                columns: new[] { "Year", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TgtCitySheetEvents_SheetId",
                table: "TgtCitySheetEvents",
                column: "SheetId");

            migrationBuilder.CreateIndex(
                name: "IX_TgtCitySheets_Year",
                table: "TgtCitySheets",
                column: "Year",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TgtQualityExplanations_SchoolId_Year_Rule",
                table: "TgtQualityExplanations",
                columns: new[] { "SchoolId", "Year", "Rule" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TgtQuotas_TargetCode",
                table: "TgtQuotas",
                column: "TargetCode");

            migrationBuilder.CreateIndex(
                name: "IX_TgtSchoolMeasures_SchoolId_Year_Code",
                table: "TgtSchoolMeasures",
                columns: new[] { "SchoolId", "Year", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TgtSchoolMeasures_SchoolId_Year_Dataset",
                table: "TgtSchoolMeasures",
                columns: new[] { "SchoolId", "Year", "Dataset" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EnrMajorsOffered");

            migrationBuilder.DropTable(
                name: "TgtCityMeasures");

            migrationBuilder.DropTable(
                name: "TgtCitySheetEvents");

            migrationBuilder.DropTable(
                name: "TgtCitySheets");

            migrationBuilder.DropTable(
                name: "TgtDataStamp");

            migrationBuilder.DropTable(
                name: "TgtQualityExplanations");

            migrationBuilder.DropTable(
                name: "TgtQuotas");

            migrationBuilder.DropTable(
                name: "TgtSchoolMeasures");

            migrationBuilder.DropTable(
                name: "TgtSettings");
        }
    }
}
