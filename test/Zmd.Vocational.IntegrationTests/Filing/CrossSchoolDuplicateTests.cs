using System.Net;
using System.Text.Json.Nodes;
using Zmd.Vocational.Core.Auditing;
using Zmd.Vocational.Filing.Contracts;
using Zmd.Vocational.Identity.Contracts;
using Zmd.Vocational.IntegrationTests.Security;
using Zmd.Vocational.TestKit;
using static Zmd.Vocational.IntegrationTests.Filing.FilingApi;

namespace Zmd.Vocational.IntegrationTests.Filing;

/// <summary>No existence oracle: an upload's answer never depends on what other schools filed. A student filed by two
/// schools is stored by both and found by the bureau alone (naming both schools and rows, resolved with a note, in the
/// audit log); an upload that clashes unusually often is in the security log and flagged to the bureau.</summary>
public sealed class CrossSchoolDuplicateTests(AppFixture fixture) : IClassFixture<AppFixture>, IAsyncLifetime
{
    /// <summary>驻马店职业技术学院, filer2's school: the "other school" whose students the attacker probes for.</summary>
    private const string OtherSchoolName = "驻马店职业技术学院";

    public async ValueTask InitializeAsync()
    {
        using var admin = await fixture.App.LoginAsync("admin");
        await OpenYearAsync(admin);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    /// <summary>Every ID number of one region and birth date, each sequence number with its check digit: the attack's
    /// file (1,000 rows, student numbers from <paramref name="first"/>).</summary>
    private static string Generated(string area, DateOnly birth, int first) =>
        RosterFiles.Students(1000, start: first, row: n => RosterFiles.StudentRow(n, RosterFiles.IdNumber(birth, n - first, area), born: birth));

    private static string Roster(params string[] rows) => RosterFiles.StudentHeader + "\n" + string.Join('\n', rows) + "\n";

    private static string Student(int n, string id, DateOnly birth) => RosterFiles.StudentRow(n, id, born: birth);

    private static string Masked(string id) => id[..6] + "********" + id[14..];

    /// <summary>An upload's JSON answer without what differs between any two uploads of the same school's dataset: when
    /// (the upload time, how long it took), and its version number and error-report id.</summary>
    private static async Task<string> NormalizedAsync(HttpResponseMessage response)
    {
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        json.Remove("seconds");
        json["errorReportId"] = json["errorReportId"] is null ? null : "(report)";
        if (json["filing"] is JsonObject filing)
        {
            filing.Remove("uploadedAt");
            filing.Remove("version");
        }

        return (int)response.StatusCode + " " + json.ToJsonString();
    }

    private static async Task<List<CrossSchoolDuplicateDto>> FindingsAsync(HttpClient bureau, string? school = null) =>
        (await bureau.GetJsonAsync<CrossSchoolDuplicatesDto>($"/api/filing/duplicates?year={Year}" + (school is null ? "" : "&school=" + school))).Findings.ToList();

    private async Task LoadOtherSchoolAsync(params string[] rows)
    {
        using var admin = await fixture.App.LoginAsync("admin");
        var loaded = await UploadAsync(admin, "students", RosterFiles.Utf8(Roster(rows)), SchoolB);
        loaded.StatusCode.ShouldBe(HttpStatusCode.OK, await loaded.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("cookie")]
    [InlineData("file-token")]
    public async Task The_enumeration_attack_gets_exactly_the_answer_of_the_same_file_with_no_real_number(string credential)
    {
        // A real student of the other school, born on a day of its own for each case (region 411726 is no other test's).
        var birth = credential == "cookie" ? new DateOnly(2007, 3, 5) : new DateOnly(2007, 4, 9);
        const string area = "411726";
        var real = RosterFiles.IdNumber(birth, 517, area);
        await LoadOtherSchoolAsync(Student(70_001, real, birth), Student(70_002, RosterFiles.IdNumber(birth.AddDays(40), 3, "411727"), birth.AddDays(40)));

        using var attacker = credential == "cookie"
            ? await fixture.App.LoginAsync("filer")
            : await ApiTokenScopeTests.TokenClientAsync(fixture.App, "filer", ApiTokenScopes.File);
        var attack = Generated(area, birth, 10_000);
        var control = Generated(area, birth.AddDays(1), 10_000);
        attack.ShouldContain(real);
        control.ShouldNotContain(real);

        async Task<(string Answer, string Filing, string Board, int Previewed)> UploadAndLookAsync(string csv)
        {
            var answer = await NormalizedAsync(await UploadAsync(attacker, "students", RosterFiles.Utf8(csv)));
            var filing = await FilingAsync(attacker, "students");
            var stored = JsonNode.Parse(await attacker.GetStringAsync($"/api/filing/filings/{filing.Id}"))!.AsObject();
            stored.Remove("uploadedAt");
            stored.Remove("version");
            var board = await attacker.GetStringAsync($"/api/filing/{Year}/board");
            var preview = await attacker.GetJsonAsync<FilingPreviewDto>($"/api/filing/filings/{filing.Id}/preview?take=1");
            return (answer, stored.ToJsonString(), board.Replace(filing.Id.ToString(), "", StringComparison.Ordinal), preview.Total);
        }

        using var admin = await fixture.App.LoginAsync("admin");
        using var approver = await fixture.App.LoginAsync("approver");
        var logged = $"school={SchoolA}; dataset=students; year={Year}; rows=1000; clashes=1; samePrefixRows=1000";
        async Task<int> LoggedAsync() => (await admin.GetJsonAsync<List<SecurityLogDto>>("/api/identity/security-log?take=1000"))
            .Count(e => e.Action == SecurityAction.UnusualCrossSchoolClashes && e.UserName == "filer" && e.Detail == logged);
        async Task<int> FlaggedAsync() => (await approver.GetJsonAsync<CrossSchoolDuplicatesDto>($"/api/filing/duplicates?year={Year}&school={SchoolA}"))
            .FlaggedUploads.Count(u => u.UserName == "filer" && u.Rows == 1000 && u.Clashes == 1 && u.SamePrefixRows == 1000 && u.SchoolName == "遂平县职业教育中心");

        var controlSeen = await UploadAndLookAsync(control);
        var (loggedBefore, flaggedBefore) = (await LoggedAsync(), await FlaggedAsync());
        var attackSeen = await UploadAndLookAsync(attack);

        attackSeen.Answer.ShouldBe(controlSeen.Answer);
        attackSeen.Answer.ShouldStartWith("200 ");
        attackSeen.Filing.ShouldBe(controlSeen.Filing);
        attackSeen.Board.ShouldBe(controlSeen.Board);
        (attackSeen.Previewed, controlSeen.Previewed).ShouldBe((1000, 1000), "the clashing row is stored like any other");
        (await FilingAsync(attacker, "students")).RowCount.ShouldBe(1000);

        // Refused files answer alike too (the old check listed the clashing rows even when the file had other errors).
        var valid = RosterFiles.IdNumber(birth.AddDays(200), 1, "411721");
        var broken = RosterFiles.StudentRow(99_999, valid[..17] + (valid[17] == '1' ? '2' : '1'), born: birth.AddDays(200));
        async Task<(string Answer, List<string> Report)> RefusedAsync(string csv)
        {
            var response = await UploadAsync(attacker, "students", RosterFiles.Utf8(csv + broken + "\n"));
            var id = (await response.BodyAsync<ImportResultDto>()).ErrorReportId;
            var answer = await NormalizedAsync(response);
            var (texts, _) = FormulaInjectionTests.ReadSheets(await attacker.GetByteArrayAsync($"/api/filing/reports/{id}"));
            // The report is the file itself plus its error column: all but the cells the two files differ in (the made-up
            // ID numbers and their birth dates).
            return (answer, texts.Where(t => !System.Text.RegularExpressions.Regex.IsMatch(t, @"^(\d{17}[\dX]|\d{4}-\d{2}-\d{2})$")).ToList());
        }

        var refusedControl = await RefusedAsync(control);
        var refusedAttack = await RefusedAsync(attack);
        refusedAttack.Answer.ShouldBe(refusedControl.Answer);
        refusedAttack.Answer.ShouldStartWith("422 ");
        refusedAttack.Answer.ShouldContain("\"errorCount\":1,");
        refusedAttack.Report.ShouldBe(refusedControl.Report);
        refusedAttack.Report.Count.ShouldBeGreaterThan(1000 * 6, "the report's other cells, compared");

        // The bureau sees the clash: both schools and both rows.
        var finding = (await FindingsAsync(approver, SchoolA)).Where(f => f.Found.RowNumber == "S010517" && f.Status == DuplicateStatus.Open).ShouldHaveSingleItem();
        finding.Value.ShouldBe(Masked(real), "the approver may not see ID numbers unmasked");
        finding.Status.ShouldBe(DuplicateStatus.Open);
        (finding.Found.SchoolCode, finding.Found.SchoolName, finding.Found.RowName).ShouldBe((SchoolA, "遂平县职业教育中心", "学生10517"));
        (finding.FiledFirst.SchoolCode, finding.FiledFirst.SchoolName, finding.FiledFirst.RowNumber, finding.FiledFirst.RowName)
            .ShouldBe((SchoolB, OtherSchoolName, "S070001", "学生70001"));
        finding.Found.FilingId.ShouldBe((await FilingAsync(approver, "students")).Id);
        finding.FiledFirst.FilingId.ShouldBe((await FilingAsync(approver, "students", SchoolB)).Id);

        // The security log records the upload (one clash among 1,000 numbers of one region and birth date), and the
        // bureau's page flags it.
        (await LoggedAsync()).ShouldBe(loggedBefore + 1);
        (await FlaggedAsync()).ShouldBe(flaggedBefore + 1);
    }

    [Fact]
    public async Task The_bureau_resolves_a_clash_only_with_a_note_and_the_resolution_is_in_the_audit_log()
    {
        var birth = new DateOnly(2006, 6, 1);
        var shared = RosterFiles.IdNumber(birth, 41, "411725");
        await LoadOtherSchoolAsync(Student(71_001, shared, birth));
        using var college = await fixture.App.LoginAsync("college");
        var upload = await UploadAsync(college, "students", RosterFiles.Utf8(Roster(Student(71_501, shared, birth))), "5141170001");
        upload.StatusCode.ShouldBe(HttpStatusCode.OK, await upload.Content.ReadAsStringAsync());

        using var admin = await fixture.App.LoginAsync("admin");
        var finding = (await FindingsAsync(admin)).Where(f => f.Value == shared).ShouldHaveSingleItem();
        (finding.Found.SchoolCode, finding.Found.RowNumber, finding.FiledFirst.SchoolCode, finding.FiledFirst.RowNumber)
            .ShouldBe(("5141170001", "S071501", SchoolB, "S071001"));

        using var approver = await fixture.App.LoginAsync("approver");
        var noNote = await approver.PostJsonAsync($"/api/filing/duplicates/{finding.Id}/resolve", new { note = "  " });
        noNote.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await noNote.ProblemAsync()).Code.ShouldBe(FilingErrorCodes.NoteRequired);
        (await FindingsAsync(admin)).Single(f => f.Id == finding.Id).Status.ShouldBe(DuplicateStatus.Open, "refused: nothing changed");

        using var analyst = await fixture.App.LoginAsync("analyst");
        (await FindingsAsync(analyst)).ShouldContain(f => f.Id == finding.Id, "analysts see the findings");
        (await analyst.PostJsonAsync($"/api/filing/duplicates/{finding.Id}/resolve", new { note = "x" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        const string note = "已核实：该生9月转入技师学院，已通知原学校更新名册。";
        var resolved = await (await approver.PostJsonAsync($"/api/filing/duplicates/{finding.Id}/resolve", new { note })).ReadAsync<CrossSchoolDuplicateDto>();
        (resolved.Status, resolved.ResolvedBy, resolved.ResolutionNote).ShouldBe((DuplicateStatus.Resolved, "approver", note));
        resolved.ResolvedAt.ShouldNotBeNull();
        var again = await approver.PostJsonAsync($"/api/filing/duplicates/{finding.Id}/resolve", new { note });
        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await again.ProblemAsync()).Code.ShouldBe(FilingErrorCodes.DuplicateNotOpen);

        var audit = await admin.GetJsonAsync<List<EntityChangeDto>>($"/api/audit-log?entityType=CrossSchoolDuplicate&entityId={finding.Id}");
        var resolution = audit.Where(c => c.Kind == EntityChangeKind.Updated).ShouldHaveSingleItem();
        resolution.UserName.ShouldBe("approver");
        resolution.Properties.ShouldContain(new PropertyChangeDto("Status", "Open", "Resolved"));
        resolution.Properties.ShouldContain(new PropertyChangeDto("ResolutionNote", null, note));
        resolution.Properties.ShouldContain(p => p.PropertyName == "ResolvedBy" && p.NewValue == "approver");
        var creation = audit.Where(c => c.Kind == EntityChangeKind.Created).ShouldHaveSingleItem();
        creation.Properties.ShouldContain(new PropertyChangeDto("Value", null, "***"), "the ID number is personal data, masked in the log");
        string.Join(" ", audit.SelectMany(c => c.Properties).Select(p => p.NewValue)).ShouldNotContain(shared);

        // The same file again: the resolved finding stands, no second one.
        (await UploadAsync(college, "students", RosterFiles.Utf8(Roster(Student(71_501, shared, birth))), "5141170001")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await FindingsAsync(admin)).Where(f => f.Value == shared).Select(f => f.Status).ShouldBe([DuplicateStatus.Resolved]);
    }

    [Fact]
    public async Task A_reupload_keeps_one_finding_and_a_later_upload_without_the_value_closes_it_from_either_side()
    {
        var birth = new DateOnly(2006, 7, 2);
        var shared = RosterFiles.IdNumber(birth, 88, "411725");
        var other = RosterFiles.IdNumber(birth.AddDays(3), 12, "411725");
        await LoadOtherSchoolAsync(Student(72_001, shared, birth));
        using var filer = await fixture.App.LoginAsync("filer");
        using var admin = await fixture.App.LoginAsync("admin");
        async Task UploadOwnAsync(params string[] rows) =>
            (await UploadAsync(filer, "students", RosterFiles.Utf8(Roster(rows)))).StatusCode.ShouldBe(HttpStatusCode.OK);
        async Task<List<CrossSchoolDuplicateDto>> OfSharedAsync() => (await FindingsAsync(admin)).Where(f => f.Value == shared).ToList();

        await UploadOwnAsync(Student(72_501, shared, birth), Student(72_502, other, birth.AddDays(3)));
        var first = (await OfSharedAsync()).ShouldHaveSingleItem();
        first.Found.RowNumber.ShouldBe("S072501");

        // Uploaded again, the student now under another number: the same finding, its row updated.
        await UploadOwnAsync(Student(72_601, shared, birth), Student(72_502, other, birth.AddDays(3)));
        var again = (await OfSharedAsync()).ShouldHaveSingleItem();
        (again.Id, again.Status, again.Found.RowNumber, again.Found.RowName).ShouldBe((first.Id, DuplicateStatus.Open, "S072601", "学生72601"));

        // Without the student: closed by that upload.
        await UploadOwnAsync(Student(72_502, other, birth.AddDays(3)));
        var closed = (await OfSharedAsync()).ShouldHaveSingleItem();
        (closed.Id, closed.Status).ShouldBe((first.Id, DuplicateStatus.Closed));
        closed.ClosedAt.ShouldNotBeNull();

        // Back again: a new finding (the closed one stays closed); then the other school drops the student and closes it.
        await UploadOwnAsync(Student(72_601, shared, birth));
        (await OfSharedAsync()).Select(f => f.Status).Order().ToList().ShouldBe([DuplicateStatus.Open, DuplicateStatus.Closed]);
        await LoadOtherSchoolAsync(Student(72_002, RosterFiles.IdNumber(birth.AddDays(9), 1, "411725"), birth.AddDays(9)));
        (await OfSharedAsync()).Select(f => f.Status).ShouldBe([DuplicateStatus.Closed, DuplicateStatus.Closed]);
    }

    [Fact]
    public async Task A_school_user_can_neither_see_nor_resolve_findings_and_no_page_of_theirs_shows_a_trace()
    {
        var birth = new DateOnly(2006, 8, 3);
        var shared = RosterFiles.IdNumber(birth, 7, "411725");
        await LoadOtherSchoolAsync(Student(73_001, shared, birth));
        using var filer = await fixture.App.LoginAsync("filer");
        (await UploadAsync(filer, "students", RosterFiles.Utf8(Roster(Student(73_501, shared, birth))))).StatusCode.ShouldBe(HttpStatusCode.OK);
        using var admin = await fixture.App.LoginAsync("admin");
        var finding = (await FindingsAsync(admin)).Single(f => f.Value == shared && f.Status == DuplicateStatus.Open);

        using var filer2 = await fixture.App.LoginAsync("filer2");
        using var token = await ApiTokenScopeTests.TokenClientAsync(fixture.App, "filer2", ApiTokenScopes.File);
        foreach (var school in new[] { filer, filer2, token })
        {
            (await school.GetAsync($"/api/filing/duplicates?year={Year}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
            (await school.PostJsonAsync($"/api/filing/duplicates/{finding.Id}/resolve", new { note = "不是重复" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        }

        foreach (var school in new[] { filer, filer2 })
        {
            var page = await school.GetAsync($"/Filing/Duplicates?year={Year}");
            page.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            page.Headers.Location!.AbsolutePath.ShouldBe("/Account/AccessDenied");
            var antiforgery = await school.AntiforgeryTokenAsync("/Filing");
            var post = await school.PostFormAsync($"/Filing/Duplicates?handler=Resolve&id={finding.Id}", ("__RequestVerificationToken", antiforgery), ("note", "不是重复"));
            post.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            post.Headers.Location!.AbsolutePath.ShouldBe("/Account/AccessDenied");
        }

        (await FindingsAsync(admin)).Single(f => f.Id == finding.Id).Status.ShouldBe(DuplicateStatus.Open, "nothing a school user did changed it");

        // Their own pages and answers: their filing, its detail, the checklist, the dashboard, the quality findings.
        var own = await FilingAsync(filer, "students");
        var seen = new List<string>
        {
            await filer.GetStringAsync("/"),
            await filer.GetStringAsync($"/Filing?year={Year}"),
            await filer.GetStringAsync($"/Filing/Detail/{own.Id}"),
            await filer.GetStringAsync($"/Monitoring/School?year={Year}&provisional=true"),
            await filer.GetStringAsync($"/api/filing/filings/{own.Id}"),
            await filer.GetStringAsync($"/api/filing/filings/{own.Id}/history"),
            await filer.GetStringAsync($"/api/quality?year={Year}"),
        };
        foreach (var text in seen)
        {
            text.ShouldNotContain(OtherSchoolName);
            text.ShouldNotContain(SchoolB);
            text.ShouldNotContain("跨校");
            text.ShouldNotContain("/Filing/Duplicates");
            text.ShouldNotContain("S073001");
        }

        // The bureau's own view of the same filing shows it.
        (await admin.GetStringAsync($"/Filing/Detail/{own.Id}")).ShouldContain(OtherSchoolName);
    }

    [Fact]
    public async Task An_upload_whose_rows_clash_often_is_in_the_security_log_and_one_clash_among_ordinary_rows_is_not()
    {
        // Ten students of the other school, born on ten different days: no run of one region and birth date.
        var births = Enumerable.Range(0, 10).Select(i => new DateOnly(2006, 9, 1).AddDays(i * 7)).ToList();
        var theirs = births.Select((b, i) => Student(74_001 + i, RosterFiles.IdNumber(b, 100 + i, "411725"), b)).ToArray();
        await LoadOtherSchoolAsync(theirs);
        using var filer = await fixture.App.LoginAsync("filer");
        var ours = Enumerable.Range(0, 10).Select(i => Student(74_501 + i, RosterFiles.IdNumber(births[i].AddDays(3), 200 + i, "411725"), births[i].AddDays(3)));
        var copied = births.Select((b, i) => Student(74_601 + i, RosterFiles.IdNumber(b, 100 + i, "411725"), b));
        (await UploadAsync(filer, "students", RosterFiles.Utf8(Roster([.. ours, .. copied])))).StatusCode.ShouldBe(HttpStatusCode.OK);

        using var admin = await fixture.App.LoginAsync("admin");
        var log = await admin.GetJsonAsync<List<SecurityLogDto>>("/api/identity/security-log");
        log.ShouldContain(e => e.Action == SecurityAction.UnusualCrossSchoolClashes && e.UserName == "filer"
            && e.Detail == $"school={SchoolA}; dataset=students; year={Year}; rows=20; clashes=10; samePrefixRows=1");
        var page = await (await fixture.App.LoginAsync("approver")).GetStringAsync($"/Filing/Duplicates?year={Year}&school={SchoolA}");
        page.ShouldContain("id=\"flagged-uploads\"");

        // One of the fifty rows is another school's student: a finding, nothing in the security log.
        var single = Enumerable.Range(0, 49).Select(i => Student(74_701 + i, RosterFiles.IdNumber(new DateOnly(2005, 1, 1).AddDays(i * 5), i, "411725"), new DateOnly(2005, 1, 1).AddDays(i * 5)))
            .Append(Student(74_801, RosterFiles.IdNumber(births[0], 100, "411725"), births[0]));
        (await UploadAsync(filer, "students", RosterFiles.Utf8(Roster([.. single])))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await FindingsAsync(admin)).ShouldContain(f => f.Found.RowNumber == "S074801" && f.Status == DuplicateStatus.Open);
        (await admin.GetJsonAsync<List<SecurityLogDto>>("/api/identity/security-log"))
            .ShouldNotContain(e => e.Action == SecurityAction.UnusualCrossSchoolClashes && e.Detail!.Contains("rows=50;", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_roster_of_several_pages_is_looked_up_to_its_last_row()
    {
        // Over four of the check's pages (5,000 rows each). ID numbers unique within the file and apart from other tests'
        // (counties 411722–411724; a county's birth days × sequences repeat after 9,000).
        const int rows = 20_100;
        static string Id(int n) => RosterFiles.IdNumber(new DateOnly(2008, 1, 1).AddDays(n % 900), n, "41172" + (2 + n / 9000));
        await LoadOtherSchoolAsync(RosterFiles.StudentRow(15_000, idOverride: Id(15_000)), RosterFiles.StudentRow(20_100, idOverride: Id(20_100)));

        using var college = await fixture.App.LoginAsync("college");
        var csv = RosterFiles.Students(rows, row: n => RosterFiles.StudentRow(n, idOverride: Id(n)));
        var result = await (await UploadAsync(college, "students", RosterFiles.Utf8(csv), "5141170001")).ReadAsync<ImportResultDto>();
        (result.Stored, result.RowCount, result.ErrorCount).ShouldBe((true, rows, 0));

        using var admin = await fixture.App.LoginAsync("admin");
        var found = (await FindingsAsync(admin, "5141170001")).Where(f => f.Status == DuplicateStatus.Open && f.FiledFirst.SchoolCode == SchoolB).ToList();
        found.Select(f => f.Found.RowNumber).Order(StringComparer.Ordinal).ToList().ShouldBe(["S015000", "S020100"], customMessage: "a row of the fourth page and the very last row");
    }

    [Fact]
    public async Task The_findings_page_lists_and_resolves_in_chinese_and_english_and_says_why_a_resolution_is_refused()
    {
        var birth = new DateOnly(2006, 10, 4);
        var shared = RosterFiles.IdNumber(birth, 5, "411725");
        await LoadOtherSchoolAsync(Student(75_001, shared, birth));
        using var filer = await fixture.App.LoginAsync("filer");
        (await UploadAsync(filer, "students", RosterFiles.Utf8(Roster(Student(75_501, shared, birth))))).StatusCode.ShouldBe(HttpStatusCode.OK);
        using var approver = await fixture.App.LoginAsync("approver");
        var finding = (await FindingsAsync(approver)).Single(f => f.Found.RowNumber == "S075501" && f.Status == DuplicateStatus.Open);

        var url = $"/Filing/Duplicates?year={Year}&school={SchoolA}";
        var zh = await approver.GetStringAsync(url);
        zh.ShouldContain("跨校重复学生");
        zh.ShouldContain(OtherSchoolName);
        zh.ShouldContain("S075001");
        zh.ShouldContain("S075501");
        zh.ShouldContain(Masked(shared));
        zh.ShouldNotContain(shared);
        var en = await approver.GetStringAsync(url + "&culture=en&ui-culture=en");
        en.ShouldContain("Cross-school duplicates");
        en.ShouldContain("Filed first by");

        // The filing's approval view shows it too.
        var detail = await approver.GetStringAsync($"/Filing/Detail/{(await FilingAsync(approver, "students")).Id}");
        detail.ShouldContain("id=\"filing-duplicates\"");
        detail.ShouldContain($"data-id=\"{finding.Id}\"");

        var antiforgery = await approver.AntiforgeryTokenAsync(url);
        var refused = await approver.PostFormAsync($"/Filing/Duplicates?handler=Resolve&id={finding.Id}",
            ("__RequestVerificationToken", antiforgery), ("year", Year.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("school", SchoolA), ("note", ""));
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("处理跨校重复记录时必须填写处理说明");

        var done = await approver.PostFormAsync($"/Filing/Duplicates?handler=Resolve&id={finding.Id}",
            ("__RequestVerificationToken", antiforgery), ("year", Year.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("school", SchoolA), ("note", "已电话核实"));
        done.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        done.Headers.Location!.ToString().ShouldContain("school=" + SchoolA);
        var after = (await FindingsAsync(approver)).Single(f => f.Id == finding.Id);
        (after.Status, after.ResolutionNote).ShouldBe((DuplicateStatus.Resolved, "已电话核实"));
        (await approver.GetStringAsync(url)).ShouldContain("已电话核实");
    }
}
