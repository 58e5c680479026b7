using System.Net;
using Zmd.Vocational.Targets.Contracts;
using Zmd.Vocational.TestKit;
using static Zmd.Vocational.IntegrationTests.Filing.FilingApi;

namespace Zmd.Vocational.IntegrationTests.Monitoring;

/// <summary>Monitoring over a small hand-made data set filed through the real API, on SQLite and PostgreSQL:
/// 遂平县职业教育中心 (A, county 411728): 10 full-time teachers, 6 professional of whom 3 dual-qualified; 200 students.
/// 驻马店职业技术学院 (B, 市直 411700): 8 full-time teachers, none professional; 300 students.
/// By hand: dual ratio A 3/6 = 50%, B 0/0 = no data, city 3/6 = 50%; student–teacher ratio A 200/10 = 20.0 (meets ≤ 20),
/// B 300/8 = 37.5 (fails), city 500/18 = 27.8. All figures count only once approved, or as provisional once submitted.</summary>
public sealed class MonitoringTests(MonitoringFixture fixture) : IClassFixture<MonitoringFixture>
{
    private const string Dual = "dual-ratio";
    private const string Str = "student-teacher-ratio";

    private static Task<List<IndicatorValueDto>> Values(HttpClient client, string query, int year = Year) =>
        client.GetJsonAsync<List<IndicatorValueDto>>("/api/indicators?year=" + year + "&" + query);

    private static async Task<IndicatorValueDto> One(HttpClient client, string query, int year = Year) => (await Values(client, query, year)).Single();

    [Fact]
    public async Task Only_submitted_data_counts_as_provisional_and_only_approved_data_as_official()
    {
        // Last year's roster of 遂平 is still a draft: no data, never 0.
        using var analyst = await fixture.App.LoginAsync("analyst");
        const string query = "scope=school&place=" + SchoolA + "&code=enrolment-total";
        (await One(analyst, query + "&provisional=true", Year - 1)).Value.ShouldBeNull();

        using var filer = await fixture.App.LoginAsync("filer");
        var f = await FilingAsync(filer, "students", SchoolA, Year - 1);
        (await filer.PostAsync($"/api/filing/filings/{f.Id}/submit", null)).EnsureSuccessStatusCode();
        var provisional = await One(analyst, query + "&provisional=true", Year - 1);
        (provisional.Value, provisional.Provisional).ShouldBe((100m, true));
        (await One(analyst, query, Year - 1)).Value.ShouldBeNull();
    }

    [Fact]
    public async Task Indicators_follow_the_workflow_and_equal_the_hand_computed_values_at_every_level()
    {
        using var analyst = await fixture.App.LoginAsync("analyst");

        var city = await One(analyst, "scope=city&code=" + Dual);
        (city.Value, city.Numerator, city.Denominator, city.Provisional).ShouldBe((50m, 3m, 6m, false));

        var schools = await Values(analyst, "scope=school&code=" + Dual + "," + Str);
        var a = schools.Where(v => v.PlaceCode == SchoolA).ToDictionary(v => v.Code);
        var b = schools.Where(v => v.PlaceCode == SchoolB).ToDictionary(v => v.Code);
        a[Dual].Value.ShouldBe(50m);
        b[Dual].Value.ShouldBeNull();                                  // 0 ÷ 0: no data, not an error
        (b[Dual].Numerator, b[Dual].Denominator).ShouldBe((0m, 0m));
        (a[Str].Value, a[Str].MeetsStandard).ShouldBe((20.0m, true));
        (b[Str].Value, b[Str].MeetsStandard).ShouldBe((37.5m, false));

        var counties = (await Values(analyst, "scope=county&code=" + Dual)).ToDictionary(v => v.PlaceCode!);
        counties["411728"].Value.ShouldBe(50m);
        counties["411700"].Value.ShouldBeNull();
        (await One(analyst, "scope=city&code=" + Str)).Value.ShouldBe(27.8m);  // 500 / 18
        (await One(analyst, "scope=county&place=411700&code=" + Str)).Value.ShouldBe(37.5m);

        // The same figures through the CLI's service.
        var enrolment = await One(analyst, "scope=city&code=enrolment-total");
        enrolment.Value.ShouldBe(500m);

        // Targets: K1.07 (≥ 50 by 2025, baseline 26.82 in 2020) is achieved at 50%; C1S5.02 counts 万人.
        var dual = await analyst.GetJsonAsync<TargetDetailDto>($"/api/targets/K1.07/progress?year={Year}");
        (dual.Progress.Actual, dual.Progress.Status, dual.Progress.Year).ShouldBe((50m, TargetStatus.Achieved, Year));
        dual.Counties.ShouldContain(c => c.Code == "411728" && c.Actual == 50m);
        var order = dual.Schools.Select(p => p.Code).ToList();
        order.IndexOf(SchoolA).ShouldBeLessThan(order.IndexOf(SchoolB), "no data comes after every school with data");
        dual.Schools.Single(p => p.Code == SchoolB).Status.ShouldBe(TargetStatus.NoData);
        var enrolled = await analyst.GetJsonAsync<TargetDetailDto>($"/api/targets/C1S5.02/progress?year={Year}");
        enrolled.Progress.Actual.ShouldBe(0.05m);
        enrolled.Progress.Status.ShouldBe(TargetStatus.OffTrack);
        enrolled.Schools[0].Code.ShouldBe(SchoolA, "the school furthest behind comes first");
    }

    [Fact]
    public async Task A_school_filer_sees_only_its_own_schools_figures()
    {
        using var filer = await fixture.App.LoginAsync("filer");
        var own = await Values(filer, "scope=school&provisional=true&code=" + Str);
        own.Select(v => v.PlaceCode).ShouldBe([SchoolA]);
        (await filer.GetAsync($"/api/indicators?year={Year}&scope=school&place={SchoolB}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var city = await filer.GetAsync($"/api/indicators?year={Year}&scope=city");
        city.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await city.ProblemAsync()).Code.ShouldBe(TargetsErrorCodes.CityFiguresForbidden);
        (await filer.GetAsync($"/api/indicators?year={Year}&scope=county")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await filer.GetAsync($"/api/targets/K1.07/progress?year={Year}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await filer.GetAsync($"/api/schools/{SchoolB}/quotas?year={Year}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await filer.GetAsync($"/api/quality?year={Year}&school={SchoolB}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // Pages: the city overview is not theirs; their dashboard shows their school and never the other.
        (await filer.GetAsync("/Monitoring")).StatusCode.ShouldBeOneOf(HttpStatusCode.Forbidden, HttpStatusCode.Redirect);
        var page = await (await filer.GetAsync($"/Monitoring/School/{SchoolB}?year={Year}&provisional=true")).Content.ReadAsStringAsync();
        page.ShouldNotContain("驻马店职业技术学院");
        page = await (await filer.GetAsync($"/Monitoring/School?year={Year}&provisional=true")).Content.ReadAsStringAsync();
        page.ShouldContain("遂平县职业教育中心");
        page.ShouldNotContain("驻马店职业技术学院");

        // Figures cached during the filer's requests still count every school for the bureau.
        using var analyst = await fixture.App.LoginAsync("analyst");
        (await One(analyst, "scope=city&code=enrolment-total")).Value.ShouldBe(500m);
    }

    [Fact]
    public async Task Quotas_that_do_not_add_up_are_refused_and_nothing_is_stored()
    {
        using var analyst = await fixture.App.LoginAsync("analyst");
        var good = new[] { new QuotaLineInput("411728", null, 6m), new QuotaLineInput("411700", null, 5.5m), new QuotaLineInput(null, SchoolA, 6m) };
        (await analyst.PutJsonAsync("/api/targets/C1S5.02/quotas", good)).EnsureSuccessStatusCode();

        var bad = await analyst.PutJsonAsync("/api/targets/C1S5.02/quotas", new[] { new QuotaLineInput("411728", null, 6m), new QuotaLineInput("411700", null, 5.4m) });
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await bad.ProblemAsync();
        problem.Code.ShouldBe(TargetsErrorCodes.QuotasDoNotAddUp);
        problem.Detail.ShouldContain("11.4");
        problem.Detail.ShouldContain("11.5");

        var schoolsOff = await analyst.PutJsonAsync("/api/targets/C1S5.02/quotas",
            new[] { new QuotaLineInput("411728", null, 6m), new QuotaLineInput("411700", null, 5.5m), new QuotaLineInput(null, SchoolA, 5m) });
        (await schoolsOff.ProblemAsync()).Code.ShouldBe(TargetsErrorCodes.QuotasDoNotAddUp);
        (await (await analyst.PutJsonAsync("/api/targets/K1.07/quotas", good)).ProblemAsync()).Code.ShouldBe(TargetsErrorCodes.QuotaNotAdditive);

        var stored = await analyst.GetJsonAsync<List<QuotaDto>>("/api/targets/C1S5.02/quotas");
        stored.Select(q => (q.Code, q.Value)).OrderBy(q => q.Code).ShouldBe([("3141172801", 6m), ("411700", 5.5m), ("411728", 6m)]);

        // The school sees its own quota and its progress against it.
        using var filer = await fixture.App.LoginAsync("filer");
        var mine = await filer.GetJsonAsync<List<SchoolQuotaDto>>($"/api/schools/{SchoolA}/quotas?year={Year}&provisional=true");
        mine.Single().Progress.Quota.ShouldBe(6m);
        mine.Single().Progress.Actual.ShouldBe(0.02m);
        (await filer.PutJsonAsync("/api/targets/C1S5.02/quotas", good)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task City_figures_are_entered_reviewed_and_then_count()
    {
        using var analyst = await fixture.App.LoginAsync("analyst");
        using var approver = await fixture.App.LoginAsync("approver");
        var saved = await analyst.PutJsonAsync($"/api/city-data/{Year}", new[] { new CityValueInput("city.unemployment-rate", 5.2m, "统计公报") });
        saved.EnsureSuccessStatusCode();
        (await One(analyst, "scope=city&code=city.unemployment-rate")).Value.ShouldBeNull();
        (await One(analyst, "scope=city&code=city.unemployment-rate&provisional=true")).Value.ShouldBe(5.2m);

        (await analyst.PutJsonAsync($"/api/city-data/{Year}", new[] { new CityValueInput("city.nope", 1m, null) })).StatusCode
            .ShouldBe(HttpStatusCode.BadRequest);
        (await analyst.PostAsync($"/api/city-data/{Year}/approve", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await analyst.PostJsonAsync($"/api/city-data/{Year}/submit", new { })).EnsureSuccessStatusCode();
        (await analyst.PutJsonAsync($"/api/city-data/{Year}", new[] { new CityValueInput("city.unemployment-rate", 9m, null) })).StatusCode
            .ShouldBe(HttpStatusCode.Conflict);
        (await approver.PostJsonAsync($"/api/city-data/{Year}/approve", new { comment = "核对无误" })).EnsureSuccessStatusCode();

        (await One(analyst, "scope=city&code=city.unemployment-rate")).Value.ShouldBe(5.2m);
        var k111 = await analyst.GetJsonAsync<TargetDetailDto>($"/api/targets/K1.11/progress?year={Year}");
        (k111.Progress.Actual, k111.Progress.Status).ShouldBe((5.2m, TargetStatus.Achieved)); // ≤ 5.5
        var sheet = await analyst.GetJsonAsync<CityDataSheetDto>($"/api/city-data/{Year}");
        sheet.History.Select(h => h.Action).ShouldBe([Zmd.Vocational.Filing.Contracts.FilingAction.Uploaded, Zmd.Vocational.Filing.Contracts.FilingAction.Submitted, Zmd.Vocational.Filing.Contracts.FilingAction.Approved]);
    }

    [Fact]
    public async Task A_jump_from_last_year_is_a_warning_whose_explanation_is_locked_with_the_approved_roster()
    {
        using var filer = await fixture.App.LoginAsync("filer");
        var findings = await filer.GetJsonAsync<List<QualityFindingDto>>($"/api/quality?year={Year}");
        var jump = findings.Single(f => f.Rule == "Quality:EnrolmentJump");
        (jump.SchoolCode, jump.IsError, jump.Explanation).ShouldBe((SchoolA, false, null));
        jump.Message.ShouldContain("100");
        jump.Message.ShouldContain("200");

        // This year's roster is approved: its explanation is locked with it (explained while a draft, see
        // QualityExplanationLockTests). Another school's finding reads as not found.
        var locked = await (await filer.PostJsonAsync("/api/quality/explanations", new QualityExplanationInput(SchoolA, Year, "Quality:EnrolmentJump", "新校区启用，扩招一倍。")))
            .ProblemAsync();
        (locked.Status, locked.Code).ShouldBe((409, TargetsErrorCodes.ExplanationLocked));
        (await filer.PostJsonAsync("/api/quality/explanations", new QualityExplanationInput(SchoolB, Year, "Quality:EnrolmentJump", "x")))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await filer.GetJsonAsync<List<QualityFindingDto>>($"/api/quality?year={Year}")).Single(f => f.Rule == "Quality:EnrolmentJump").Explanation.ShouldBeNull();
    }
}

/// <summary>The app with the hand-made data set filed once: this year's rosters of both schools submitted and approved,
/// last year's 遂平 roster (100 students) left as a draft.</summary>
public sealed class MonitoringFixture : IAsyncLifetime
{
    public TestApp App { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        App = await TestApp.StartAsync();
        using var admin = await App.LoginAsync("admin");
        await OpenYearAsync(admin, Year - 1);
        await OpenYearAsync(admin);
        (await UploadAsync(admin, "students", RosterFiles.Utf8(RosterFiles.Students(100, 5001)), SchoolA, year: Year - 1)).EnsureSuccessStatusCode();
        var teachersA = RosterFiles.TeacherHeader + "\n" + string.Join('\n', Enumerable.Range(1, 10).Select(n =>
            n <= 3 ? RosterFiles.TeacherRow(n) : RosterFiles.TeacherRow(n, "无", "", n <= 6 ? "是" : "否"))) + "\n";
        var teachersB = RosterFiles.TeacherHeader + "\n" + string.Join('\n', Enumerable.Range(101, 8).Select(n => RosterFiles.TeacherRow(n, "无", "", "否"))) + "\n";
        (await UploadAsync(admin, "teachers", RosterFiles.Utf8(teachersA), SchoolA)).EnsureSuccessStatusCode();
        (await UploadAsync(admin, "teachers", RosterFiles.Utf8(teachersB), SchoolB)).EnsureSuccessStatusCode();
        (await UploadAsync(admin, "students", RosterFiles.Utf8(RosterFiles.Students(200, 1)), SchoolA)).EnsureSuccessStatusCode();
        (await UploadAsync(admin, "students", RosterFiles.Utf8(RosterFiles.Students(300, 1001)), SchoolB)).EnsureSuccessStatusCode();

        using var filer = await App.LoginAsync("filer");
        using var filer2 = await App.LoginAsync("filer2");
        using var approver = await App.LoginAsync("approver");
        foreach (var (client, school) in new[] { (filer, SchoolA), (filer2, SchoolB) })
        {
            foreach (var dataset in new[] { "teachers", "students" })
            {
                var f = await FilingAsync(client, dataset, school);
                (await client.PostAsync($"/api/filing/filings/{f.Id}/submit", null)).EnsureSuccessStatusCode();
                (await approver.PostJsonAsync($"/api/filing/filings/{f.Id}/approve", new { comment = "ok" })).EnsureSuccessStatusCode();
            }
        }
    }

    public async ValueTask DisposeAsync() => await App.DisposeAsync();
}
