using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zmd.Vocational.Data.Migrations.PostgreSql
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SchoolId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    MajorCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    MajorName = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    TotalHours = table.Column<int>(type: "integer", nullable: false),
                    PracticeHours = table.Column<int>(type: "integer", nullable: false),
                    Intake = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EnrMajorsOffered", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TgtCityMeasures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SheetId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Value = table.Column<decimal>(type: "numeric(20,4)", precision: 20, scale: 4, nullable: true),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "text", nullable: true),
                    ModifiedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ModifiedBy = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TgtCityMeasures", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TgtCitySheetEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SheetId = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UserName = table.Column<string>(type: "text", nullable: true),
                    Action = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Comment = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TgtCitySheetEvents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TgtCitySheets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    State = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    ReviewComment = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "text", nullable: true),
                    ModifiedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ModifiedBy = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TgtCitySheets", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TgtDataStamp",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Stamp = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TgtDataStamp", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TgtQualityExplanations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SchoolId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Rule = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Text = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "text", nullable: true),
                    ModifiedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ModifiedBy = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TgtQualityExplanations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TgtQuotas",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TargetCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    CountyCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    SchoolId = table.Column<Guid>(type: "uuid", nullable: true),
                    Value = table.Column<decimal>(type: "numeric(20,4)", precision: 20, scale: 4, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "text", nullable: true),
                    ModifiedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ModifiedBy = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TgtQuotas", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TgtSchoolMeasures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SchoolId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Dataset = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Value = table.Column<decimal>(type: "numeric(20,4)", precision: 20, scale: 4, nullable: false),
                    State = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TgtSchoolMeasures", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TgtSettings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OnTrackTolerance = table.Column<decimal>(type: "numeric", nullable: false),
                    AtRiskTolerance = table.Column<decimal>(type: "numeric", nullable: false),
                    JumpShare = table.Column<decimal>(type: "numeric", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "text", nullable: true),
                    ModifiedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ModifiedBy = table.Column<string>(type: "text", nullable: true)
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
