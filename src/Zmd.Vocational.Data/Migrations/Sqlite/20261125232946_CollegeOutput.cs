using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zmd.Vocational.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CollegeOutput : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ColInternships",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SchoolId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    EnterpriseCreditCode = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    EnterpriseName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Backbone = table.Column<bool>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    MajorCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    PersonTimes = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ColInternships", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ColStudios",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SchoolId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Master = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Field = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Level = table.Column<int>(type: "INTEGER", nullable: false),
                    Established = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ColStudios", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ColTrainingOutput",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SchoolId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Level = table.Column<int>(type: "INTEGER", nullable: false),
                    Graduates = table.Column<int>(type: "INTEGER", nullable: false),
                    Certified = table.Column<int>(type: "INTEGER", nullable: false),
                    SocialTraining = table.Column<int>(type: "INTEGER", nullable: false),
                    Assessments = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ColTrainingOutput", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ColInternships_SchoolId_Year_EnterpriseCreditCode_Kind_MajorCode",
                table: "ColInternships",
                columns: new[] { "SchoolId", "Year", "EnterpriseCreditCode", "Kind", "MajorCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ColStudios_SchoolId_Year_Name",
                table: "ColStudios",
                columns: new[] { "SchoolId", "Year", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ColTrainingOutput_SchoolId_Year_Level",
                table: "ColTrainingOutput",
                columns: new[] { "SchoolId", "Year", "Level" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ColInternships");

            migrationBuilder.DropTable(
                name: "ColStudios");

            migrationBuilder.DropTable(
                name: "ColTrainingOutput");
        }
    }
}
