using System.Net;
using System.Net.Http.Json;
using Zmd.Vocational.Core.Auditing;
using Zmd.Vocational.Reporting.Contracts;

namespace Zmd.Vocational.IntegrationTests.Reporting;

/// <summary>Bureau admins override report templates through the API (SQLite and PostgreSQL): check (syntax, then a preview
/// render), save as a new version (refused when wrong), every version kept, revert to the file; everyone else refused.</summary>
public sealed class TemplateOverrideTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private const string Layout = "_layout.md";
    private const string Url = "/api/reports/templates/" + Layout;

    [Fact]
    public async Task An_admin_checks_saves_lists_versions_and_reverts_an_override()
    {
        using var admin = await fixture.App.LoginAsync("admin");
        var list = await admin.GetJsonAsync<List<ReportTemplateDto>>("/api/reports/templates");
        list.ShouldContain(t => t.Name == "_layout.html" && t.Path == "_layout.html.scriban" && t.Kind == "layout" && t.Format == "html");
        var file = await admin.GetJsonAsync<ReportTemplateDetailDto>(Url);
        file.Template.Overridden.ShouldBeFalse();
        file.Text.ShouldBe(file.FileText);

        // A syntax error: the check says where, a save is refused and stores nothing.
        var bad = await (await admin.PostJsonAsync(Url + "/check", new { text = "第一行\n{{ if }}" })).ReadAsync<TemplateCheckDto>();
        bad.Ok.ShouldBeFalse();
        bad.Problems.ShouldNotBeEmpty();
        bad.Problems[0].Template.ShouldBe("_layout.md.scriban");
        bad.Problems[0].Line.ShouldBe(2);
        bad.Preview.ShouldBeNull();
        var refused = await admin.PutJsonAsync(Url, new { text = "第一行\n{{ if }}" });
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await refused.ProblemAsync();
        problem.Code.ShouldBe(TemplateErrorCodes.TemplateError);
        problem.Detail.ShouldContain("_layout.md.scriban");
        problem.Detail.ShouldContain("第 2 行");
        (await admin.GetJsonAsync<List<ReportTemplateVersionDto>>(Url + "/versions")).ShouldBeEmpty();

        // A runtime error shows in the preview render, before anything is saved.
        var failing = await (await admin.PostJsonAsync(Url + "/check", new { text = "{{ content }}\n{{ no_such_function 1 }}" })).ReadAsync<TemplateCheckDto>();
        failing.Ok.ShouldBeFalse();
        failing.Problems[0].Line.ShouldBe(2);

        // A good text: the check previews it around a sample page; the save keeps it as version 1, in effect.
        const string first = "{{ content }}\n\n——页脚 v1——\n";
        var good = await (await admin.PostJsonAsync(Url + "/check", new { text = first })).ReadAsync<TemplateCheckDto>();
        good.Ok.ShouldBeTrue(string.Join("; ", good.Problems.Select(p => p.Message)));
        good.Preview.ShouldNotBeNull().ShouldContain("——页脚 v1——");
        good.Preview.ShouldContain("Preview · 预览");
        var saved = await (await admin.PutJsonAsync(Url, new { text = first })).ReadAsync<ReportTemplateDetailDto>();
        saved.Template.Overridden.ShouldBeTrue();
        saved.Template.Version.ShouldBe(1);
        saved.Text.ShouldBe(first);
        saved.FileText.ShouldBe(file.FileText);
        saved.Template.ChangedBy.ShouldBe("admin");
        var again = await (await admin.PutJsonAsync(Url, new { text = first.Replace("\n", "\r\n", StringComparison.Ordinal) })).ReadAsync<ReportTemplateDetailDto>();
        again.Template.Version.ShouldBe(1, "the same text with a browser's CRLF line ends is no new version");

        const string second = "{{ content }}\n\n——页脚 v2——\n";
        (await (await admin.PutJsonAsync(Url, new { text = second })).ReadAsync<ReportTemplateDetailDto>()).Template.Version.ShouldBe(2);
        (await admin.GetJsonAsync<ReportTemplateDetailDto>(Url)).Text.ShouldBe(second);

        // Revert: the file's text is in effect again, and the revert is a version of its own; nothing is lost.
        var reverted = await (await admin.PostAsync(Url + "/revert", null)).ReadAsync<ReportTemplateDetailDto>();
        reverted.Template.Overridden.ShouldBeFalse();
        reverted.Text.ShouldBe(file.FileText);
        reverted.Template.Sha256.ShouldBe(file.FileSha256);
        var versions = await admin.GetJsonAsync<List<ReportTemplateVersionDto>>(Url + "/versions");
        versions.Select(v => (v.Version, v.Reverted)).ShouldBe([(3, true), (2, false), (1, false)]);
        versions.ShouldAllBe(v => v.SavedBy == "admin");
        (await admin.GetJsonAsync<ReportTemplateVersionDto>(Url + "/versions/1")).Text.ShouldBe(first);
        (await admin.GetAsync(Url + "/versions/9")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // Every save is in the data change log.
        var log = await admin.GetJsonAsync<List<EntityChangeDto>>("/api/audit-log?entityType=TemplateVersion");
        log.Count(c => c.UserName == "admin" && c.Properties.Any(p => p.PropertyName == "Name" && p.NewValue == Layout)).ShouldBeGreaterThanOrEqualTo(3);
    }

    [Fact]
    public async Task A_report_template_is_checked_against_a_real_report_and_new_editions_use_the_override_until_reverted()
    {
        using var admin = await fixture.App.LoginAsync("admin");
        const string url = "/api/reports/templates/target-brief.md";
        var file = await admin.GetJsonAsync<ReportTemplateDetailDto>(url);
        var text = file.FileText + "\n覆盖标记 {{ report.title }}\n";

        // The check renders the report's own model (the brief of the latest year): the override's line shows its title.
        var check = await (await admin.PostJsonAsync(url + "/check", new { text })).ReadAsync<TemplateCheckDto>();
        check.Ok.ShouldBeTrue(string.Join("; ", check.Problems.Select(p => p.Message)));
        check.Format.ShouldBe("md");
        check.Preview.ShouldNotBeNull().ShouldContain("覆盖标记 ");
        check.Preview.ShouldNotContain("覆盖标记 \n");

        var saved = await (await admin.PutJsonAsync(url, new { text })).ReadAsync<ReportTemplateDetailDto>();
        var overridden = await GenerateBriefAsync(admin);
        overridden.TemplateVersions["target-brief.md.scriban"].ShouldBe(saved.Template.Sha256);
        overridden.TemplateVersions["target-brief.html.scriban"].ShouldBe(
            (await admin.GetJsonAsync<ReportTemplateDetailDto>("/api/reports/templates/target-brief.html")).FileSha256);
        (await MarkdownAsync(admin, overridden.Id)).ShouldContain("覆盖标记");
        (await admin.PostAsync($"/api/reports/{overridden.Id}/publish", null)).EnsureSuccessStatusCode();

        await admin.PostAsync(url + "/revert", null);
        var reverted = await GenerateBriefAsync(admin);
        reverted.Id.ShouldNotBe(overridden.Id);
        reverted.TemplateVersions["target-brief.md.scriban"].ShouldBe(file.FileSha256);
        (await MarkdownAsync(admin, reverted.Id)).ShouldNotContain("覆盖标记");
        (await MarkdownAsync(admin, overridden.Id)).ShouldContain("覆盖标记", Case.Sensitive, "a published edition keeps what it was rendered with");
    }

    [Fact]
    public async Task An_override_naming_a_figure_its_report_does_not_have_is_refused_with_the_code_and_nothing_is_stored()
    {
        using var admin = await fixture.App.LoginAsync("admin");
        const string city = "/api/reports/templates/city-report.html";
        var file = await admin.GetJsonAsync<ReportTemplateDetailDto>(city);
        var mistyped = file.FileText.Replace("f['dual-ratio'].text", "f['dual-ratoi'].text", StringComparison.Ordinal);
        mistyped.ShouldNotBe(file.FileText);

        // The check says where and which code, before any render (no preview).
        var check = await (await admin.PostJsonAsync(city + "/check", new { text = mistyped })).ReadAsync<TemplateCheckDto>();
        check.Ok.ShouldBeFalse();
        check.Preview.ShouldBeNull();
        var found = check.Problems.ShouldHaveSingleItem();
        (found.Template, found.Line).ShouldBe(("city-report.html.scriban", 46));
        found.Message.ShouldBe("引用了报告中不存在的数据项“dual-ratoi”（指标代码见 GET /api/indicators/definitions）");

        // The save is refused with its own code, in the caller's language, and stores nothing.
        var refused = await admin.PutJsonAsync(city, new { text = mistyped });
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await refused.ProblemAsync();
        problem.Code.ShouldBe(TemplateErrorCodes.UnknownFigure);
        problem.Detail.ShouldStartWith($"报告模板 city-report.html.scriban 第 46 行第 {found.Column} 列引用了报告中不存在的数据项“dual-ratoi”");
        using var request = new HttpRequestMessage(HttpMethod.Put, city) { Content = JsonContent.Create(new { text = mistyped }) };
        request.Headers.AcceptLanguage.ParseAdd("en");
        var english = await (await admin.SendAsync(request)).ProblemAsync();
        english.Detail.ShouldStartWith($"Report template city-report.html.scriban, line 46, column {found.Column} names the figure \"dual-ratoi\"");
        (await admin.GetJsonAsync<List<ReportTemplateVersionDto>>(city + "/versions")).ShouldBeEmpty();

        // A city figure is no figure of a school's report, though the city report has it.
        const string school = "/api/reports/templates/school-report.md";
        var schoolText = (await admin.GetJsonAsync<ReportTemplateDetailDto>(school)).FileText + "\n{{ f['city.prof-talent'].text }}\n";
        var cityOnly = await (await admin.PutJsonAsync(school, new { text = schoolText })).ProblemAsync();
        (cityOnly.Code, cityOnly.Detail.Contains("“city.prof-talent”", StringComparison.Ordinal)).ShouldBe((TemplateErrorCodes.UnknownFigure, true));
        (await admin.GetJsonAsync<List<ReportTemplateVersionDto>>(school + "/versions")).ShouldBeEmpty();

        // A layout goes around every report: a real code is still unknown to the brief and the college report, which have no figures.
        var layout = await (await admin.PutJsonAsync(Url, new { text = "{{ content }}\n{{ figures['dual-ratio'].text }}\n" })).ProblemAsync();
        (layout.Code, layout.Detail.Contains("_layout.md.scriban 第 2 行", StringComparison.Ordinal)).ShouldBe((TemplateErrorCodes.UnknownFigure, true));
    }

    private static async Task<EditionDto> GenerateBriefAsync(HttpClient client) =>
        await (await client.PostJsonAsync("/api/reports", new { template = ReportTemplates.Brief, year = 2025 })).ReadAsync<EditionDto>();

    private static async Task<string> MarkdownAsync(HttpClient client, Guid id) =>
        await (await client.GetAsync($"/api/reports/{id}/download?format=md")).EnsureSuccessStatusCode().Content.ReadAsStringAsync();

    [Fact]
    public async Task The_template_pages_list_and_open_a_template()
    {
        using var admin = await fixture.App.LoginAsync("admin");

        var list = await admin.GetStringAsync("/Reports/Templates");
        list.ShouldContain("data-template=\"_layout.html\"");
        var edit = await admin.GetStringAsync("/Reports/Templates/Edit?name=_layout.html");
        edit.ShouldContain("<textarea");
        edit.ShouldContain("{{ content }}");
        (await admin.GetAsync("/Reports/Templates/Edit?name=nope.html")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Unknown_templates_and_names_leaving_the_folder_are_not_found()
    {
        using var admin = await fixture.App.LoginAsync("admin");

        (await admin.GetAsync("/api/reports/templates/nope.html")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await admin.GetAsync("/api/reports/templates/..%2F..%2Fseeds%2Fcounties.csv")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var problem = await (await admin.PutJsonAsync("/api/reports/templates/nope.html", new { text = "x" })).ProblemAsync();
        problem.Code.ShouldBe(TemplateErrorCodes.TemplateNotFound);
    }

    [Theory]
    [InlineData("analyst")]
    [InlineData("approver")]
    [InlineData("filer")]
    public async Task Anyone_but_an_admin_is_refused(string user)
    {
        using var client = await fixture.App.LoginAsync(user);

        (await client.GetAsync("/api/reports/templates")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await client.PutJsonAsync(Url, new { text = "{{ content }} 篡改" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await client.PostJsonAsync(Url + "/check", new { text = "{{ content }}" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await client.PostAsync(Url + "/revert", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await client.GetAsync("/Reports/Templates")).StatusCode.ShouldBeOneOf(HttpStatusCode.Forbidden, HttpStatusCode.Redirect, HttpStatusCode.Found);

        using var anonymous = fixture.App.CreateClient();
        (await anonymous.GetAsync("/api/reports/templates")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
