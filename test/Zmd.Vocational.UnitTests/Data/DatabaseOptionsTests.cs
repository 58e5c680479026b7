using Microsoft.Extensions.Configuration;
using Zmd.Vocational.Data;

namespace Zmd.Vocational.UnitTests.Data;

/// <summary>Database:* settings as the host and the CLI read them.</summary>
public sealed class DatabaseOptionsTests
{
    private static DatabaseOptions From(params (string Key, string Value)[] settings) =>
        DatabaseOptions.From(new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value)))
            .Build(), "/srv/zmd");

    [Fact]
    public void The_default_is_the_embedded_SQLite_file_under_the_home_folder_with_a_two_minute_write_wait()
    {
        var options = From();
        options.Provider.ShouldBe(DatabaseProvider.Sqlite);
        options.ConnectionString.ShouldBe("Data Source=/srv/zmd/App_Data/zmd.db");
        options.SqliteWriteWait.ShouldBe(TimeSpan.FromMinutes(2));
    }

    [Fact]
    public void The_write_wait_is_configured_in_seconds()
    {
        From(("Database:SqliteWriteWaitSeconds", "45")).SqliteWriteWait.ShouldBe(TimeSpan.FromSeconds(45));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    public void A_write_wait_under_one_second_is_refused_naming_the_setting(string seconds)
    {
        var refused = Should.Throw<InvalidOperationException>(() => From(("Database:SqliteWriteWaitSeconds", seconds)));
        refused.Message.ShouldContain("Database:SqliteWriteWaitSeconds");
    }
}
