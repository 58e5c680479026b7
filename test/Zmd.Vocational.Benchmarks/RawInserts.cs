using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;

namespace Zmd.Vocational.Benchmarks;

/// <summary>The baselines the issue measures the import against: the same rows inserted by hand, in one transaction,
/// with no application code at all. Synchronous calls: the fastest way to drive each provider one row at a time.</summary>
internal static class RawInserts
{
    /// <summary>Per column of <see cref="StudentValues.Columns"/>: Guids and dates as text, numbers as integers.</summary>
    private static readonly SqliteType[] SqliteTypes =
    [
        SqliteType.Text, SqliteType.Text, SqliteType.Integer, SqliteType.Text, SqliteType.Text, SqliteType.Text, SqliteType.Integer,
        SqliteType.Text, SqliteType.Text, SqliteType.Integer, SqliteType.Integer, SqliteType.Integer, SqliteType.Text,
    ];

    private static readonly string ColumnList = string.Join(", ", StudentValues.Columns.Select(c => "\"" + c + "\""));

    /// <summary>SQLite: one prepared INSERT, its parameters reused for every row. Ids and dates are bound as EF Core's
    /// SQLite provider stores them (upper-case Guid text, yyyy-MM-dd).</summary>
    public static long Sqlite(string connectionString, IEnumerable<StudentRow> rows)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        // The same page cache the application's bulk insert uses (BulkInserter.SqliteImportCacheKib): a fair baseline.
        using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = "PRAGMA cache_size=-65536";
            pragma.ExecuteNonQuery();
        }

        using var transaction = connection.BeginTransaction();
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO \"EnrStudents\" ({ColumnList}) VALUES ({string.Join(", ", StudentValues.Columns.Select((_, i) => "$p" + i))})";
        var p = StudentValues.Columns.Select((_, i) => command.Parameters.Add("$p" + i, SqliteTypes[i])).ToArray();
        command.Prepare();
        long count = 0;
        foreach (var r in rows)
        {
            p[0].Value = r.Id.ToString().ToUpperInvariant();
            p[1].Value = r.SchoolId.ToString().ToUpperInvariant();
            p[2].Value = r.Year;
            p[3].Value = r.StudentNumber;
            p[4].Value = r.Name;
            p[5].Value = r.IdNumber;
            p[6].Value = r.Gender;
            p[7].Value = r.BirthDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            p[8].Value = r.MajorCode;
            p[9].Value = r.Level;
            p[10].Value = r.EntryYear;
            p[11].Value = r.Status;
            p[12].Value = (object?)r.CohortCode ?? DBNull.Value;
            command.ExecuteNonQuery();
            count++;
        }

        transaction.Commit();
        return count;
    }

    /// <summary>PostgreSQL: one prepared INSERT (server-side prepared statement), typed parameters reused, one transaction.</summary>
    public static long PostgresInsert(string connectionString, IEnumerable<StudentRow> rows)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var transaction = connection.BeginTransaction();
        using var command = new NpgsqlCommand(
            $"INSERT INTO \"EnrStudents\" ({ColumnList}) VALUES ({string.Join(", ", StudentValues.Columns.Select((_, i) => "@p" + i))})", connection, transaction);
        var id = Add<Guid>(command, NpgsqlDbType.Uuid);
        var school = Add<Guid>(command, NpgsqlDbType.Uuid);
        var year = Add<int>(command, NpgsqlDbType.Integer);
        var number = Add<string>(command, NpgsqlDbType.Varchar);
        var name = Add<string>(command, NpgsqlDbType.Varchar);
        var idNumber = Add<string>(command, NpgsqlDbType.Varchar);
        var gender = Add<int>(command, NpgsqlDbType.Integer);
        var birth = Add<DateOnly>(command, NpgsqlDbType.Date);
        var major = Add<string>(command, NpgsqlDbType.Varchar);
        var level = Add<int>(command, NpgsqlDbType.Integer);
        var entry = Add<int>(command, NpgsqlDbType.Integer);
        var status = Add<int>(command, NpgsqlDbType.Integer);
        var cohort = new NpgsqlParameter("p12", NpgsqlDbType.Varchar);
        command.Parameters.Add(cohort);
        command.Prepare();
        long count = 0;
        foreach (var r in rows)
        {
            id.TypedValue = r.Id;
            school.TypedValue = r.SchoolId;
            year.TypedValue = r.Year;
            number.TypedValue = r.StudentNumber;
            name.TypedValue = r.Name;
            idNumber.TypedValue = r.IdNumber;
            gender.TypedValue = r.Gender;
            birth.TypedValue = r.BirthDate;
            major.TypedValue = r.MajorCode;
            level.TypedValue = r.Level;
            entry.TypedValue = r.EntryYear;
            status.TypedValue = r.Status;
            cohort.Value = (object?)r.CohortCode ?? DBNull.Value;
            command.ExecuteNonQuery();
            count++;
        }

        transaction.Commit();
        return count;
    }

    /// <summary>PostgreSQL's fastest path: binary COPY, in one transaction.</summary>
    public static long PostgresCopy(string connectionString, IEnumerable<StudentRow> rows)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var transaction = connection.BeginTransaction();
        long count;
        using (var writer = connection.BeginBinaryImport($"COPY \"EnrStudents\" ({ColumnList}) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var r in rows)
            {
                writer.StartRow();
                writer.Write(r.Id, NpgsqlDbType.Uuid);
                writer.Write(r.SchoolId, NpgsqlDbType.Uuid);
                writer.Write(r.Year, NpgsqlDbType.Integer);
                writer.Write(r.StudentNumber, NpgsqlDbType.Varchar);
                writer.Write(r.Name, NpgsqlDbType.Varchar);
                writer.Write(r.IdNumber, NpgsqlDbType.Varchar);
                writer.Write(r.Gender, NpgsqlDbType.Integer);
                writer.Write(r.BirthDate, NpgsqlDbType.Date);
                writer.Write(r.MajorCode, NpgsqlDbType.Varchar);
                writer.Write(r.Level, NpgsqlDbType.Integer);
                writer.Write(r.EntryYear, NpgsqlDbType.Integer);
                writer.Write(r.Status, NpgsqlDbType.Integer);
                if (r.CohortCode is null)
                {
                    writer.WriteNull();
                }
                else
                {
                    writer.Write(r.CohortCode, NpgsqlDbType.Varchar);
                }
            }

            count = (long)writer.Complete();
        }

        transaction.Commit();
        return count;
    }

    private static NpgsqlParameter<T> Add<T>(NpgsqlCommand command, NpgsqlDbType type)
    {
        var parameter = new NpgsqlParameter<T>("p" + command.Parameters.Count, type);
        command.Parameters.Add(parameter);
        return parameter;
    }
}
