using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zmd.Vocational.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Filing : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "EnrStudents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SchoolId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    StudentNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    IdNumber = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    Gender = table.Column<int>(type: "INTEGER", nullable: false),
                    BirthDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    MajorCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Level = table.Column<int>(type: "INTEGER", nullable: false),
                    EntryYear = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    CohortCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EnrStudents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FacTeachers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SchoolId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    StaffNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    IdNumber = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    IsProfessional = table.Column<bool>(type: "INTEGER", nullable: false),
                    DualLevel = table.Column<int>(type: "INTEGER", nullable: false),
                    DualYear = table.Column<int>(type: "INTEGER", nullable: true),
                    Title = table.Column<int>(type: "INTEGER", nullable: false),
                    PracticeDays = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FacTeachers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FilEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FilingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SchoolId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Action = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 260, nullable: true),
                    RowCount = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FilEvents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FilFilings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SchoolId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    DatasetCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    RowCount = table.Column<int>(type: "INTEGER", nullable: false),
                    UploadedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UploadedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SubmittedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ReviewedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReviewedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ReviewComment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: true),
                    ModifiedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ModifiedBy = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FilFilings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FilPeriods",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Deadline = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    IsOpen = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: true),
                    ModifiedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ModifiedBy = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FilPeriods", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EnrStudents_SchoolId_Year_StudentNumber",
                table: "EnrStudents",
                columns: new[] { "SchoolId", "Year", "StudentNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EnrStudents_Year_IdNumber_SchoolId",
                table: "EnrStudents",
                columns: new[] { "Year", "IdNumber", "SchoolId" });

            migrationBuilder.CreateIndex(
                name: "IX_FacTeachers_SchoolId_Year_StaffNumber",
                table: "FacTeachers",
                columns: new[] { "SchoolId", "Year", "StaffNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FacTeachers_Year_IdNumber",
                table: "FacTeachers",
                columns: new[] { "Year", "IdNumber" });

            migrationBuilder.CreateIndex(
                name: "IX_FilEvents_FilingId_At",
                table: "FilEvents",
                columns: new[] { "FilingId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_FilEvents_SchoolId",
                table: "FilEvents",
                column: "SchoolId");

            migrationBuilder.CreateIndex(
                name: "IX_FilFilings_SchoolId_Year_DatasetCode",
                table: "FilFilings",
                columns: new[] { "SchoolId", "Year", "DatasetCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FilFilings_Year_State",
                table: "FilFilings",
                columns: new[] { "Year", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_FilPeriods_Year",
                table: "FilPeriods",
                column: "Year",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EnrStudents");

            migrationBuilder.DropTable(
                name: "FacTeachers");

            migrationBuilder.DropTable(
                name: "FilEvents");

            migrationBuilder.DropTable(
                name: "FilFilings");

            migrationBuilder.DropTable(
                name: "FilPeriods");
        }
    }
}
