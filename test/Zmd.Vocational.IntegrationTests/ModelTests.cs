using Microsoft.EntityFrameworkCore;
using Zmd.Vocational.Core.Security;
using Zmd.Vocational.Data.Providers;

namespace Zmd.Vocational.IntegrationTests;

/// <summary>The migrations of both providers match the model: a model change without its migration fails CI.</summary>
public sealed class ModelTests
{
    [Fact]
    public void Sqlite_migrations_are_up_to_date_with_the_model()
    {
        using var db = new SqliteVocationalDbContext(
            new DbContextOptionsBuilder<SqliteVocationalDbContext>().UseSqlite("Data Source=:memory:").Options, new SystemCurrentUser());
        db.Database.HasPendingModelChanges().ShouldBeFalse();
        db.Database.GetMigrations().ShouldNotBeEmpty();
    }

    [Fact]
    public void PostgreSql_migrations_are_up_to_date_with_the_model()
    {
        using var db = new PostgreSqlVocationalDbContext(
            new DbContextOptionsBuilder<PostgreSqlVocationalDbContext>().UseNpgsql("Host=localhost;Database=unused").Options, new SystemCurrentUser());
        db.Database.HasPendingModelChanges().ShouldBeFalse();
        db.Database.GetMigrations().ShouldNotBeEmpty();
    }
}
