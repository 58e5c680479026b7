using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace Zmd.Vocational.Data.Backup;

/// <summary>SQLite: the online backup API (sqlite3_backup, one step), which copies every page inside one read
/// transaction — in WAL mode a consistent snapshot, while the web host keeps writing. The copy is switched out of WAL
/// (one self-contained file) and checked with PRAGMA integrity_check before it takes its final name.</summary>
internal sealed class SqliteDatabaseBackup(DatabaseOptions options) : IDatabaseBackup
{
    private static readonly byte[] Header = "SQLite format 3\0"u8.ToArray();

    public Task<BackupResult> BackupAsync(string file, CancellationToken ct)
    {
        var stopwatch = Stopwatch.StartNew();
        file = Path.GetFullPath(file);
        BackupErrors.RequireNewOutput(file);
        if (DataServiceCollectionExtensions.SqliteFilePath(options.ConnectionString) is not { } database || !File.Exists(database))
        {
            throw new InvalidOperationException($"要备份的数据库文件不存在 / The database file to back up does not exist: {options.ConnectionString}");
        }

        var partial = file + ".partial";
        File.Delete(partial);
        try
        {
            using (var source = Open(options.ConnectionString, SqliteOpenMode.ReadOnly))
            using (var copy = Open(partial, SqliteOpenMode.ReadWriteCreate))
            {
                source.BackupDatabase(copy);
                Execute(copy, "PRAGMA journal_mode=DELETE;");
                var check = IntegrityCheck(copy);
                if (check != "ok")
                {
                    throw new InvalidOperationException($"备份副本未通过完整性检查 / The copy failed its integrity check: {check}");
                }
            }

            File.Move(partial, file);
        }
        finally
        {
            File.Delete(partial);
        }

        return Task.FromResult(new BackupResult(file, new FileInfo(file).Length, stopwatch.Elapsed));
    }

    public Task<BackupResult> RestoreAsync(string file, CancellationToken ct)
    {
        var stopwatch = Stopwatch.StartNew();
        file = Path.GetFullPath(file);
        BackupErrors.RequireInput(file);
        var target = DataServiceCollectionExtensions.SqliteFilePath(options.ConnectionString)
            ?? throw new InvalidOperationException("An in-memory SQLite database cannot be restored into.");

        // Copied next to the target first and moved in only once complete and checked: a failure half-way leaves
        // the target as it was.
        var partial = target + ".restoring";
        File.Delete(partial);
        try
        {
            using (var source = OpenBackup(file))
            {
                RequireEmpty(target);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                using var copy = Open(partial, SqliteOpenMode.ReadWriteCreate);
                source.BackupDatabase(copy);
                Execute(copy, "PRAGMA journal_mode=DELETE;");
                var check = IntegrityCheck(copy);
                if (check != "ok")
                {
                    throw new InvalidOperationException($"恢复的数据库未通过完整性检查 / The restored database failed its integrity check: {check}");
                }
            }

            RequireEmpty(target);
            foreach (var leftover in new[] { target + "-wal", target + "-shm" })
            {
                File.Delete(leftover);
            }

            File.Move(partial, target, overwrite: true);
        }
        finally
        {
            File.Delete(partial);
        }

        return Task.FromResult(new BackupResult(file, new FileInfo(file).Length, stopwatch.Elapsed));
    }

    /// <summary>Opens a backup file read-only after checking that it is one: the SQLite header, integrity_check ok,
    /// and EF's migration history (a database of this application, not any SQLite file).</summary>
    private static SqliteConnection OpenBackup(string file)
    {
        var header = new byte[Header.Length];
        using (var stream = File.OpenRead(file))
        {
            if (stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false) < header.Length || !header.AsSpan().SequenceEqual(Header))
            {
                throw BackupErrors.Invalid(file, "不是 SQLite 数据库文件 / not an SQLite database file");
            }
        }

        SqliteConnection? connection = null;
        try
        {
            connection = Open(file, SqliteOpenMode.ReadOnly);
            var check = IntegrityCheck(connection);
            if (check != "ok")
            {
                throw BackupErrors.Invalid(file, "完整性检查未通过 / integrity check failed: " + check);
            }

            if (Scalar(connection, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsHistory'") == 0)
            {
                throw BackupErrors.Invalid(file, "不是本系统的数据库（没有迁移记录） / not a database of this system (no migration history)");
            }

            return connection;
        }
        catch (SqliteException ex)
        {
            connection?.Dispose();
            throw BackupErrors.Invalid(file, ex.Message);
        }
        catch
        {
            connection?.Dispose();
            throw;
        }
    }

    private static void RequireEmpty(string target)
    {
        if (!File.Exists(target) || new FileInfo(target).Length == 0)
        {
            return;
        }

        using var connection = Open(target, SqliteOpenMode.ReadOnly);
        var tables = Scalar(connection, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'");
        if (tables > 0)
        {
            throw BackupErrors.NotEmpty(target, tables);
        }
    }

    /// <summary>Unpooled, so no handle on the file outlives the operation (the file is renamed or checked next).</summary>
    private static SqliteConnection Open(string fileOrConnectionString, SqliteOpenMode mode)
    {
        var builder = fileOrConnectionString.Contains('=', StringComparison.Ordinal)
            ? new SqliteConnectionStringBuilder(fileOrConnectionString)
            : new SqliteConnectionStringBuilder { DataSource = fileOrConnectionString };
        builder.Mode = mode;
        builder.Pooling = false;
        var connection = new SqliteConnection(builder.ToString());
        connection.Open();
        return connection;
    }

    private static string IntegrityCheck(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check;";
        using var reader = command.ExecuteReader();
        var lines = new List<string>();
        while (reader.Read() && lines.Count < 5)
        {
            lines.Add(reader.GetString(0));
        }

        return string.Join("; ", lines);
    }

    private static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
