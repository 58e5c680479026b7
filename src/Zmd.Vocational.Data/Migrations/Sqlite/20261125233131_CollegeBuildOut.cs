using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zmd.Vocational.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CollegeBuildOut : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ColProjects",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SchoolId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PlannedFloorArea = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    PlannedPlaces = table.Column<int>(type: "INTEGER", nullable: false),
                    Budget = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    PlannedStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PlannedCompletion = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ActualStart = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ActualCompletion = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: true),
                    ModifiedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ModifiedBy = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ColProjects", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ColProgressReports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SchoolId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AsOf = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    FloorAreaCompleted = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    PlacesDelivered = table.Column<int>(type: "INTEGER", nullable: false),
                    Spent = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    ReviewComment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: true),
                    ModifiedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ModifiedBy = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ColProgressReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ColProgressReports_ColProjects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "ColProjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ColProgressAttachments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SchoolId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReportId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: true),
                    ModifiedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ModifiedBy = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ColProgressAttachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ColProgressAttachments_ColProgressReports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "ColProgressReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ColProgressReportEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SchoolId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReportId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Action = table.Column<int>(type: "INTEGER", nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ColProgressReportEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ColProgressReportEvents_ColProgressReports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "ColProgressReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ColProgressAttachments_ReportId",
                table: "ColProgressAttachments",
                column: "ReportId");

            migrationBuilder.CreateIndex(
                name: "IX_ColProgressReportEvents_ReportId",
                table: "ColProgressReportEvents",
                column: "ReportId");

            migrationBuilder.CreateIndex(
                name: "IX_ColProgressReports_ProjectId",
                table: "ColProgressReports",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_ColProgressReports_SchoolId_State_AsOf",
                table: "ColProgressReports",
                columns: new[] { "SchoolId", "State", "AsOf" });

            migrationBuilder.CreateIndex(
                name: "IX_ColProjects_SchoolId",
                table: "ColProjects",
                column: "SchoolId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ColProgressAttachments");

            migrationBuilder.DropTable(
                name: "ColProgressReportEvents");

            migrationBuilder.DropTable(
                name: "ColProgressReports");

            migrationBuilder.DropTable(
                name: "ColProjects");
        }
    }
}
