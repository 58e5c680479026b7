using System.Net;
using Zmd.Vocational.College.Contracts;
using Zmd.Vocational.Filing.Contracts;
using Zmd.Vocational.Targets.Contracts;
using Zmd.Vocational.TestKit;
using static Zmd.Vocational.IntegrationTests.College.CollegeApi;

namespace Zmd.Vocational.IntegrationTests.College;

/// <summary>The technician college's build-out through the real API, on SQLite and PostgreSQL. By hand: project A plans
/// 20,000 m² and 1,000 places for 3,000 万元; project B 10,000 m² and 500 places for 1,000 万元. Approved reports: A on
/// 2024-06-30 at 8,000 m² / 0 places / 1,200 万元 and on 2025-06-30 at 20,000 m² / 1,000 places / 3,100 万元 (over budget);
/// B on 2025-03-31 at 4,000 m² / 0 / 500. So school year 2023 (to 2024-08-31): 8,000 m² and 0 places; 2024 (to
/// 2025-08-31): 24,000 m² and 1,000 places; 2022: no data. A submitted but unapproved report never counts.</summary>
public sealed class BuildOutTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private const string College = SchoolCode;

    private static async Task<decimal?> IndicatorAsync(HttpClient client, string code, int year) =>
        (await client.GetJsonAsync<List<IndicatorValueDto>>($"/api/indicators?year={year}&scope=school&place={College}&code={code}")).Single().Value;

    [Fact]
    public async Task Approved_reports_become_the_colleges_figures_and_targets_with_hand_computed_values()
    {
        using var college = await fixture.App.LoginAsync("college");
        using var approver = await fixture.App.LoginAsync("approver");
        var a = await CreateAsync(college, Project("实训楼A（测试）", 20000, 1000, 3000));
        var b = await CreateAsync(college, Project("学生公寓B（测试）", 10000, 500, 1000, "2024-09-01", "2026-08-31"));

        await ApprovedReportAsync(college, approver, a.Id, Report("2024-06-30", 8000, 0, 1200));
        await ApprovedReportAsync(college, approver, a.Id, Report("2025-06-30", 20000, 1000, 3100));
        await ApprovedReportAsync(college, approver, b.Id, Report("2025-03-31", 4000, 0, 500));
        var pending = await (await college.PostJsonAsync($"/api/college/projects/{b.Id}/reports", Report("2025-08-01", 9000, 0, 900))).ReadAsync<ProgressReportDto>();
        (await college.PostAsync($"/api/college/reports/{pending.Id}/submit", null)).EnsureSuccessStatusCode();

        (await IndicatorAsync(approver, "col-buildout-area", 2023)).ShouldBe(8000m);
        (await IndicatorAsync(approver, "col-buildout-places", 2023)).ShouldBe(0m);
        (await IndicatorAsync(approver, "col-buildout-area", 2024)).ShouldBe(24000m, "A's latest approved 20,000 + B's 4,000; B's submitted 9,000 does not count");
        (await IndicatorAsync(approver, "col-buildout-places", 2024)).ShouldBe(1000m);
        (await IndicatorAsync(approver, "col-buildout-area", 2022)).ShouldBeNull("no report before school year 2023: no data, not 0");

        var projects = (await college.GetJsonAsync<List<ProjectDto>>("/api/college/projects")).ToDictionary(p => p.Name);
        projects["实训楼A（测试）"].Standing.PercentComplete.ShouldBe(100m);
        projects["实训楼A（测试）"].Standing.OverBudget.ShouldBeTrue("3,100 spent of a 3,000 budget");
        projects["学生公寓B（测试）"].Standing.PercentComplete.ShouldBe(40m);
        projects["学生公寓B（测试）"].Standing.OverBudget.ShouldBeFalse();
        projects["实训楼A（测试）"].Standing.Late.ShouldBeTrue("planned to finish on 2025-12-31 and not finished by today");

        // The dashboard tracks 专栏6 targets on the college's data: Z6.03.01 (60,000 m² by 2025, a total since 2021).
        var dashboard = await college.GetJsonAsync<CollegeDashboardDto>($"/api/college/dashboard?year=2024");
        var area = dashboard.Targets.Single(t => t.TargetCode == "Z6.03.01");
        area.Actual.ShouldBe(24000m);
        area.Years.Single(y => y.Year == 2022).Actual.ShouldBeNull();
        dashboard.Standards.Select(s => s.Code).ShouldContain("advanced-share");
    }

    [Fact]
    public async Task The_dashboard_counts_trainees_by_level_and_checks_the_standard_by_hand()
    {
        // 10 students: 3 中级工, 4 高级工, 2 预备技师, 1 技师 → 7 of 10 at 高级工 or above = 70% (≥ 60%: met); 10 full-time
        // students are far below 3,000 (not met); no training output filed → those lines have no data.
        using var admin = await fixture.App.LoginAsync("admin");
        await Filing.FilingApi.OpenYearAsync(admin);
        string[] levels = ["中级工", "中级工", "中级工", "高级工", "高级工", "高级工", "高级工", "预备技师", "预备技师", "技师"];
        var csv = RosterFiles.Students(levels.Length, start: 7001, row: n => RosterFiles.StudentRow(n, level: levels[n - 7001]));
        using var college = await fixture.App.LoginAsync("college");
        var upload = await Filing.FilingApi.UploadAsync(college, "students", RosterFiles.Utf8(csv), College);
        upload.StatusCode.ShouldBe(HttpStatusCode.OK, await upload.Content.ReadAsStringAsync());
        var filing = await Filing.FilingApi.FilingAsync(college, "students", College);
        (await college.PostAsync($"/api/filing/filings/{filing.Id}/submit", null)).EnsureSuccessStatusCode();

        // Submitted, not approved: only the provisional dashboard counts it.
        (await college.GetJsonAsync<CollegeDashboardDto>($"/api/college/dashboard?year={Filing.FilingApi.Year}")).AdvancedShare.ShouldBeNull();
        using var approver = await fixture.App.LoginAsync("approver");
        (await approver.PostAsync($"/api/filing/filings/{filing.Id}/approve", null)).EnsureSuccessStatusCode();

        var d = await college.GetJsonAsync<CollegeDashboardDto>($"/api/college/dashboard?year={Filing.FilingApi.Year}");
        d.Trainees.Select(t => (t.Code, t.Students)).ShouldBe([("intermediate", 3m), ("advanced", 4m), ("pretechnician", 2m), ("technician", 1m)]);
        d.AdvancedShare.ShouldBe(70m);
        var standard = d.Standards.ToDictionary(l => l.Code);
        (standard["advanced-share"].Value, standard["advanced-share"].Met).ShouldBe((70m, (bool?)true));
        (standard["fulltime"].Value, standard["fulltime"].Met).ShouldBe((10m, (bool?)false));
        (standard["training"].Value, standard["training"].Met).ShouldBe(((decimal?)null, (bool?)null));
        (standard["scale"].Value, standard["scale"].Met).ShouldBe((10m, (bool?)false), "full-time students alone when no training is filed");
        d.Targets.Single(t => t.TargetCode == "Z6.03.04").Actual.ShouldBe(7m, "在校高级工以上学生");
        d.Targets.Single(t => t.TargetCode == "Z6.03.05").Actual.ShouldBe(3m, "预备技师与技师");
    }

    [Fact]
    public async Task Impossible_projects_and_reports_are_refused_with_a_clear_message_and_nothing_is_stored()
    {
        using var college = await fixture.App.LoginAsync("college");
        var before = (await college.GetJsonAsync<List<ProjectDto>>("/api/college/projects")).Count;

        var negative = await college.PostJsonAsync("/api/college/projects", Project("负面积（测试）", -5, 10, 10));
        var problem = await negative.ProblemAsync();
        (problem.Status, problem.Code, problem.Field).ShouldBe((400, BuildOutErrorCodes.PlannedAreaInvalid, "PlannedFloorArea"));
        problem.Detail.ShouldContain("计划建筑面积");
        problem.Detail.ShouldContain("-5");

        var backwards = await college.PostJsonAsync("/api/college/projects", Project("倒序工期（测试）", 100, 10, 10, "2024-01-01", "2025-01-01", "2024-05-01", "2024-04-30"));
        var late = await backwards.ProblemAsync();
        (late.Status, late.Code).ShouldBe((400, BuildOutErrorCodes.CompletionBeforeStart));
        late.Detail.ShouldContain("2024-04-30");
        (await college.GetJsonAsync<List<ProjectDto>>("/api/college/projects")).Count.ShouldBe(before, "nothing was stored");

        var project = await CreateAsync(college, Project("面积核对（测试）", 1000, 100, 100));
        var over = await college.PostJsonAsync($"/api/college/projects/{project.Id}/reports", Report("2024-06-30", 1100, 0, 10));
        var overProblem = await over.ProblemAsync();
        (overProblem.Status, overProblem.Code, overProblem.Field).ShouldBe((400, BuildOutErrorCodes.AreaOverPlanned, "FloorAreaCompleted"));
        overProblem.Detail.ShouldContain("110");
        var negativeArea = await (await college.PostJsonAsync($"/api/college/projects/{project.Id}/reports", Report("2024-06-30", -1, 0, 10))).ProblemAsync();
        negativeArea.Code.ShouldBe(BuildOutErrorCodes.AreaNegative);
        (await college.GetJsonAsync<ProjectDetailDto>($"/api/college/projects/{project.Id}")).Reports.ShouldBeEmpty();

        // English when the user chose English.
        using var english = await fixture.App.LoginAsync("college");
        english.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        (await (await english.PostJsonAsync($"/api/college/projects/{project.Id}/reports", Report("2024-06-30", 1100, 0, 10))).ProblemAsync())
            .Detail.ShouldContain("100% complete");
    }

    [Fact]
    public async Task Only_the_colleges_users_and_bureau_staff_see_or_change_the_colleges_data()
    {
        using var college = await fixture.App.LoginAsync("college");
        var project = await CreateAsync(college, Project("权限核对（测试）", 1000, 100, 100));
        var draft = await (await college.PostJsonAsync($"/api/college/projects/{project.Id}/reports", Report("2024-06-30", 100, 0, 10))).ReadAsync<ProgressReportDto>();

        using var other = await fixture.App.LoginAsync("filer");   // 遂平县职业教育中心, not the college
        (await other.GetAsync("/api/college/projects")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await other.GetAsync($"/api/college/projects/{project.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.GetAsync("/api/college/dashboard?year=2024")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await other.PostJsonAsync("/api/college/projects", Project("越权（测试）", 10, 1, 1))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await other.PostJsonAsync($"/api/college/projects/{project.Id}/reports", Report("2024-06-30", 100, 0, 10))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.PostAsync($"/api/college/reports/{draft.Id}/submit", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // The college's filer may not approve its own report; the bureau's analyst sees everything but approves nothing.
        (await college.PostAsync($"/api/college/reports/{draft.Id}/submit", null)).EnsureSuccessStatusCode();
        (await college.PostAsync($"/api/college/reports/{draft.Id}/approve", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        using var analyst = await fixture.App.LoginAsync("analyst");
        (await analyst.GetJsonAsync<List<ProjectDto>>($"/api/college/projects?school={College}")).ShouldContain(p => p.Id == project.Id);
        (await analyst.PostAsync($"/api/college/reports/{draft.Id}/approve", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        // Every change is in the history with who made it.
        var detail = await college.GetJsonAsync<ProjectDetailDto>($"/api/college/projects/{project.Id}");
        detail.Reports.Single().History.Select(h => (h.Action, h.UserName)).ShouldBe([(FilingAction.Uploaded, "college"), (FilingAction.Submitted, "college")]);
    }

    [Fact]
    public async Task Photos_attach_to_a_report_and_a_disguised_file_is_refused()
    {
        using var college = await fixture.App.LoginAsync("college");
        var project = await CreateAsync(college, Project("附件核对（测试）", 1000, 100, 100));
        var draft = await (await college.PostJsonAsync($"/api/college/projects/{project.Id}/reports", Report("2024-06-30", 100, 0, 10))).ReadAsync<ProgressReportDto>();

        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3];
        var stored = await (await college.PostAsync($"/api/college/reports/{draft.Id}/attachments?fileName=" + Uri.EscapeDataString("现场照片.png"),
            new ByteArrayContent(png))).ReadAsync<AttachmentDto>();
        stored.ContentType.ShouldBe("image/png");
        var download = await college.GetAsync($"/api/college/attachments/{stored.Id}");
        (await download.Content.ReadAsByteArrayAsync()).ShouldBe(png);

        var disguised = await college.PostAsync($"/api/college/reports/{draft.Id}/attachments?fileName=photo.png", new ByteArrayContent("MZ\u0090\0"u8.ToArray()));
        (await disguised.ProblemAsync()).Code.ShouldBe(BuildOutErrorCodes.AttachmentType);
        using var other = await fixture.App.LoginAsync("filer");
        (await other.GetAsync($"/api/college/attachments/{stored.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
