using System.Net;
using Zmd.Vocational.Reporting.Contracts;
using Zmd.Vocational.TestKit;

namespace Zmd.Vocational.IntegrationTests.Reporting;

/// <summary>A figure code a template names must exist (SQLite and PostgreSQL): the real host over a copy of templates/ in
/// which one code is mistyped refuses to start, naming the template, the line and the code; a template file changed to
/// such a code while the host runs is refused when a report would be rendered with it, instead of printing 无数据.</summary>
public sealed class FigureCheckTests : IAsyncLifetime
{
    private const string Template = "city-report.html.scriban";
    private const string Good = "f['dual-ratio'].text";
    private const string Mistyped = "f['dual-ratoi'].text";

    private readonly string _templates = Directory.CreateTempSubdirectory("zmd-templates-").FullName;

    public ValueTask InitializeAsync()
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "templates"), "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(_templates, Path.GetRelativePath(Path.Combine(RepositoryPaths.Root, "templates"), file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync()
    {
        Directory.Delete(_templates, recursive: true);
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task A_mistyped_figure_in_a_template_is_refused_at_render_and_stops_the_next_start()
    {
        var ct = TestContext.Current.CancellationToken;
        var path = Path.Combine(_templates, Template);
        var lines = await File.ReadAllLinesAsync(path, ct);
        var line = Array.FindIndex(lines, l => l.Contains(Good, StringComparison.Ordinal)) + 1;
        line.ShouldBe(46);
        var column = lines[line - 1].IndexOf(Good, StringComparison.Ordinal) + "f[".Length + 1;
        var settings = new Dictionary<string, string> { ["Reporting:TemplatesDirectory"] = _templates };

        await using (var app = await TestApp.StartAsync(settings: settings))
        {
            // The copy of the shipped templates passes; then the file is changed on disk, which the host reads at once.
            using var analyst = await app.LoginAsync("analyst");
            (await analyst.PostJsonAsync("/api/reports", new { template = ReportTemplates.City, year = 2025 })).StatusCode.ShouldBe(HttpStatusCode.OK);
            await File.WriteAllTextAsync(path, (await File.ReadAllTextAsync(path, ct)).Replace(Good, Mistyped, StringComparison.Ordinal), ct);

            var refused = await analyst.PostJsonAsync("/api/reports", new { template = ReportTemplates.City, year = 2025 });
            refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            var problem = await refused.ProblemAsync();
            problem.Code.ShouldBe(TemplateErrorCodes.UnknownFigure);
            problem.Detail.ShouldContain($"报告模板 {Template} 第 {line} 行第 {column} 列引用了报告中不存在的数据项“dual-ratoi”");
            (await analyst.GetJsonAsync<List<EditionDto>>("/api/reports?year=2025")).Count.ShouldBe(1, "the refused report is not kept");
        }

        var ex = await Should.ThrowAsync<InvalidDataException>(() => TestApp.StartAsync(settings: settings));
        ex.Message.ShouldContain($"- {Template} line {line}, column {column}: figures['dual-ratoi'] is not a figure of city-report");
        ex.Message.Split(Environment.NewLine).Count(l => l.StartsWith("- ", StringComparison.Ordinal)).ShouldBe(1, ex.Message);
    }
}
