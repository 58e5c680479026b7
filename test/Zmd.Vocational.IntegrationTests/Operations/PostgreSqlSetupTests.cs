using System.Diagnostics;
using Npgsql;
using Zmd.Vocational.Institutions.Contracts;
using Zmd.Vocational.TestKit;

namespace Zmd.Vocational.IntegrationTests.Operations;

/// <summary>etc/postgresql/setup.sh against the real server (always PostgreSQL: ZMD_TEST_PG, or the local default,
/// whatever ZMD_TEST_PROVIDER says): run twice, migrate as the owner, run the application as the least-privileged
/// role, and that role cannot rewrite the audit tables or the schema.</summary>
public sealed class PostgreSqlSetupTests
{
    private static readonly string Script = Path.Combine(RepositoryPaths.Root, "etc", "postgresql", "setup.sh");

    [Fact]
    public async Task Setup_script_is_idempotent_and_the_app_role_runs_the_system_but_cannot_rewrite_the_audit_log()
    {
        var admin = new NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable(TestDatabase.PostgresVariable)
            ?? "Host=127.0.0.1;Port=5432;Username=zmd;Password=zmd;Database=postgres");
        var suffix = Guid.NewGuid().ToString("N")[..10];
        var (db, owner, app) = ($"zmd_setup_{suffix}", $"zmd_owner_{suffix}", $"zmd_app_{suffix}");
        string Connection(string user, string password) =>
            new NpgsqlConnectionStringBuilder { Host = admin.Host, Port = admin.Port, Database = db, Username = user, Password = password }.ConnectionString;
        var ownerConnection = Connection(owner, "Owner-" + suffix);
        var appConnection = Connection(app, "App-" + suffix);
        try
        {
            for (var run = 1; run <= 2; run++)
            {
                var setup = await SetupAsync(admin, db, owner, app, suffix);
                setup.ExitCode.ShouldBe(0, $"run {run}: {setup.Output}");
            }

            await using var scratch = await TestDatabase.CreateAsync(postgres: true);
            var migrate = await Zmd.RunAsync(scratch, new Dictionary<string, string> { ["ConnectionStrings__Default"] = ownerConnection }, "migrate");
            migrate.ExitCode.ShouldBe(0, migrate.ToString());
            var tighten = await SetupAsync(admin, db, owner, app, suffix);
            tighten.ExitCode.ShouldBe(0, tighten.Output);

            // The application, signed in as the app role: starts (no pending migration, seeds the demo users), serves,
            // and writes audited changes.
            await using (var host = await TestApp.StartAsync(database: scratch, settings: new Dictionary<string, string>
                         {
                             ["Database:Provider"] = "PostgreSql",
                             ["ConnectionStrings:Default"] = appConnection,
                         }))
            {
                using var client = host.CreateClient();
                (await client.GetAsync("/health")).IsSuccessStatusCode.ShouldBeTrue();
                using var bureau = await host.LoginAsync("admin");
                var input = new { code = "3141179922", name = "部署测试学校", type = "SecondaryVocational", countyCode = "411721", ownership = "Private", isActive = true };
                await (await bureau.PostJsonAsync("/api/schools", input)).ReadAsync<SchoolDto>();
            }

            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(appConnection);
            await connection.OpenAsync();
            (await ScalarAsync(connection, "SELECT COUNT(*) FROM \"SysEntityChanges\" WHERE \"EntityType\" = 'School'")).ShouldBeGreaterThan(0);
            (await ScalarAsync(connection, "SELECT COUNT(*) FROM \"IdnSecurityLog\"")).ShouldBeGreaterThan(0);
            foreach (var forbidden in new[]
                     {
                         "DELETE FROM \"SysEntityChanges\"",
                         "DELETE FROM \"SysPropertyChanges\"",
                         "UPDATE \"IdnSecurityLog\" SET \"UserName\" = 'nobody'",
                         "TRUNCATE \"IdnSecurityLog\"",
                         "CREATE TABLE \"Intruder\" (\"Id\" int)",
                         "DROP TABLE \"InstSchools\"",
                     })
            {
                var denied = await Should.ThrowAsync<PostgresException>(() => ExecuteAsync(connection, forbidden));
                denied.SqlState.ShouldBe(PostgresErrorCodes.InsufficientPrivilege, forbidden);
            }

            // Ordinary tables stay writable: deleting nothing still needs (and has) the right.
            (await ExecuteAsync(connection, "DELETE FROM \"InstEnterprises\" WHERE false")).ShouldBe(0);
            (await ScalarAsync(connection, "SELECT COUNT(*) FROM pg_database WHERE datname = current_database() AND pg_encoding_to_char(encoding) = 'UTF8'")).ShouldBe(1);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(admin.ConnectionString);
            await connection.OpenAsync();
            await ExecuteAsync(connection, $"DROP DATABASE IF EXISTS \"{db}\" WITH (FORCE)");
            await ExecuteAsync(connection, $"DROP ROLE IF EXISTS \"{app}\"");
            await ExecuteAsync(connection, $"DROP ROLE IF EXISTS \"{owner}\"");
        }
    }

    private static async Task<(int ExitCode, string Output)> SetupAsync(NpgsqlConnectionStringBuilder admin, string db, string owner, string app, string suffix)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Script);
        start.Environment["PGHOST"] = admin.Host;
        start.Environment["PGPORT"] = admin.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["PGUSER"] = admin.Username;
        start.Environment["PGPASSWORD"] = admin.Password;
        start.Environment["PGDATABASE"] = admin.Database ?? "postgres";
        start.Environment["ZMD_DB"] = db;
        start.Environment["ZMD_OWNER"] = owner;
        start.Environment["ZMD_APP"] = app;
        start.Environment["ZMD_OWNER_PASSWORD"] = "Owner-" + suffix;
        start.Environment["ZMD_APP_PASSWORD"] = "App-" + suffix;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromMinutes(1)).Token);
        return (process.ExitCode, await stdout + await stderr);
    }

    private static async Task<long> ScalarAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<int> ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteNonQueryAsync();
    }
}
