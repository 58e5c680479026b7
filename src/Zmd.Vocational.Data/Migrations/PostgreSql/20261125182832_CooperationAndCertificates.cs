using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zmd.Vocational.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class CooperationAndCertificates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AppCohorts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SchoolId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    CohortCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    CohortName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    MajorCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    EnterpriseCreditCode = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    EnterpriseName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: false),
                    SchoolMentors = table.Column<int>(type: "integer", nullable: false),
                    EnterpriseMentors = table.Column<int>(type: "integer", nullable: false),
                    AgreementSigned = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AppCohorts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AppPartnerEnterprises",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SchoolId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    CreditCode = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AboveDesignatedSize = table.Column<bool>(type: "boolean", nullable: false),
                    CooperationKind = table.Column<int>(type: "integer", nullable: false),
                    Since = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AppPartnerEnterprises", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AppSocialTraining",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SchoolId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Program = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Category = table.Column<int>(type: "integer", nullable: false),
                    PersonTimes = table.Column<int>(type: "integer", nullable: false),
                    Hours = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AppSocialTraining", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CertCertificateTypes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Organization = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Levels = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "text", nullable: true),
                    ModifiedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ModifiedBy = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CertCertificateTypes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CertPilots",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SchoolId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    MajorCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    CertificateCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Level = table.Column<int>(type: "integer", nullable: false),
                    StartYear = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CertPilots", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CertResults",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SchoolId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    StudentNumber = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    IdNumber = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    CertificateCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Level = table.Column<int>(type: "integer", nullable: false),
                    Trained = table.Column<bool>(type: "boolean", nullable: false),
                    Examined = table.Column<bool>(type: "boolean", nullable: false),
                    Passed = table.Column<bool>(type: "boolean", nullable: false),
                    CertificateNumber = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CertResults", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AppCohorts_SchoolId_Year_CohortCode",
                table: "AppCohorts",
                columns: new[] { "SchoolId", "Year", "CohortCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AppPartnerEnterprises_SchoolId_Year_CreditCode",
                table: "AppPartnerEnterprises",
                columns: new[] { "SchoolId", "Year", "CreditCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AppPartnerEnterprises_Year_CreditCode",
                table: "AppPartnerEnterprises",
                columns: new[] { "Year", "CreditCode" });

            migrationBuilder.CreateIndex(
                name: "IX_AppSocialTraining_SchoolId_Year_Program",
                table: "AppSocialTraining",
                columns: new[] { "SchoolId", "Year", "Program" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CertCertificateTypes_Code",
                table: "CertCertificateTypes",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CertPilots_SchoolId_Year_MajorCode_CertificateCode",
                table: "CertPilots",
                columns: new[] { "SchoolId", "Year", "MajorCode", "CertificateCode" });

            migrationBuilder.CreateIndex(
                name: "IX_CertResults_SchoolId_Year_StudentNumber",
                table: "CertResults",
                columns: new[] { "SchoolId", "Year", "StudentNumber" });

            migrationBuilder.CreateIndex(
                name: "IX_CertResults_Year_CertificateCode",
                table: "CertResults",
                columns: new[] { "Year", "CertificateCode" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AppCohorts");

            migrationBuilder.DropTable(
                name: "AppPartnerEnterprises");

            migrationBuilder.DropTable(
                name: "AppSocialTraining");

            migrationBuilder.DropTable(
                name: "CertCertificateTypes");

            migrationBuilder.DropTable(
                name: "CertPilots");

            migrationBuilder.DropTable(
                name: "CertResults");
        }
    }
}
