using Zmd.Vocational.Targets.Contracts;
using Zmd.Vocational.TestKit;
using static Zmd.Vocational.IntegrationTests.Filing.CollegeOutputTests;
using static Zmd.Vocational.IntegrationTests.Filing.FilingApi;

namespace Zmd.Vocational.IntegrationTests.Monitoring;

/// <summary>专栏6's yearly targets tracked from the technician college's approved filings, on SQLite and PostgreSQL.
/// By hand, 2025 (approved): certified 2200 + 1900 + 400 + 300 = 4800 new skilled workers (target ≥ 5000: 4% short, at
/// risk); backbone internships 400 + 250 + 380 = 1030 (target ≥ 1000: achieved); 3 studios (target 5: 40% short, off
/// track). 2026 (submitted, not approved): 5000 + 200 = 5200 new skilled workers, 900 backbone internships — provisional
/// only.</summary>
public sealed class CollegeMonitoringTests(CollegeMonitoringFixture fixture) : IClassFixture<CollegeMonitoringFixture>
{
    private static async Task<TargetProgressDto> Progress(HttpClient client, string target, int year, bool provisional = false) =>
        (await client.GetJsonAsync<TargetDetailDto>($"/api/targets/{target}/progress?year={year}&provisional={provisional.ToString().ToLowerInvariant()}")).Progress;

    [Fact]
    public async Task The_yearly_targets_take_the_approved_filings_of_the_college()
    {
        using var analyst = await fixture.App.LoginAsync("analyst");

        var skilled = await Progress(analyst, "Z6.04.01", CollegeMonitoringFixture.Approved);
        (skilled.IndicatorCode, skilled.Actual, skilled.Status).ShouldBe(("col-new-skilled", 4800m, TargetStatus.AtRisk));
        var internships = await Progress(analyst, "Z6.03.07", CollegeMonitoringFixture.Approved);
        (internships.IndicatorCode, internships.Actual, internships.Status).ShouldBe(("col-internships-backbone", 1030m, TargetStatus.Achieved));
        var studios = await Progress(analyst, "Z6.03.06", CollegeMonitoringFixture.Approved);
        (studios.Actual, studios.Status).ShouldBe((3m, TargetStatus.OffTrack));

        // The same figures as indicators, for the city and for the college itself.
        var city = await analyst.GetJsonAsync<List<IndicatorValueDto>>(
            $"/api/indicators?year={CollegeMonitoringFixture.Approved}&scope=city&code=col-new-skilled,col-internships-backbone,col-studios");
        city.ToDictionary(v => v.Code, v => v.Value).ShouldBe(new Dictionary<string, decimal?>
        {
            ["col-new-skilled"] = 4800m, ["col-internships-backbone"] = 1030m, ["col-studios"] = 3m,
        });
        (await analyst.GetJsonAsync<List<IndicatorValueDto>>($"/api/indicators?year={CollegeMonitoringFixture.Approved}&scope=school&place={Filing.CollegeOutputTests.College}&code=col-new-skilled"))
            .Single().Value.ShouldBe(4800m);
    }

    [Fact]
    public async Task Submitted_filings_count_only_as_provisional()
    {
        using var analyst = await fixture.App.LoginAsync("analyst");

        // Officially 2026 has no figure yet (the card shows the latest approved year's).
        var official = await Progress(analyst, "Z6.04.01", Year);
        official.Years.Single(y => y.Year == Year).Actual.ShouldBeNull();
        official.Years.Single(y => y.Year == CollegeMonitoringFixture.Approved).Actual.ShouldBe(4800m);
        var provisional = await Progress(analyst, "Z6.04.01", Year, provisional: true);
        provisional.Actual.ShouldBe(5200m);
        provisional.Years.Single(y => y.Year == Year).Provisional.ShouldBeTrue();
        provisional.Years.Single(y => y.Year == CollegeMonitoringFixture.Approved).Actual.ShouldBe(4800m);
        (await Progress(analyst, "Z6.03.07", Year, provisional: true)).Actual.ShouldBe(900m);
    }
}

/// <summary>The college's partners, output, internships and studios of 2025 filed, submitted and approved; those of 2026
/// filed and submitted only.</summary>
public sealed class CollegeMonitoringFixture : IAsyncLifetime
{
    public const int Approved = Year - 1;

    public TestApp App { get; private set; } = null!;

    private const string Output2025 = """
        技能等级,毕业生人数,取得技能等级证书人数,社会培训人次,技能评价人次
        中级工,600,2200,4000,2600
        高级工,700,1900,2500,2300
        预备技师,150,400,600,450
        技师,50,300,400,350
        """;

    private const string Output2026 = """
        技能等级,毕业生人数,取得技能等级证书人数,社会培训人次,技能评价人次
        中级工,650,5000,4200,5600
        高级工,720,200,2600,900
        """;

    private static readonly string Internships2026 = $"""
        统一社会信用代码,企业名称,是否市骨干企业,实习类型,专业代码,实习人次
        {P1},驻马店恒达机械制造有限公司,是,顶岗实习,660103,900
        {P2},驻马店华昌汽车销售服务有限公司,否,顶岗实习,700206,300
        """;

    public async ValueTask InitializeAsync()
    {
        App = await TestApp.StartAsync();
        using var admin = await App.LoginAsync("admin");
        await OpenYearAsync(admin, Approved);
        await OpenYearAsync(admin);

        using var college = await App.LoginAsync("college");
        using var approver = await App.LoginAsync("approver");
        foreach (var (year, files) in new (int, (string Dataset, string Csv)[])[]
        {
            (Approved, [("partner-enterprises", Partners), ("college-output", Output2025), ("college-internships", GoodInternships), ("college-studios", GoodStudios.Replace(",2027", ",2024", StringComparison.Ordinal))]),
            (Year, [("partner-enterprises", Partners), ("college-output", Output2026), ("college-internships", Internships2026)]),
        })
        {
            foreach (var (dataset, csv) in files)
            {
                var filing = (await Stored(college, dataset, csv, year: year)).Filing!;
                (await college.PostAsync($"/api/filing/filings/{filing.Id}/submit", null)).EnsureSuccessStatusCode();
                if (year == Approved)
                {
                    (await approver.PostJsonAsync($"/api/filing/filings/{filing.Id}/approve", new { comment = "ok" })).EnsureSuccessStatusCode();
                }
            }
        }
    }

    public async ValueTask DisposeAsync() => await App.DisposeAsync();
}
