using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zmd.Vocational.Data.Migrations.PostgreSql
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SchoolId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    StudentNumber = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    IdNumber = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    Gender = table.Column<int>(type: "integer", nullable: false),
                    BirthDate = table.Column<DateOnly>(type: "date", nullable: false),
                    MajorCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Level = table.Column<int>(type: "integer", nullable: false),
                    EntryYear = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    CohortCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EnrStudents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FacTeachers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SchoolId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    StaffNumber = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    IdNumber = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    IsProfessional = table.Column<bool>(type: "boolean", nullable: false),
                    DualLevel = table.Column<int>(type: "integer", nullable: false),
                    DualYear = table.Column<int>(type: "integer", nullable: true),
                    Title = table.Column<int>(type: "integer", nullable: false),
                    PracticeDays = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FacTeachers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FilEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    FilingId = table.Column<Guid>(type: "uuid", nullable: false),
                    SchoolId = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Action = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Comment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    FileName = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: true),
                    RowCount = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FilEvents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FilFilings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SchoolId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    DatasetCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    State = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    RowCount = table.Column<int>(type: "integer", nullable: false),
                    UploadedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    UploadedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    SubmittedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    SubmittedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ReviewedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ReviewedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ReviewComment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "text", nullable: true),
                    ModifiedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ModifiedBy = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FilFilings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FilPeriods",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Deadline = table.Column<DateOnly>(type: "date", nullable: false),
                    IsOpen = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "text", nullable: true),
                    ModifiedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ModifiedBy = table.Column<string>(type: "text", nullable: true)
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
