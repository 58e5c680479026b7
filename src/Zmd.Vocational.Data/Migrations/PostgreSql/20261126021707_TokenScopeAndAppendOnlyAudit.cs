using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zmd.Vocational.Data.Migrations.PostgreSql
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
            migrationBuilder.Sql("""UPDATE "IdnApiTokens" SET "ExpiresAt" = now() + interval '90 days' WHERE "ExpiresAt" IS NULL;""");

            migrationBuilder.AlterColumn<DateTime>(
                name: "ExpiresAt",
                table: "IdnApiTokens",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified),
                oldClrType: typeof(DateTime),
                oldType: "timestamp with time zone",
                oldNullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Scope",
                table: "IdnApiTokens",
                type: "character varying(8)",
                maxLength: 8,
                nullable: false,
                defaultValue: "read");

            // The audit and security logs are append-only for everyone: the database refuses UPDATE, DELETE and
            // TRUNCATE even for SQL that bypasses the application's SaveChanges guard.
            migrationBuilder.Sql("""
                CREATE FUNCTION zmd_refuse_append_only_change() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'Audit:AppendOnly: % is append-only, % refused', TG_TABLE_NAME, TG_OP
                        USING ERRCODE = 'insufficient_privilege';
                END;
                $$;
                """);
            foreach (var table in AppendOnlyTables)
            {
                migrationBuilder.Sql($"""
                    CREATE TRIGGER "{table}_append_only" BEFORE UPDATE OR DELETE ON "{table}"
                        FOR EACH ROW EXECUTE FUNCTION zmd_refuse_append_only_change();
                    CREATE TRIGGER "{table}_no_truncate" BEFORE TRUNCATE ON "{table}"
                        FOR EACH STATEMENT EXECUTE FUNCTION zmd_refuse_append_only_change();
                    """);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var table in AppendOnlyTables)
            {
                migrationBuilder.Sql($"""DROP TRIGGER IF EXISTS "{table}_append_only" ON "{table}";""");
                migrationBuilder.Sql($"""DROP TRIGGER IF EXISTS "{table}_no_truncate" ON "{table}";""");
            }

            migrationBuilder.Sql("DROP FUNCTION IF EXISTS zmd_refuse_append_only_change();");

            migrationBuilder.DropColumn(
                name: "Scope",
                table: "IdnApiTokens");

            migrationBuilder.AlterColumn<DateTime>(
                name: "ExpiresAt",
                table: "IdnApiTokens",
                type: "timestamp with time zone",
                nullable: true,
                oldClrType: typeof(DateTime),
                oldType: "timestamp with time zone");
        }
    }
}
