using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Zmd.Vocational.Core.Security;
using Zmd.Vocational.Data.Providers;
using Zmd.Vocational.Reporting.Rendering;
using Zmd.Vocational.Reporting.Templates;

namespace Zmd.Vocational.UnitTests.Reporting;

/// <summary>The renderer reads the latest override of a template when there is one, the file otherwise (and again after a
/// revert), and records the version it used.</summary>
public sealed class OverrideTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("zmd-templates-").FullName;
    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private SqliteVocationalDbContext _db = null!;

    public async ValueTask InitializeAsync()
    {
        await _connection.OpenAsync();
        _db = new SqliteVocationalDbContext(new DbContextOptionsBuilder<SqliteVocationalDbContext>().UseSqlite(_connection).Options, new SystemCurrentUser());
        await _db.Database.EnsureCreatedAsync();
        await File.WriteAllTextAsync(Path.Combine(_folder, "brief.html.scriban"), "文件版本：{{ name }}");
        await File.WriteAllTextAsync(Path.Combine(_folder, "_layout.html.scriban"), "<main>{{ content }}</main>");
        Directory.CreateDirectory(Path.Combine(_folder, "_partials"));
        await File.WriteAllTextAsync(Path.Combine(_folder, "_partials", "note.scriban"), "注");
        await File.WriteAllTextAsync(Path.Combine(_folder, "notes.txt"), "not a template");
    }

    public async ValueTask DisposeAsync()
    {
        await _db.DisposeAsync();
        await _connection.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task The_latest_override_is_rendered_and_a_revert_brings_the_file_back()
    {
        var ct = TestContext.Current.CancellationToken;
        var files = new TemplateFiles(_folder);
        files.All().Keys.ShouldBe(["_layout.html.scriban", "_partials/note.scriban", "brief.html.scriban"], ignoreOrder: true);
        var renderer = new ReportRenderer(new TemplateSource(_db, files), new TemplateParseCache(), Sandbox.Texts, RenderLimits.Default);
        async Task<RenderedReport> RenderAsync() => await renderer.RenderAsync("brief", new { Name = "甲" }, ReportFormat.Html, ct);

        (await RenderAsync()).Content.ShouldBe("<main>文件版本：甲</main>");

        Add("brief.html", 1, "覆盖 1：{{ name }}");
        Add("brief.html", 2, "覆盖 2：{{ name }}");
        Add("_layout.html", 1, "<div>{{ content }}</div>");
        await _db.SaveChangesAsync(ct);
        var overridden = await RenderAsync();
        overridden.Content.ShouldBe("<div>覆盖 2：甲</div>");
        overridden.TemplateVersions["brief.html.scriban"].ShouldBe(TemplateText.Hash("覆盖 2：{{ name }}"));

        _db.Add(new TemplateVersion { Name = "brief.html", Version = 3, Text = null, Reverted = true, Sha256 = TemplateText.Hash("文件版本：{{ name }}") });
        await _db.SaveChangesAsync(ct);
        var reverted = await RenderAsync();
        reverted.Content.ShouldBe("<div>文件版本：甲</div>");
        reverted.TemplateVersions["brief.html.scriban"].ShouldBe(TemplateText.Hash("文件版本：{{ name }}"));
    }

    private void Add(string name, int version, string text) =>
        _db.Add(new TemplateVersion { Name = name, Version = version, Text = text, Sha256 = TemplateText.Hash(text) });
}
