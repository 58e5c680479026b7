using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Zmd.Vocational.Core.Security;

namespace Zmd.Vocational.Data.Providers;

/// <summary>Used only by `dotnet ef migrations add`: no database is opened.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteVocationalDbContext>
{
    public SqliteVocationalDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteVocationalDbContext>().UseSqlite("Data Source=design-time.db").Options, new SystemCurrentUser());
}

internal sealed class PostgreSqlDesignTimeFactory : IDesignTimeDbContextFactory<PostgreSqlVocationalDbContext>
{
    public PostgreSqlVocationalDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgreSqlVocationalDbContext>().UseNpgsql("Host=localhost;Database=zmd_design").Options, new SystemCurrentUser());
}
