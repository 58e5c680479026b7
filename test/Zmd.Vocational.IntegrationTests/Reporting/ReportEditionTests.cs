using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zmd.Vocational.Institutions.Contracts;
using Zmd.Vocational.Reporting.Contracts;
using Zmd.Vocational.Targets.Contracts;
using Zmd.Vocational.TestKit;
using static Zmd.Vocational.IntegrationTests.Filing.FilingApi;

namespace Zmd.Vocational.IntegrationTests.Reporting;

/// <summary>Report editions over the real API, on SQLite and PostgreSQL, over the monitoring tests' small data set (school
/// year 2026: 遂平 A 10 teachers, 6 professional, 3 dual-qualified, 200 students; 驻马店职业技术学院 B 8 teachers, 300
/// students; 2025: A's 100 students; 2030: nothing at all).</summary>
public sealed class ReportEditionTests(ReportingFixture fixture) : IClassFixture<ReportingFixture>
{
    private const int EmptyYear = 2030;

    private static readonly string[] CityCodes = ["enrolment-total", "enrolment-secondary", "fulltime-teachers", "student-teacher-ratio", "dual-ratio"];

    private static async Task<EditionDto> GenerateAsync(HttpClient client, string template, int year, string? school = null)
    {
        var response = await client.PostJsonAsync("/api/reports", new { template, year, school });
        return await response.ReadAsync<EditionDto>();
    }

    private static async Task<string> HtmlAsync(HttpClient client, Guid id) =>
        Encoding.UTF8.GetString(await (await client.GetAsync($"/api/reports/{id}/download?format=html")).EnsureSuccessStatusCode().Content.ReadAsByteArrayAsync());

    private static async Task<string> MarkdownAsync(HttpClient client, Guid id) =>
        await (await client.GetAsync($"/api/reports/{id}/download?format=md")).EnsureSuccessStatusCode().Content.ReadAsStringAsync();

    /// <summary>How a report writes an indicator value: its decimals, thousands separators, its unit — computed here
    /// independently of the product's formatting code.</summary>
    private static string Text(IndicatorValueDto v) =>
        v.Value is not { } value ? "无数据"
        : v.Unit switch
        {
            "%" => value.ToString("N" + v.Decimals, CultureInfo.InvariantCulture) + "%",
            ":1" => value.ToString("N" + v.Decimals, CultureInfo.InvariantCulture) + ":1",
            _ => value.ToString("N" + v.Decimals, CultureInfo.InvariantCulture) + " " + v.Unit,
        };

    [Fact]
    public async Task Every_template_renders_for_the_data_and_for_an_empty_year_in_html_and_markdown()
    {
        using var approver = await fixture.App.LoginAsync("approver");
        foreach (var year in new[] { Year, EmptyYear })
        {
            foreach (var (template, school) in new[]
                     {
                         (ReportTemplates.City, (string?)null), (ReportTemplates.School, SchoolA), (ReportTemplates.School, SchoolB),
                         (ReportTemplates.Brief, null), (ReportTemplates.College, null),
                     })
            {
                var edition = await GenerateAsync(approver, template, year, school);
                (edition.Year, edition.Template, edition.State).ShouldBe((year, template, EditionState.Draft));
                edition.HtmlBytes.ShouldBeGreaterThan(1000);
                edition.TemplateVersions.Keys.ShouldContain(template + ".html.scriban");
                edition.TemplateVersions.Keys.ShouldContain(template + ".md.scriban");
                var html = await HtmlAsync(approver, edition.Id);
                html.ShouldContain(edition.Title, Case.Sensitive, $"{template} {year}");
                html.ShouldContain("<table", Case.Sensitive, $"{template} {year} has its tables");
                var markdown = await MarkdownAsync(approver, edition.Id);
                markdown.ShouldContain("# " + edition.Title);
                if (year == EmptyYear)
                {
                    html.ShouldContain("无数据", Case.Sensitive, $"{template}: an empty year says so");
                    markdown.ShouldContain("无数据");
                }
            }
        }

        // The higher-vocational school's report has the five tables and the statement; the secondary school's has no tables.
        var b = await GenerateAsync(approver, ReportTemplates.School, Year, SchoolB);
        var bHtml = await HtmlAsync(approver, b.Id);
        foreach (var table in new[] { "计分卡", "教学资源表", "服务贡献表", "落实政策表", "国际影响表", "真实性声明" })
        {
            bHtml.ShouldContain(table);
        }

        var a = await HtmlAsync(approver, (await GenerateAsync(approver, ReportTemplates.School, Year, SchoolA)).Id);
        a.ShouldNotContain("国际影响表");
        a.ShouldContain("真实性声明");
    }

    [Fact]
    public async Task Key_numbers_in_the_reports_equal_the_indicator_values()
    {
        using var analyst = await fixture.App.LoginAsync("analyst");
        var city = (await analyst.GetJsonAsync<List<IndicatorValueDto>>($"/api/indicators?year={Year}&scope=city&code={string.Join(',', CityCodes)}"))
            .ToDictionary(v => v.Code);
        city["enrolment-total"].Value.ShouldBe(500m);
        city["dual-ratio"].Value.ShouldBe(50m);
        var html = await HtmlAsync(analyst, (await GenerateAsync(analyst, ReportTemplates.City, Year)).Id);
        foreach (var code in CityCodes)
        {
            html.ShouldContain($"data-code=\"{code}\">{Text(city[code])}</span>", Case.Sensitive, code);
        }

        html.ShouldContain("500 人");
        html.ShouldContain("27.8:1");

        using var filer = await fixture.App.LoginAsync("filer");
        var own = (await filer.GetJsonAsync<List<IndicatorValueDto>>($"/api/indicators?year={Year}&scope=school&place={SchoolA}")).ToDictionary(v => v.Code);
        var school = await GenerateAsync(filer, ReportTemplates.School, Year);
        school.Scope.ShouldBe(SchoolA);
        var schoolHtml = await HtmlAsync(filer, school.Id);
        foreach (var code in new[] { "enrolment-total", "fulltime-teachers", "student-teacher-ratio", "x-certification-rate", "apprentices" })
        {
            schoolHtml.ShouldContain($"data-code=\"{code}\">{Text(own[code])}</span>", Case.Sensitive, code);
        }

        own["student-teacher-ratio"].Value.ShouldBe(20.0m);
        schoolHtml.ShouldContain("50.00%");   // A's dual-qualified ratio, 3 of 6

        // The brief: every target of the register, with the overview's actual values.
        var overview = await analyst.GetJsonAsync<List<TargetProgressDto>>($"/api/monitoring/overview?year={Year}");
        var brief = await HtmlAsync(analyst, (await GenerateAsync(analyst, ReportTemplates.Brief, Year)).Id);
        foreach (var target in overview)
        {
            brief.ShouldContain(target.TargetCode);
        }

        overview.Single(t => t.TargetCode == "K1.07").Actual.ShouldBe(50m);
        brief.ShouldContain("50%");
    }

    [Fact]
    public async Task Script_in_a_school_name_or_a_narrative_is_escaped_in_every_output()
    {
        using var admin = await fixture.App.LoginAsync("admin");
        const string name = "<script>alert('name')</script>测试学校";
        var created = await admin.PostJsonAsync("/api/schools", new SchoolInput
        {
            Code = "3141172899", Name = name, Type = SchoolType.SecondaryVocational, CountyCode = "411728", Ownership = SchoolOwnership.Public,
        });
        created.EnsureSuccessStatusCode();

        var edition = await GenerateAsync(admin, ReportTemplates.School, Year, "3141172899");
        var narrative = await admin.PutJsonAsync($"/api/reports/{edition.Id}/narrative", new NarrativeInput
        {
            Foreword = "前言<script>alert('foreword')</script>", Cases = "<img src=x onerror=alert(1)>案例", Problems = "问题 & <b>加粗</b>", Measures = "措施",
        });
        (await narrative.ReadAsync<EditionDto>()).Narrative.Foreword.ShouldBe("前言<script>alert('foreword')</script>");

        foreach (var html in new[] { await HtmlAsync(admin, edition.Id), await HtmlAsync(admin, (await GenerateAsync(admin, ReportTemplates.City, Year)).Id) })
        {
            html.ShouldNotContain("<script", Case.Insensitive);
            html.ShouldNotContain("<img src=x", Case.Insensitive);
            html.ShouldContain("&lt;script&gt;alert(&#39;name&#39;)&lt;/script&gt;测试学校");
        }

        var schoolHtml = await HtmlAsync(admin, edition.Id);
        schoolHtml.ShouldContain("前言&lt;script&gt;alert(&#39;foreword&#39;)&lt;/script&gt;");
        schoolHtml.ShouldContain("问题 &amp; &lt;b&gt;加粗&lt;/b&gt;");
        var markdown = await MarkdownAsync(admin, edition.Id);
        // Markdown shows the tags as text: every '<' of a value is backslash-escaped.
        System.Text.RegularExpressions.Regex.IsMatch(markdown, @"(?<!\\)<(script|img)", System.Text.RegularExpressions.RegexOptions.IgnoreCase).ShouldBeFalse();
        markdown.ShouldContain(@"前言\<script\>alert('foreword')\</script\>");
        markdown.ShouldContain("措施");

        // The preview is served with a policy that forbids any script even if one slipped through.
        var response = await admin.GetAsync($"/api/reports/{edition.Id}/download?format=html&inline=true");
        response.Headers.GetValues("Content-Security-Policy").Single().ShouldContain("default-src 'none'");
        response.Content.Headers.ContentDisposition.ShouldBeNull();
    }

    [Fact]
    public async Task A_published_edition_is_byte_identical_after_the_data_changed_and_its_hash_verifies()
    {
        const int year = Year - 1;
        using var analyst = await fixture.App.LoginAsync("analyst");
        using var approver = await fixture.App.LoginAsync("approver");
        var draft = await GenerateAsync(analyst, ReportTemplates.City, year);
        (await HtmlAsync(analyst, draft.Id)).ShouldContain("data-code=\"enrolment-total\">100 人</span>");
        (await analyst.PostAsync($"/api/reports/{draft.Id}/publish", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden, "an analyst generates, the approver publishes");
        (await analyst.GetAsync($"/api/reports/{draft.Id}/verify")).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        var published = await (await approver.PostAsync($"/api/reports/{draft.Id}/publish", null)).ReadAsync<EditionDto>();
        (published.State, published.Version, published.PublishedBy).ShouldBe((EditionState.Published, 1, "approver"));
        var before = await (await analyst.GetAsync($"/api/reports/{draft.Id}/download?format=html")).EnsureSuccessStatusCode().Content.ReadAsByteArrayAsync();
        var beforeMd = await (await analyst.GetAsync($"/api/reports/{draft.Id}/download?format=md")).EnsureSuccessStatusCode().Content.ReadAsByteArrayAsync();
        Convert.ToHexStringLower(SHA256.HashData(before)).ShouldBe(published.HtmlSha256);
        Convert.ToHexStringLower(SHA256.HashData(beforeMd)).ShouldBe(published.MarkdownSha256);

        // The data change: B files and gets approved 300 students for that year.
        using var filer2 = await fixture.App.LoginAsync("filer2");
        (await UploadAsync(filer2, "students", RosterFiles.Utf8(RosterFiles.Students(300, 9001)), SchoolB, year: year)).EnsureSuccessStatusCode();
        var filing = await FilingAsync(filer2, "students", SchoolB, year);
        (await filer2.PostAsync($"/api/filing/filings/{filing.Id}/submit", null)).EnsureSuccessStatusCode();
        (await approver.PostJsonAsync($"/api/filing/filings/{filing.Id}/approve", new { comment = "ok" })).EnsureSuccessStatusCode();
        var enrolment = await analyst.GetJsonAsync<List<IndicatorValueDto>>($"/api/indicators?year={year}&scope=city&code=enrolment-total");
        enrolment.Single().Value.ShouldBe(400m);

        var response = await analyst.GetAsync($"/api/reports/{draft.Id}/download?format=html");
        (await response.Content.ReadAsByteArrayAsync()).ShouldBe(before);
        response.Headers.ETag!.Tag.ShouldBe("\"" + published.HtmlSha256 + "\"");
        (await (await analyst.GetAsync($"/api/reports/{draft.Id}/download?format=md")).Content.ReadAsByteArrayAsync()).ShouldBe(beforeMd);
        var verification = await analyst.GetJsonAsync<VerificationDto>($"/api/reports/{draft.Id}/verify");
        verification.Valid.ShouldBeTrue();
        verification.HtmlSha256Computed.ShouldBe(published.HtmlSha256);
        verification.SnapshotSha256Computed.ShouldBe(published.SnapshotSha256);

        // Published means final: no narrative, no second publication. Generating again starts version 2 with the new data.
        var edit = await approver.PutJsonAsync($"/api/reports/{draft.Id}/narrative", new NarrativeInput { Foreword = "改" });
        edit.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await edit.ProblemAsync()).Code.ShouldBe(EditionErrorCodes.EditionPublished);
        (await approver.PostAsync($"/api/reports/{draft.Id}/publish", null)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var next = await GenerateAsync(analyst, ReportTemplates.City, year);
        (next.Version, next.State).ShouldBe((2, EditionState.Draft));
        (await HtmlAsync(analyst, next.Id)).ShouldContain("data-code=\"enrolment-total\">400 人</span>");
        (await HtmlAsync(analyst, draft.Id)).ShouldContain("data-code=\"enrolment-total\">100 人</span>");

        // Verification can fail: stored bytes changed behind the application's back no longer match the recorded hash.
        await using (var scope = fixture.App.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DbContext>();
            var tampered = Encoding.UTF8.GetBytes("# 篡改过的报告");
            (await db.Database.ExecuteSqlAsync(
                $"UPDATE \"RepEditionContents\" SET \"Markdown\" = {tampered} WHERE \"EditionId\" IN (SELECT \"Id\" FROM \"RepEditions\" WHERE \"Kind\" = 1 AND \"Year\" = {year} AND \"Version\" = 1)"))
                .ShouldBe(1);
        }

        var broken = await analyst.GetJsonAsync<VerificationDto>($"/api/reports/{draft.Id}/verify");
        broken.Valid.ShouldBeFalse();
        broken.MarkdownSha256Computed.ShouldNotBe(published.MarkdownSha256);
        broken.HtmlSha256Computed.ShouldBe(published.HtmlSha256);

        // Every write is in the audit log.
        var changes = await analyst.GetJsonAsync<List<Zmd.Vocational.Core.Auditing.EntityChangeDto>>($"/api/audit-log?entityType=ReportEdition&entityId={draft.Id}");
        changes.Count.ShouldBeGreaterThanOrEqualTo(2);
        changes.ShouldContain(c => c.Properties.Any(p => p.PropertyName == "State" && p.NewValue == "Published"));
    }

    [Fact]
    public async Task A_school_filer_generates_and_reads_only_its_own_schools_report()
    {
        using var filer = await fixture.App.LoginAsync("filer");
        using var filer2 = await fixture.App.LoginAsync("filer2");
        using var analyst = await fixture.App.LoginAsync("analyst");
        var own = await GenerateAsync(filer, ReportTemplates.School, Year, SchoolA);
        var others = await GenerateAsync(filer2, ReportTemplates.School, Year);
        others.Scope.ShouldBe(SchoolB);
        var city = await GenerateAsync(analyst, ReportTemplates.City, Year);

        // Another school's report, by code or by edition: not found. The city's reports: forbidden.
        var asked = await filer.PostJsonAsync("/api/reports", new { template = ReportTemplates.School, year = Year, school = SchoolB });
        asked.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await asked.ProblemAsync()).Code.ShouldBe(EditionErrorCodes.SchoolNotFound);
        foreach (var url in new[] { $"/api/reports/{others.Id}", $"/api/reports/{others.Id}/download?format=html", $"/api/reports/{others.Id}/download?format=md",
                     $"/api/reports/{city.Id}", $"/api/reports/{city.Id}/download?format=html" })
        {
            (await filer.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound, url);
        }

        (await filer.PutJsonAsync($"/api/reports/{others.Id}/narrative", new NarrativeInput { Foreword = "x" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await filer.PostAsync($"/api/reports/{others.Id}/publish", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var cityAsked = await filer.PostJsonAsync("/api/reports", new { template = ReportTemplates.City, year = Year });
        cityAsked.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await cityAsked.ProblemAsync()).Code.ShouldBe(EditionErrorCodes.BureauOnly);

        var list = await filer.GetJsonAsync<List<EditionDto>>($"/api/reports?year={Year}");
        list.ShouldNotBeEmpty();
        list.ShouldAllBe(e => e.Scope == SchoolA);
        list.ShouldContain(e => e.Id == own.Id);
        (await filer.GetJsonAsync<EditionDto>($"/api/reports/{own.Id}")).Title.ShouldContain("遂平县职业教育中心");
        (await HtmlAsync(filer, own.Id)).ShouldNotContain("驻马店职业技术学院");

        // The school writes its own narrative and publishes its own report.
        (await filer.PutJsonAsync($"/api/reports/{own.Id}/narrative", new NarrativeInput { Foreword = "本校前言" })).EnsureSuccessStatusCode();
        (await HtmlAsync(filer, own.Id)).ShouldContain("本校前言");
        (await (await filer.PostAsync($"/api/reports/{own.Id}/publish", null)).ReadAsync<EditionDto>()).State.ShouldBe(EditionState.Published);
        (await filer.GetAsync($"/api/reports/{own.Id}/verify")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await filer2.GetAsync($"/api/reports/{own.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // Pages: the list shows the school's own editions only; another school's edition page is not found.
        var page = await (await filer.GetAsync($"/Reports?year={Year}")).Content.ReadAsStringAsync();
        page.ShouldContain(own.Id.ToString());
        page.ShouldNotContain(others.Id.ToString());
        (await filer.GetAsync($"/Reports/{others.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // The college's filer may read the college report, not write it.
        using var college = await fixture.App.LoginAsync("college");
        var collegeReport = await GenerateAsync(analyst, ReportTemplates.College, Year);
        (await college.GetAsync($"/api/reports/{collegeReport.Id}/download?format=html")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await college.PutJsonAsync($"/api/reports/{collegeReport.Id}/narrative", new NarrativeInput { Foreword = "x" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await college.PostJsonAsync("/api/reports", new { template = ReportTemplates.College, year = Year })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await filer.GetAsync($"/api/reports/{collegeReport.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Bad_input_is_refused_with_a_clear_code()
    {
        using var analyst = await fixture.App.LoginAsync("analyst");
        var unknown = await analyst.PostJsonAsync("/api/reports", new { template = "nonsense", year = Year });
        unknown.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await unknown.ProblemAsync()).Code.ShouldBe(EditionErrorCodes.UnknownTemplate);
        (await (await analyst.PostJsonAsync("/api/reports", new { template = ReportTemplates.City, year = 99 })).ProblemAsync()).Code.ShouldBe(EditionErrorCodes.InvalidYear);
        (await (await analyst.PostJsonAsync("/api/reports", new { template = ReportTemplates.School, year = Year })).ProblemAsync()).Code.ShouldBe(EditionErrorCodes.SchoolRequired);
        (await (await analyst.PostJsonAsync("/api/reports", new { template = ReportTemplates.College, year = Year, school = SchoolA })).ProblemAsync()).Code
            .ShouldBe(EditionErrorCodes.NotCollege);
        var edition = await GenerateAsync(analyst, ReportTemplates.Brief, Year);
        (await (await analyst.GetAsync($"/api/reports/{edition.Id}/download?format=docx")).ProblemAsync()).Code.ShouldBe(EditionErrorCodes.UnknownFormat);
        (await analyst.GetAsync($"/api/reports/{Guid.NewGuid()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_report_downloads_as_pdf_where_chromium_is_installed()
    {
        // The test machine has Debian's chromium (test/prepare-machine.sh installs it, as for the browser tests).
        File.Exists("/usr/bin/chromium").ShouldBeTrue("Chromium must be installed at /usr/bin/chromium: run test/prepare-machine.sh");
        using var analyst = await fixture.App.LoginAsync("analyst");
        var edition = await GenerateAsync(analyst, ReportTemplates.Brief, Year);
        var response = await analyst.GetAsync($"/api/reports/{edition.Id}/download?format=pdf");
        response.EnsureSuccessStatusCode();
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        response.Content.Headers.ContentDisposition!.FileName!.Trim('"').ShouldBe($"target-brief-{Year}-city-v{edition.Version}.pdf");
        Encoding.ASCII.GetString((await response.Content.ReadAsByteArrayAsync())[..5]).ShouldBe("%PDF-");
    }

    [Fact]
    public async Task Without_chromium_the_pdf_is_not_offered_and_asking_for_it_says_why()
    {
        await using var app = await TestApp.StartAsync(settings: new Dictionary<string, string> { ["Reporting:ChromiumPath"] = "/nonexistent/chromium" });
        using var analyst = await app.LoginAsync("analyst");
        var edition = await GenerateAsync(analyst, ReportTemplates.Brief, Year);
        var page = await analyst.GetStringAsync($"/Reports/{edition.Id}");
        page.ShouldContain("download-html");
        page.ShouldNotContain("download-pdf");
        var pdf = await analyst.GetAsync($"/api/reports/{edition.Id}/download?format=pdf");
        (await pdf.ProblemAsync()).Code.ShouldBe(TemplateErrorCodes.PdfUnavailable);

        // Where Chromium is installed (the test machine has Debian's), the same page offers it.
        using var here = await fixture.App.LoginAsync("analyst");
        var own = await GenerateAsync(here, ReportTemplates.Brief, Year);
        (await here.GetStringAsync($"/Reports/{own.Id}")).ShouldContain("download-pdf");
    }

    [Fact]
    public async Task Zmd_report_writes_the_same_figures_as_the_api()
    {
        var file = Path.Combine(Path.GetTempPath(), "zmd-report-" + Guid.NewGuid().ToString("N") + ".md");
        try
        {
            var start = CliTests.ZmdStart(fixture.App.Database, "report", ReportTemplates.City, "--year", Year.ToString(CultureInfo.InvariantCulture), "--out", file);
            using var process = System.Diagnostics.Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync();
            await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromMinutes(2)).Token);
            process.ExitCode.ShouldBe(0, await stderr);
            var markdown = await File.ReadAllTextAsync(file);
            markdown.ShouldContain("**500 人**");
            markdown.ShouldContain("**50.00%**");
            (await stderr).ShouldContain("gather");
        }
        finally
        {
            File.Delete(file);
        }
    }
}

/// <summary>The monitoring tests' data set, filed and approved through the real API.</summary>
public sealed class ReportingFixture : IAsyncLifetime
{
    public TestApp App { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        App = await TestApp.StartAsync();
        using var admin = await App.LoginAsync("admin");
        await OpenYearAsync(admin, Year - 1);
        await OpenYearAsync(admin);
        var teachersA = RosterFiles.TeacherHeader + "\n" + string.Join('\n', Enumerable.Range(1, 10).Select(n =>
            n <= 3 ? RosterFiles.TeacherRow(n) : RosterFiles.TeacherRow(n, "无", "", n <= 6 ? "是" : "否"))) + "\n";
        var teachersB = RosterFiles.TeacherHeader + "\n" + string.Join('\n', Enumerable.Range(101, 8).Select(n => RosterFiles.TeacherRow(n, "无", "", "否"))) + "\n";
        (await UploadAsync(admin, "students", RosterFiles.Utf8(RosterFiles.Students(100, 5001)), SchoolA, year: Year - 1)).EnsureSuccessStatusCode();
        (await UploadAsync(admin, "teachers", RosterFiles.Utf8(teachersA), SchoolA)).EnsureSuccessStatusCode();
        (await UploadAsync(admin, "teachers", RosterFiles.Utf8(teachersB), SchoolB)).EnsureSuccessStatusCode();
        (await UploadAsync(admin, "students", RosterFiles.Utf8(RosterFiles.Students(200, 1)), SchoolA)).EnsureSuccessStatusCode();
        (await UploadAsync(admin, "students", RosterFiles.Utf8(RosterFiles.Students(300, 1001)), SchoolB)).EnsureSuccessStatusCode();

        using var filer = await App.LoginAsync("filer");
        using var filer2 = await App.LoginAsync("filer2");
        using var approver = await App.LoginAsync("approver");
        foreach (var (client, school, dataset, year) in new[]
                 {
                     (filer, SchoolA, "teachers", Year), (filer, SchoolA, "students", Year), (filer2, SchoolB, "teachers", Year),
                     (filer2, SchoolB, "students", Year), (filer, SchoolA, "students", Year - 1),
                 })
        {
            var f = await FilingAsync(client, dataset, school, year);
            (await client.PostAsync($"/api/filing/filings/{f.Id}/submit", null)).EnsureSuccessStatusCode();
            (await approver.PostJsonAsync($"/api/filing/filings/{f.Id}/approve", new { comment = "ok" })).EnsureSuccessStatusCode();
        }
    }

    public async ValueTask DisposeAsync() => await App.DisposeAsync();
}
