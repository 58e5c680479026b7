using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Zmd.Vocational.Apprenticeship.Contracts;
using Zmd.Vocational.Certificates.Contracts;
using Zmd.Vocational.Filing.Contracts;
using Zmd.Vocational.Institutions.Contracts;
using static Zmd.Vocational.IntegrationTests.Filing.FilingApi;

namespace Zmd.Vocational.IntegrationTests.Filing;

/// <summary>The 校企合作 and 1+X datasets: realistic rows of every dataset import for each kind of school (cohort
/// references included), each domain rule refuses its bad row, and the bureau keeps the certificate catalogue.</summary>
public sealed class CooperationAndCertificatesTests(AppFixture fixture) : IClassFixture<AppFixture>, IAsyncLifetime
{
    public async ValueTask InitializeAsync()
    {
        using var admin = await fixture.App.LoginAsync("admin");
        await OpenYearAsync(admin);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private string Csv(string dataset, IEnumerable<string?[]> rows)
    {
        var catalog = fixture.App.Services.CreateScope().ServiceProvider.GetRequiredService<IDatasetCatalog>();
        var sb = new StringBuilder();
        sb.AppendLine(string.Join(",", catalog.Get(dataset).Columns.Select(c => c.HeaderZh)));
        foreach (var row in rows)
        {
            sb.AppendLine(string.Join(",", row.Select(v => v is null ? "" : v.Contains(',') || v.Contains('"') ? "\"" + v.Replace("\"", "\"\"") + "\"" : v)));
        }

        return sb.ToString();
    }

    private IDemoRowGenerator Gen(string code) => fixture.App.Services.GetServices<IDemoRowGenerator>().Single(g => g.DatasetCode == code);

    private static byte[] Utf8(string s) => Encoding.UTF8.GetBytes(s);

    private async Task Ok(HttpClient client, string dataset, string csv, string school)
    {
        var response = await UploadAsync(client, dataset, Utf8(csv), school);
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, dataset + " " + school + ": " + text[..Math.Min(3000, text.Length)]);
    }

    [Theory]
    [InlineData("3141172801", SchoolType.SecondaryVocational, 1_000_000L)]
    [InlineData("4141170001", SchoolType.HigherVocational, 1_100_000L)]
    [InlineData("5141170001", SchoolType.TechnicianCollege, 1_200_000L)]
    [InlineData("5141170003", SchoolType.SkilledWorkerSchool, 0L)]
    public async Task Demo_rows_of_every_dataset_import(string school, SchoolType type, long serial)
    {
        using var admin = await fixture.App.LoginAsync("admin");
        var scope = new DemoScope(school, type, Year, serial);
        await Ok(admin, "apprenticeship-cohorts", Csv("apprenticeship-cohorts", Gen("apprenticeship-cohorts").Rows(scope, 7)), school);
        var bad = await UploadAsync(admin, "students", Utf8(Csv("students", Gen("students").Rows(scope, 1500).Select((r, i) => { if (i == 3) { r[9] = "XT209901"; } return r; }))), school);
        (await bad.Content.ReadAsStringAsync()).ShouldContain("Filing:UnknownReference");
        await Ok(admin, "students", Csv("students", Gen("students").Rows(scope, 1500).Select((r, i) => { if (i < 40) { r[9] = "XT202601"; } return r; })), school);
        await Ok(admin, "partner-enterprises", Csv("partner-enterprises", Gen("partner-enterprises").Rows(scope, 60)), school);
        await Ok(admin, "social-training", Csv("social-training", Gen("social-training").Rows(scope, 25)), school);
        await Ok(admin, "certificate-pilots", Csv("certificate-pilots", Gen("certificate-pilots").Rows(scope, 30)), school);
        await Ok(admin, "certificate-results", Csv("certificate-results", Gen("certificate-results").Rows(scope, 1500)), school);

        using var s = fixture.App.Services.CreateScope();
        var sources = s.ServiceProvider.GetServices<IMeasureSource>().ToDictionary(m => m.Dataset);
        var schoolId = (await s.ServiceProvider.GetRequiredService<ISchoolDirectory>().FindByCodeAsync(school))!.Id;
        var filed = new FilingScope(schoolId, Year);
        async Task<IReadOnlyDictionary<string, decimal>> Measures(string dataset) => await sources[dataset].ComputeAsync(filed, CancellationToken.None);
        (await Measures("apprenticeship-cohorts"))["app.cohorts"].ShouldBe(7);
        // Apprentices are the 在籍 students among the 40 given a cohort code.
        var inSchoolWithCohort = Gen("students").Rows(scope, 1500).Take(40).Count(r => r[8] == "在籍");
        (await Measures("students"))["enr.apprentices"].ShouldBe(inSchoolWithCohort);
        (await Measures("partner-enterprises"))["app.partners"].ShouldBe(60);
        (await Measures("social-training"))["app.training.person-times"].ShouldBeGreaterThan(0);
        var certificates = await Measures("certificate-results");
        certificates["cert.students.certified"].ShouldBeGreaterThan(0);
        certificates["cert.students.certified"].ShouldBeLessThanOrEqualTo(certificates["cert.students.examined"]);
    }

    [Theory]
    [InlineData(SchoolType.VocationalBachelor)]
    [InlineData(SchoolType.SecondaryVocational)]
    [InlineData(SchoolType.TechnicianCollege)]
    public void Demo_results_name_students_of_the_demo_roster(SchoolType type)
    {
        var scope = new DemoScope("2141170001", type, 2025, 123_456);
        var students = Gen("students").Rows(scope, 5000).ToDictionary(r => r[0]!, r => r[2]!);
        var results = Gen("certificate-results").Rows(scope, 5000).ToList();
        results.ShouldAllBe(r => students.ContainsKey(r[0]!) && students[r[0]!] == r[1]);
    }

    [Fact]
    public async Task Domain_rules_refuse_bad_rows()
    {
        using var admin = await fixture.App.LoginAsync("admin");
        var cohorts = """
            班级代码,班级名称,专业代码,合作企业统一社会信用代码,合作企业名称,开始日期,结束日期,学校导师人数,企业导师人数,是否签订三方协议
            A1,甲班,660103,91411702MA1234567T,某公司,2025-09-01,2025-09-01,0,3,是
            """;
        var r = await UploadAsync(admin, "apprenticeship-cohorts", Utf8(cohorts), "3141172801");
        var body = await r.Content.ReadAsStringAsync();
        body.ShouldContain("Apprenticeship:EndBeforeStart");
        body.ShouldContain("Apprenticeship:MentorsRequired");

        var results = """
            学号,身份证号,证书代码,等级,是否参加培训,是否参加考核,是否取得证书,证书编号
            NOPE,11010519491231002X,X-WEB,初级,是,否,是,
            NOPE2,11010519491231002X,X-NOPE,初级,是,是,否,
            """;
        r = await UploadAsync(admin, "certificate-results", Utf8(results), "3141172801");
        body = await r.Content.ReadAsStringAsync();
        body.ShouldContain("Certificates:PassedWithoutExam");
        body.ShouldContain("Certificates:NumberRequired");
        body.ShouldContain("Filing:UnknownReference");
        body.ShouldContain("Filing:NotInCodeList");
    }

    [Fact]
    public async Task The_bureau_keeps_the_certificate_catalogue_which_schools_can_only_read()
    {
        using var filer = await fixture.App.LoginAsync("filer");
        var list = await filer.GetJsonAsync<List<CertificateTypeDto>>("/api/certificates");
        list.Count.ShouldBe(25);
        (await filer.PostJsonAsync("/api/certificates", new { code = "x-test", name = "测试" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        using var approver = await fixture.App.LoginAsync("approver");
        var created = await (await approver.PostJsonAsync("/api/certificates", new { code = " x-test ", name = "测试证书", levels = "中级、初级" })).ReadAsync<CertificateTypeDto>();
        created.Code.ShouldBe("X-TEST");
        created.Levels.ShouldBe("初级,中级");
        var updated = await (await approver.PostJsonAsync("/api/certificates", new { code = "X-TEST", name = "测试证书2", isActive = false })).ReadAsync<CertificateTypeDto>();
        updated.Id.ShouldBe(created.Id);
        updated.IsActive.ShouldBeFalse();
        updated.Levels.ShouldBe("初级,中级,高级");
        var bad = await approver.PostJsonAsync("/api/certificates", new { code = "X-T2" });
        var problem = await bad.ProblemAsync();
        problem.Code.ShouldBe("Core:Required");
        (await (await approver.PostJsonAsync("/api/certificates", new { code = "X T", name = "n" })).ProblemAsync()).Code.ShouldBe("Certificates:InvalidCode");
        (await (await approver.PostJsonAsync("/api/certificates", new { code = "XT", name = "n", levels = "特级" })).ProblemAsync()).Code.ShouldBe("Certificates:InvalidLevels");

        var page = await filer.GetAsync("/Certificates");
        var html = await page.Content.ReadAsStringAsync();
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        html.ShouldContain("certificates-table");
        html.ShouldContain("Web前端开发");
        html.ShouldContain("已停用");

        var template = await filer.GetAsync("/api/filing/datasets/certificate-results/template");
        template.StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
