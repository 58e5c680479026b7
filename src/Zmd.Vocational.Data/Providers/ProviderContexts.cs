using Microsoft.EntityFrameworkCore;
using Zmd.Vocational.Core.Security;

namespace Zmd.Vocational.Data.Providers;

/// <summary>One subclass per provider so each has its own migration set (Migrations/Sqlite, Migrations/PostgreSql).</summary>
public sealed class SqliteVocationalDbContext(DbContextOptions<SqliteVocationalDbContext> options, ICurrentUser currentUser)
    : VocationalDbContext(options, currentUser);

public sealed class PostgreSqlVocationalDbContext(DbContextOptions<PostgreSqlVocationalDbContext> options, ICurrentUser currentUser)
    : VocationalDbContext(options, currentUser);
