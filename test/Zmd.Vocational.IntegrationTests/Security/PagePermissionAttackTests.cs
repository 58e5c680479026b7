using System.Net;
using Zmd.Vocational.College.Contracts;
using Zmd.Vocational.Filing.Contracts;
using Zmd.Vocational.Targets.Contracts;
using Zmd.Vocational.TestKit;
using static Zmd.Vocational.IntegrationTests.Filing.FilingApi;

namespace Zmd.Vocational.IntegrationTests.Security;

/// <summary>The attacks of issue 14 through the pages, each with a valid form and anti-forgery token: an analyst approving
/// the city figures, creating and editing the college's projects and progress reports, storing a school's quality
/// explanation; an approver saving the city figures and submitting a school's draft (which they would then approve).
/// Each is refused like its API twin and changes no row; the same post by the user whose act it is works.</summary>
public sealed class PagePermissionAttackTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private const string College = "5141170001";
    private const string Unemployment = "city.unemployment-rate";

    private TestApp App => fixture.App;

    [Fact]
    public async Task An_analyst_cannot_approve_the_city_figures_through_the_page()
    {
        const int year = 2024;
        using var analyst = await App.LoginAsync("analyst");
        using var approver = await App.LoginAsync("approver");
        (await analyst.PutJsonAsync($"/api/city-data/{year}", new[] { new CityValueInput(Unemployment, 5.2m, "统计公报") })).EnsureSuccessStatusCode();
        (await analyst.PostJsonAsync($"/api/city-data/{year}/submit", new { })).EnsureSuccessStatusCode();
        var before = await PagePosts.SnapshotAsync(App.Database);

        using var attempt = await analyst.PostPageAsync($"/Monitoring/CityData?handler=Approve&year={year}", ("Comment", "自己批准"));
        await attempt.ShouldBeDeniedAsync(analyst, "an analyst approving city figures on the page");
        (await analyst.PostAsync($"/api/city-data/{year}/approve", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden, "as on the API");
        (await PagePosts.SnapshotAsync(App.Database)).ShouldBeUnchangedFrom(before);
        (await CitySheetAsync(analyst, year)).State.ShouldBe(FilingState.Submitted);

        // The approver's own act, through the button the page offers them, is taken.
        (await approver.GetStringAsync($"/Monitoring/CityData?year={year}"))
            .ShouldContain($"formaction=\"/Monitoring/CityData?year={year}&amp;handler=Approve\"");
        using var approved = await approver.PostPageAsync($"/Monitoring/CityData?handler=Approve&year={year}", ("Comment", "核对无误"));
        approved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        approved.Headers.Location!.OriginalString.ShouldStartWith("/Monitoring/CityData");
        var sheet = await CitySheetAsync(analyst, year);
        (sheet.State, sheet.ReviewComment).ShouldBe((FilingState.Approved, "核对无误"));
    }

    [Fact]
    public async Task An_approver_cannot_save_the_city_figures_through_the_page()
    {
        const int year = 2023;
        using var approver = await App.LoginAsync("approver");
        using var analyst = await App.LoginAsync("analyst");
        var before = await PagePosts.SnapshotAsync(App.Database);
        (string, string)[] figures = [($"Values[{Unemployment}]", "9.9"), ($"Notes[{Unemployment}]", "审核员自填")];

        using var attempt = await approver.PostPageAsync($"/Monitoring/CityData?handler=Save&year={year}", figures);
        await attempt.ShouldBeDeniedAsync(approver, "an approver saving city figures on the page");
        (await approver.PutJsonAsync($"/api/city-data/{year}", new[] { new CityValueInput(Unemployment, 9.9m, null) })).StatusCode
            .ShouldBe(HttpStatusCode.Forbidden, "as on the API");
        using var submit = await approver.PostPageAsync($"/Monitoring/CityData?handler=Submit&year={year}");
        await submit.ShouldBeDeniedAsync(approver, "an approver submitting city figures on the page");
        (await PagePosts.SnapshotAsync(App.Database)).ShouldBeUnchangedFrom(before);
        (await CitySheetAsync(approver, year)).Values.Single(v => v.Code == Unemployment).Value.ShouldBeNull();

        using var saved = await analyst.PostPageAsync($"/Monitoring/CityData?handler=Save&year={year}", figures);
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await CitySheetAsync(approver, year)).Values.Single(v => v.Code == Unemployment).Value.ShouldBe(9.9m, "the analyst's own act is taken");
    }

    [Fact]
    public async Task An_approver_cannot_submit_a_schools_draft_through_the_page_and_the_school_can()
    {
        using var admin = await App.LoginAsync("admin");
        using var filer = await App.LoginAsync("filer");
        using var approver = await App.LoginAsync("approver");
        await OpenYearAsync(admin);
        (await UploadAsync(filer, "students", RosterFiles.Utf8(RosterFiles.Students(20, 8001)))).EnsureSuccessStatusCode();
        var draft = await FilingAsync(filer, "students");
        draft.State.ShouldBe(FilingState.Draft);
        var before = await PagePosts.SnapshotAsync(App.Database);

        using var attempt = await approver.PostPageAsync($"/Filing?handler=Submit&id={draft.Id}");
        await attempt.ShouldBeDeniedAsync(approver, "an approver submitting a school's draft on the page");
        (await approver.PostAsync($"/api/filing/filings/{draft.Id}/submit", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden, "as on the API");
        (await PagePosts.SnapshotAsync(App.Database)).ShouldBeUnchangedFrom(before);
        (await FilingAsync(approver, "students")).State.ShouldBe(FilingState.Draft, "nothing the school did not submit can be approved");
        (await approver.PostAsync($"/api/filing/filings/{draft.Id}/approve", null)).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        using var submitted = await filer.PostPageAsync($"/Filing?handler=Submit&id={draft.Id}");
        submitted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await FilingAsync(approver, "students")).State.ShouldBe(FilingState.Submitted, "the school's own submission is taken");
    }

    [Fact]
    public async Task An_analyst_cannot_create_or_edit_the_colleges_projects_or_reports_through_the_pages()
    {
        using var college = await App.LoginAsync("college");
        using var analyst = await App.LoginAsync("analyst");
        var project = await (await college.PostJsonAsync("/api/college/projects", new
        {
            name = "实训楼（越权测试）", plannedFloorArea = 10000m, plannedPlaces = 500, budget = 2000m, plannedStart = "2023-03-01", plannedCompletion = "2025-12-31",
        })).ReadAsync<ProjectDto>();
        var before = await PagePosts.SnapshotAsync(App.Database);
        (string, string)[] newProject =
        [
            ("school", College), ("Project.Name", "分析员新建（越权）"), ("Project.PlannedFloorArea", "100"), ("Project.PlannedPlaces", "10"),
            ("Project.Budget", "10"), ("Project.PlannedStart", "2024-01-01"), ("Project.PlannedCompletion", "2024-12-31"),
        ];
        (string, string)[] edit =
        [
            ("Edit.Name", "分析员改名（越权）"), ("Edit.PlannedFloorArea", "1"), ("Edit.PlannedPlaces", "1"), ("Edit.Budget", "1"),
            ("Edit.PlannedStart", "2023-03-01"), ("Edit.PlannedCompletion", "2025-12-31"),
        ];
        (string, string)[] report =
        [
            ("Report.AsOf", "2024-06-30"), ("Report.FloorAreaCompleted", "5000"), ("Report.PlacesDelivered", "0"), ("Report.Spent", "800"),
            ("Report.Note", "分析员代填（越权）"),
        ];

        using (var created = await analyst.PostPageAsync("/College?handler=Create", newProject))
        {
            await created.ShouldBeDeniedAsync(analyst, "an analyst creating a college project on the page");
        }

        using (var edited = await analyst.PostPageAsync($"/College/Project/{project.Id}?handler=Update", edit))
        {
            await edited.ShouldBeDeniedAsync(analyst, "an analyst editing a college project on the page");
        }

        using (var reported = await analyst.PostPageAsync($"/College/Project/{project.Id}?handler=Report", report))
        {
            await reported.ShouldBeDeniedAsync(analyst, "an analyst recording a progress report on the page");
        }

        (await analyst.PostJsonAsync($"/api/college/projects?school={College}", new { name = "x" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden, "as on the API");
        (await PagePosts.SnapshotAsync(App.Database)).ShouldBeUnchangedFrom(before);
        var unchanged = await college.GetJsonAsync<ProjectDetailDto>($"/api/college/projects/{project.Id}");
        (unchanged.Project.Name, unchanged.Reports.Count).ShouldBe(("实训楼（越权测试）", 0));

        // The college's filer posting the very same forms is heard: the forms are right, only the user was wrong.
        using var own = await college.PostPageAsync($"/College/Project/{project.Id}?handler=Report", report);
        own.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        using var ownEdit = await college.PostPageAsync($"/College/Project/{project.Id}?handler=Update", edit);
        ownEdit.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var changed = await college.GetJsonAsync<ProjectDetailDto>($"/api/college/projects/{project.Id}");
        (changed.Project.Name, changed.Reports.Single().Note).ShouldBe(("分析员改名（越权）", "分析员代填（越权）"));
    }

    [Fact]
    public async Task An_analyst_cannot_store_a_quality_explanation_for_a_school_through_the_page()
    {
        using var analyst = await App.LoginAsync("analyst");
        using var filer = await App.LoginAsync("filer");
        // A year no other test of this class files for: an explanation is locked with a submitted roster, and the draft
        // test submits the school's roster of Year.
        const int year = Year - 1;
        (string, string)[] explanation = [("Rule", "Quality:EnrolmentJump"), ("Explanation", "分析员代学校说明（越权）")];
        var before = await PagePosts.SnapshotAsync(App.Database);

        using var attempt = await analyst.PostPageAsync($"/Monitoring/School/{SchoolA}?handler=Explain&year={year}", explanation);
        await attempt.ShouldBeDeniedAsync(analyst, "an analyst explaining a school's figures on the page");
        (await analyst.PostJsonAsync("/api/quality/explanations", new QualityExplanationInput(SchoolA, year, "Quality:EnrolmentJump", "x")))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden, "as on the API");
        (await PagePosts.SnapshotAsync(App.Database)).ShouldBeUnchangedFrom(before);

        using var own = await filer.PostPageAsync($"/Monitoring/School/{SchoolA}?handler=Explain&year={year}",
            ("Rule", "Quality:EnrolmentJump"), ("Explanation", "新校区启用，扩招一倍。"));
        own.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var stored = (await PagePosts.SnapshotAsync(App.Database))["TgtQualityExplanations"];
        stored.ShouldHaveSingleItem().ShouldContain("新校区启用，扩招一倍。", Case.Sensitive, "the school's own explanation is stored");
    }

    private static Task<CityDataSheetDto> CitySheetAsync(HttpClient client, int year) => client.GetJsonAsync<CityDataSheetDto>($"/api/city-data/{year}");
}
