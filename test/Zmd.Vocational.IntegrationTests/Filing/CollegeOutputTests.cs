using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using Zmd.Vocational.Filing.Contracts;
using Zmd.Vocational.Institutions.Contracts;
using Zmd.Vocational.Targets.Contracts;
using Zmd.Vocational.TestKit;
using static Zmd.Vocational.IntegrationTests.Filing.FilingApi;

namespace Zmd.Vocational.IntegrationTests.Filing;

/// <summary>The technician college's training output filed through Filing: each dataset stores its rows and yields the
/// measures computed here by hand; bad rows are refused with their row and column and nothing stored; and the datasets
/// belong to the college alone (another school neither sees, files nor misses them).</summary>
public sealed class CollegeOutputTests(AppFixture fixture) : IClassFixture<AppFixture>, IAsyncLifetime
{
    public const string College = "5141170001";

    private const string Output = "college-output";
    private const string Internships = "college-internships";
    private const string Studios = "college-studios";

    /// <summary>The college's partner enterprises of the year: the internships may name these three only.</summary>
    public static readonly string P1 = CreditCode("91411700MA40C0001");
    public static readonly string P2 = CreditCode("91411700MA40C0002");
    public static readonly string P3 = CreditCode("91411700MA40C0003");
    public static readonly string NotAPartner = CreditCode("91411700MA40C0009");

    public static readonly string Partners = $"""
        统一社会信用代码,企业名称,是否规模以上企业,合作方式,合作开始年份
        {P1},驻马店恒达机械制造有限公司,是,顶岗实习,2018
        {P2},驻马店华昌汽车销售服务有限公司,否,订单培养,2021
        {P3},驻马店天中电气设备有限公司,是,共建实训基地,
        """;

    // By hand: graduates 600 + 700 + 150 + 50 = 1500; certified 2300 + 2000 + 400 + 300 = 5000 (all 中级工 or above, so
    // also the new skilled workers); social training 4000 + 2500 + 600 + 400 = 7500; assessments 2600 + 2300 + 450 + 350 = 5700.
    public const string GoodOutput = """
        技能等级,毕业生人数,取得技能等级证书人数,社会培训人次,技能评价人次
        中级工,600,2300,4000,2600
        高级工,700,2000,2500,2300
        预备技师,150,400,600,450
        技师,50,300,400,350
        """;

    // By hand: 400 + 250 + 120 + 380 = 1150 person-times, of which at backbone enterprises (P1 twice, P3) 400 + 250 + 380 = 1030.
    public static readonly string GoodInternships = $"""
        统一社会信用代码,企业名称,是否市骨干企业,实习类型,专业代码,实习人次
        {P1},驻马店恒达机械制造有限公司,是,顶岗实习,660103,400
        {P1},驻马店恒达机械制造有限公司,是,专业实习,660103,250
        {P2},驻马店华昌汽车销售服务有限公司,否,顶岗实习,700206,120
        {P3},驻马店天中电气设备有限公司,是,专业实习,660302,380
        """;

    // Three studios, one of each level; 2027 is still within the 2026—2027 school year.
    public const string GoodStudios = """
        工作室名称,领衔大师,领域/专业,级别,设立年份
        张建国焊接技能大师工作室,张建国,焊接,国家级,2020
        李红梅数控加工技能大师工作室,李红梅,数控加工,省级,2023
        王志强汽车维修技能大师工作室,王志强,汽车维修,市级,2027
        """;

    public async ValueTask InitializeAsync()
    {
        using var admin = await fixture.App.LoginAsync("admin");
        await OpenYearAsync(admin);
        using var college = await fixture.App.LoginAsync("college");
        await Stored(college, "partner-enterprises", Partners);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    /// <summary>GB 32100-2015: the check character over the first 17.</summary>
    public static string CreditCode(string first17)
    {
        const string alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        var sum = 0;
        var weight = 1;
        foreach (var c in first17)
        {
            sum += alphabet.IndexOf(c, StringComparison.Ordinal) * weight;
            weight = weight * 3 % 31;
        }

        return first17 + alphabet[(31 - (sum % 31)) % 31];
    }

    public static async Task<ImportResultDto> Stored(HttpClient client, string dataset, string csv, string school = College, int year = Year)
    {
        var response = await UploadAsync(client, dataset, RosterFiles.Utf8(csv + "\n"), school, year: year);
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, dataset + ": " + text[..Math.Min(2000, text.Length)]);
        return await response.BodyAsync<ImportResultDto>();
    }

    private static async Task<ImportResultDto> Refused(HttpClient client, string dataset, string csv)
    {
        var response = await UploadAsync(client, dataset, RosterFiles.Utf8(csv + "\n"), College);
        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity, await response.Content.ReadAsStringAsync());
        var result = await response.BodyAsync<ImportResultDto>();
        result.Stored.ShouldBeFalse();
        return result;
    }

    private async Task<IReadOnlyDictionary<string, decimal>> Measures(string dataset)
    {
        using var scope = fixture.App.Services.CreateScope();
        var school = (await scope.ServiceProvider.GetRequiredService<ISchoolDirectory>().FindByCodeAsync(College))!;
        var source = scope.ServiceProvider.GetServices<IMeasureSource>().Single(s => s.Dataset == dataset);
        return await source.ComputeAsync(new FilingScope(school.Id, Year), CancellationToken.None);
    }

    [Fact]
    public async Task Each_dataset_stores_its_rows_and_yields_the_hand_computed_measures()
    {
        using var college = await fixture.App.LoginAsync("college");

        (await Stored(college, Output, GoodOutput)).RowCount.ShouldBe(4);
        var output = await Measures(Output);
        (output["col.graduates"], output["col.certified"], output["col.new-skilled"]).ShouldBe((1500m, 5000m, 5000m));
        (output["col.social-training"], output["col.assessments"]).ShouldBe((7500m, 5700m));
        (output["col.graduates.intermediate"], output["col.graduates.advanced"], output["col.graduates.pretechnician"], output["col.graduates.technician"])
            .ShouldBe((600m, 700m, 150m, 50m));
        (output["col.certified.intermediate"], output["col.certified.technician"]).ShouldBe((2300m, 300m));

        (await Stored(college, Internships, GoodInternships)).RowCount.ShouldBe(4);
        var internships = await Measures(Internships);
        (internships["col.internships"], internships["col.internships.backbone"]).ShouldBe((1150m, 1030m));

        (await Stored(college, Studios, GoodStudios)).RowCount.ShouldBe(3);
        var studios = await Measures(Studios);
        (studios["col.studios"], studios["col.studios.national"], studios["col.studios.provincial"], studios["col.studios.city"])
            .ShouldBe((3m, 1m, 1m, 1m));

        // The rows as stored, in the dataset's key order, through the filing's preview.
        var filing = await FilingAsync(college, Internships, College);
        (filing.State, filing.RowCount).ShouldBe((FilingState.Draft, 4));
        var preview = await college.GetJsonAsync<FilingPreviewDto>($"/api/filing/filings/{filing.Id}/preview");
        preview.Headers.ShouldBe(["统一社会信用代码", "企业名称", "是否市骨干企业", "实习类型", "专业代码", "实习人次"]);
        preview.Rows.Select(r => (r[0]!, r[3]!, r[5]!)).ShouldBe([(P1, "专业实习", "250"), (P1, "顶岗实习", "400"), (P2, "顶岗实习", "120"), (P3, "专业实习", "380")]);
    }

    [Fact]
    public async Task An_enterprise_the_college_did_not_file_as_a_partner_is_refused_with_row_and_column_and_the_draft_stays()
    {
        using var college = await fixture.App.LoginAsync("college");
        var before = await Stored(college, Internships, GoodInternships);

        var bad = await Refused(college, Internships, GoodInternships + $"\n{NotAPartner},驻马店某某有限公司,是,顶岗实习,660103,90");

        var error = bad.Errors.ShouldHaveSingleItem();
        (error.Row, error.Column, error.Value, error.Code).ShouldBe((6, "统一社会信用代码", NotAPartner, FilingErrorCodes.UnknownReference));
        error.Message.ShouldContain("合作企业");
        error.Message.ShouldContain(NotAPartner);
        var after = await FilingAsync(college, Internships, College);
        (after.Version, after.RowCount).ShouldBe((before.Filing!.Version, 4), "the refused file changed nothing");
        (await Measures(Internships))["col.internships"].ShouldBe(1150m);
    }

    [Fact]
    public async Task A_studio_established_after_the_school_year_is_refused()
    {
        using var college = await fixture.App.LoginAsync("college");

        var bad = await Refused(college, Studios, GoodStudios + "\n赵立新工业机器人技能大师工作室,赵立新,工业机器人,市级,2028");

        var error = bad.Errors.ShouldHaveSingleItem();
        (error.Row, error.Column, error.Code).ShouldBe((5, "设立年份", "College:StudioAfterYear"));
        error.Message.ShouldContain("2028");
        error.Message.ShouldContain("2026—2027");
    }

    [Fact]
    public async Task Negative_figures_impossible_figures_and_repeated_keys_are_refused_and_nothing_is_stored()
    {
        using var college = await fixture.App.LoginAsync("college");
        var before = await Stored(college, Output, GoodOutput);

        var output = await Refused(college, Output, """
            技能等级,毕业生人数,取得技能等级证书人数,社会培训人次,技能评价人次
            中级工,-5,100,0,200
            高级工,10,300,0,200
            高级工,10,0,0,0
            """);
        output.Errors.Select(e => (e.Row, e.Column, e.Code)).ShouldBe(
        [
            (2, "毕业生人数", FilingErrorCodes.OutOfRange),
            (3, "取得技能等级证书人数", "College:CertifiedExceedAssessments"),
            (4, "技能等级", FilingErrorCodes.DuplicateInFile),
        ], ignoreOrder: true);
        output.Errors.Single(e => e.Row == 3).Message.ShouldContain("300");
        (await FilingAsync(college, Output, College)).Version.ShouldBe(before.Filing!.Version);
        (await Measures(Output))["col.graduates"].ShouldBe(1500m);

        var internships = await Refused(college, Internships, $"""
            统一社会信用代码,企业名称,是否市骨干企业,实习类型,专业代码,实习人次
            {P1},驻马店恒达机械制造有限公司,是,顶岗实习,660103,0
            {P2},驻马店华昌汽车销售服务有限公司,否,顶岗实习,700206,-3
            {P2},驻马店华昌汽车销售服务有限公司,否,顶岗实习,700206,10
            {P2},驻马店华昌汽车销售服务有限公司,否,专业实习,700206,10
            """);
        internships.Errors.Select(e => (e.Row, e.Column, e.Code)).ShouldBe(
        [
            (2, "实习人次", FilingErrorCodes.OutOfRange),
            (3, "实习人次", FilingErrorCodes.OutOfRange),
            (4, "统一社会信用代码", FilingErrorCodes.DuplicateKeyInFile),
        ], ignoreOrder: true);
        internships.Errors.Single(e => e.Row == 4).Message.ShouldContain("第 3 行");
    }

    [Fact]
    public async Task Another_schools_filer_neither_sees_nor_files_the_college_datasets_and_they_are_not_missing_for_it()
    {
        using var filer = await fixture.App.LoginAsync("filer");
        using var college = await fixture.App.LoginAsync("college");
        string[] collegeOnly = [Output, Internships, Studios];

        (await filer.GetJsonAsync<List<DatasetDto>>("/api/filing/datasets")).Select(d => d.Code).ShouldNotContain(c => collegeOnly.Contains(c));
        var ofCollege = await college.GetJsonAsync<List<DatasetDto>>("/api/filing/datasets");
        ofCollege.Select(d => d.Code).ShouldContain(Output);
        ofCollege.Single(d => d.Code == Studios).SchoolTypes.ShouldBe([SchoolType.TechnicianCollege]);

        var checklist = await (await filer.GetAsync($"/Filing?year={Year}")).Content.ReadAsStringAsync();
        checklist.ShouldContain("教师名册");
        checklist.ShouldNotContain("技师学院培养培训成果");
        (await (await college.GetAsync($"/Filing?year={Year}")).Content.ReadAsStringAsync()).ShouldContain("技师学院培养培训成果");
        (await filer.GetAsync($"/Filing/Upload?year={Year}&school={SchoolA}&dataset={Output}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // Uploading anyway is refused with a message saying who files it, in Chinese and in English.
        var refused = await UploadAsync(filer, Output, RosterFiles.Utf8(GoodOutput + "\n"), SchoolA);
        var problem = await refused.ProblemAsync();
        (problem.Status, problem.Code).ShouldBe((400, FilingErrorCodes.NotApplicable));
        problem.Detail.ShouldBe("遂平县职业教育中心（中职）不填报“技师学院培养培训成果”：该数据集只由技师学院填报。");
        filer.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("en"));
        var english = await (await UploadAsync(filer, Studios, RosterFiles.Utf8(GoodStudios + "\n"), SchoolA)).ProblemAsync();
        english.Detail.ShouldContain("is filed by schools of type");
        (await filer.GetJsonAsync<List<FilingDto>>($"/api/filing/filings?year={Year}&school={SchoolA}")).ShouldNotContain(f => collegeOnly.Contains(f.DatasetCode));

        // The bureau's board: the college's datasets are columns, but only the college has cells for them.
        using var analyst = await fixture.App.LoginAsync("analyst");
        var board = await analyst.GetJsonAsync<StatusBoardDto>($"/api/filing/{Year}/board");
        board.Datasets.Select(d => d.Code).ShouldContain(Output);
        board.Rows.Single(r => r.SchoolCode == SchoolA).Cells.Select(c => c.DatasetCode).ShouldNotContain(c => collegeOnly.Contains(c));
        board.Rows.Single(r => r.SchoolCode == College).Cells.Select(c => c.DatasetCode).ShouldContain(Studios);
        var own = await filer.GetJsonAsync<StatusBoardDto>($"/api/filing/{Year}/board");
        own.Datasets.Select(d => d.Code).ShouldNotContain(c => collegeOnly.Contains(c), "a school user's board shows their school's datasets only");

        // Completeness counts every school for the teachers and the college alone for its datasets.
        var completeness = await analyst.GetJsonAsync<CompletenessDto>($"/api/monitoring/completeness?year={Year}");
        int Expected(DatasetCompletenessDto d) => d.Approved + d.Submitted + d.InProgress + d.NotStarted;
        Expected(completeness.Datasets.Single(d => d.Dataset == "teachers")).ShouldBe(board.Rows.Count);
        Expected(completeness.Datasets.Single(d => d.Dataset == Studios)).ShouldBe(1);
    }

    [Fact]
    public async Task A_filing_of_a_school_that_no_longer_files_the_dataset_cannot_move_on()
    {
        using var college = await fixture.App.LoginAsync("college");
        using var admin = await fixture.App.LoginAsync("admin");
        await Stored(college, Studios, GoodStudios);
        var filing = await FilingAsync(college, Studios, College);
        var school = (await admin.GetJsonAsync<List<SchoolDto>>("/api/schools")).Single(s => s.Code == College);
        object Input(SchoolType type) => new { school.Code, school.Name, Type = type, school.CountyCode, school.Ownership, school.IsActive };

        (await admin.PutJsonAsync($"/api/schools/{school.Id}", Input(SchoolType.SkilledWorkerSchool))).EnsureSuccessStatusCode();
        try
        {
            var problem = await (await college.PostAsync($"/api/filing/filings/{filing.Id}/submit", null)).ProblemAsync();
            problem.Code.ShouldBe(FilingErrorCodes.NotApplicable);
            problem.Detail.ShouldContain("技工院校");
            (await FilingAsync(college, Studios, College)).State.ShouldBe(FilingState.Draft);
        }
        finally
        {
            (await admin.PutJsonAsync($"/api/schools/{school.Id}", Input(SchoolType.TechnicianCollege))).EnsureSuccessStatusCode();
        }
    }
}
