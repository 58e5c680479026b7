using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zmd.Vocational.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TokenScopeAndAppendOnlyAudit : Migration
    {
        /// <summary>The kernel's entity-change audit log and the Identity security log.</summary>
        private static readonly string[] AppendOnlyTables = ["SysEntityChanges", "SysPropertyChanges", "IdnSecurityLog"];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Tokens made before expiry was required get 90 days from this migration (their owners see the date on
            // the tokens page and make a new one in time); their scope becomes "read": a school system that uploads
            // needs a new token of scope "file".
            migrationBuilder.Sql("""UPDATE "IdnApiTokens" SET "ExpiresAt" = strftime('%Y-%m-%d %H:%M:%f', 'now', '+90 days') WHERE "ExpiresAt" IS NULL;""");

            migrationBuilder.AlterColumn<DateTime>(
                name: "ExpiresAt",
                table: "IdnApiTokens",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified),
                oldClrType: typeof(DateTime),
                oldType: "TEXT",
                oldNullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Scope",
                table: "IdnApiTokens",
                type: "TEXT",
                maxLength: 8,
                nullable: false,
                defaultValue: "read");

            // The audit and security logs are append-only for everyone: the database refuses UPDATE and DELETE even
            // for SQL that bypasses the application's SaveChanges guard. A later migration that rebuilds one of these
            // tables (SQLite drops a table's triggers with it) must create these triggers again.
            foreach (var table in AppendOnlyTables)
            {
                foreach (var operation in new[] { "UPDATE", "DELETE" })
                {
                    migrationBuilder.Sql($"""
                        CREATE TRIGGER "{table}_AppendOnly_{operation}" BEFORE {operation} ON "{table}"
                        BEGIN SELECT RAISE(ABORT, 'Audit:AppendOnly: {table} is append-only, {operation} refused'); END;
                        """);
                }
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var table in AppendOnlyTables)
            {
                migrationBuilder.Sql($"""DROP TRIGGER IF EXISTS "{table}_AppendOnly_UPDATE";""");
                migrationBuilder.Sql($"""DROP TRIGGER IF EXISTS "{table}_AppendOnly_DELETE";""");
            }

            migrationBuilder.DropColumn(
                name: "Scope",
                table: "IdnApiTokens");

            migrationBuilder.AlterColumn<DateTime>(
                name: "ExpiresAt",
                table: "IdnApiTokens",
                type: "TEXT",
                nullable: true,
                oldClrType: typeof(DateTime),
                oldType: "TEXT");
        }
    }
}
