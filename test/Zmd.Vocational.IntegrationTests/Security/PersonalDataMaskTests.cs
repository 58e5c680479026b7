using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Zmd.Vocational.Filing.Contracts;
using Zmd.Vocational.TestKit;
using static Zmd.Vocational.IntegrationTests.Filing.FilingApi;

namespace Zmd.Vocational.IntegrationTests.Security;

/// <summary>A masked ID number beside the same person's full birth date gives the number back (digits 7–14 are the birth
/// date). Swept over every place that shows a roster's rows — the filing page and its preview API, the upload's error
/// list (API and page) and both error reports — for a bureau analyst, the school's filer who uploaded the files and a
/// colleague of the same school, none of whom holds Filing.PersonalData.View: no full birth date of any person appears,
/// in any way of writing it, nor any full ID number (the uploader's own copy of their file aside). Whoever holds the
/// permission (admin) still sees everything.</summary>
public sealed partial class PersonalDataMaskTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private const string Colleague = "filer-colleague";
    private const string ColleaguePassword = "Zmd@2025Colleague";

    private sealed record Person(string Number, string IdNumber, DateOnly Birth, string BirthAsFiled, DateOnly? FiledBirth = null)
    {
        public string Gender => (IdNumber[16] - '0') % 2 == 1 ? "男" : "女";

        public string Line(string major = "610102") =>
            string.Join(',', Number, "学生" + Number, IdNumber, Gender, BirthAsFiled, major, "中职", "2024", "在籍", "");

        /// <summary>The dates that belong to this person: the one in the ID number and the one filed, if different.</summary>
        public IEnumerable<DateOnly> Dates => FiledBirth is { } filed ? [Birth, filed] : [Birth];
    }

    private static Person Of(string number, DateOnly birth, int sequence, string? asFiled = null) =>
        new(number, RosterFiles.IdNumber(birth, sequence), birth, asFiled ?? birth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    /// <summary>Single-digit months and days, so that every way of writing a date differs.</summary>
    private static readonly Person[] Roster =
    [
        Of("M001", new DateOnly(2008, 3, 7), 11),
        Of("M002", new DateOnly(2007, 11, 23), 12),
        Of("M003", new DateOnly(2009, 1, 5), 13, "2009年1月5日"),
        Of("M004", new DateOnly(2008, 12, 9), 14, "20081209"),
    ];

    /// <summary>Filed with a birth date that is not the one in the ID number: both are the person's, neither may show.</summary>
    private static readonly Person Mismatch = Of("M005", new DateOnly(2008, 6, 4), 15) with { BirthAsFiled = "2008-04-06", FiledBirth = new DateOnly(2008, 4, 6) };

    private static IEnumerable<Person> Everyone => [.. Roster, Mismatch];

    private static byte[] Csv(IEnumerable<string> lines) => RosterFiles.Utf8(RosterFiles.StudentHeader + "\n" + string.Join('\n', lines) + "\n");

    /// <summary>Every person with every fault the sweep needs: an unknown major (the whole row goes into the error
    /// report), a birth date that contradicts the ID number, an ID number given twice.</summary>
    private static byte[] Refused() => Csv(
    [
        Roster[0].Line(major: "999999"), Roster[1].Line(), Roster[2].Line(major: "999999"), Roster[3].Line(), Mismatch.Line(),
        (Roster[1] with { Number = "M006" }).Line(),
    ]);

    private static string[] Forms(DateOnly d) =>
    [
        .. new[] { "yyyy-MM-dd", "yyyy/MM/dd", "yyyy.MM.dd", "yyyyMMdd", "yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyy年M月d日", "yyyy年MM月dd日" }
            .Select(f => d.ToString(f, CultureInfo.InvariantCulture)),
    ];

    private static string Masked(string id) => id[..6] + "********" + id[14..];

    /// <summary>What a reader gets from a place, as text: JSON's string values, an HTML page decoded, an xlsx's XML parts.</summary>
    private static async Task<string> TextAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBeOneOf(HttpStatusCode.OK, HttpStatusCode.UnprocessableEntity);
        var type = response.Content.Headers.ContentType?.MediaType ?? "";
        var bytes = await response.Content.ReadAsByteArrayAsync();
        if (type.Contains("json", StringComparison.Ordinal))
        {
            using var doc = JsonDocument.Parse(bytes);
            var strings = new List<string>();
            Collect(doc.RootElement, strings);
            return string.Join('\n', strings);
        }

        if (type.Contains("spreadsheetml", StringComparison.Ordinal))
        {
            using var zip = new ZipArchive(new MemoryStream(bytes));
            var parts = new StringBuilder();
            foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal)))
            {
                using var reader = new StreamReader(entry.Open());
                parts.Append(WebUtility.HtmlDecode(await reader.ReadToEndAsync())).Append('\n');
            }

            return parts.ToString();
        }

        return WebUtility.HtmlDecode(Encoding.UTF8.GetString(bytes));
    }

    private static void Collect(JsonElement element, List<string> strings)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                strings.Add(element.GetString()!);
                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Collect(property.Value, strings);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, strings);
                }

                break;
        }
    }

    private static void ShowsNoBirthDate(string place, string text)
    {
        foreach (var person in Everyone)
        {
            text.ShouldNotContain(person.IdNumber, Case.Sensitive, $"{place}: {person.Number}'s full ID number");
            foreach (var form in person.Dates.SelectMany(Forms))
            {
                text.ShouldNotContain(form, Case.Sensitive, $"{place}: {person.Number}'s birth date as {form}");
            }
        }
    }

    /// <summary>The upload form posted as a browser does; the page with its error list.</summary>
    private static async Task<string> UploadPageAsync(HttpClient client, byte[] file)
    {
        var url = $"/Filing/Upload?year={Year}&school={SchoolA}&dataset=students";
        var token = await client.AntiforgeryTokenAsync(url);
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new("text/csv");
        using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" }, { content, "file", "名册.csv" } };
        var response = await client.PostAsync(url, form);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, "a refused file is shown on the page");
        return await response.Content.ReadAsStringAsync();
    }

    [GeneratedRegex("/api/filing/reports/([0-9a-f]{32})")]
    private static partial Regex ReportLink();

    [Fact]
    public async Task No_page_api_answer_or_download_gives_a_reader_without_the_permission_a_masked_number_with_its_birth_date()
    {
        using var admin = await fixture.App.LoginAsync("admin");
        await OpenYearAsync(admin);
        (await admin.PostJsonAsync("/api/identity/users", new { userName = Colleague, password = ColleaguePassword, displayName = "同校填报员", role = "school_filer", schoolCode = SchoolA }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        using var filer = await fixture.App.LoginAsync("filer");
        using var colleague = await fixture.App.LoginAsync(Colleague, ColleaguePassword);
        using var analyst = await fixture.App.LoginAsync("analyst");

        var stored = await UploadAsync(filer, "students", Csv(Roster.Select(p => p.Line())), SchoolA);
        stored.StatusCode.ShouldBe(HttpStatusCode.OK, await stored.Content.ReadAsStringAsync());
        var filing = (await FilingAsync(filer, "students", SchoolA)).Id;

        // The error lists: only the uploader sees them (the API's answer and the page).
        var refused = await UploadAsync(filer, "students", Refused(), SchoolA, "名册.csv");
        var refusedText = await TextAsync(refused);
        var apiReport = (await refused.BodyAsync<ImportResultDto>()).ErrorReportId.ShouldNotBeNull();
        var page = await UploadPageAsync(filer, Refused());
        var pageReport = ReportLink().Match(page).Groups[1].Value;
        pageReport.ShouldNotBeEmpty();
        ShowsNoBirthDate("the upload's error list (API)", refusedText);
        ShowsNoBirthDate("the upload's error list (page)", WebUtility.HtmlDecode(page));
        refusedText.ShouldContain("Enrolment:BirthDateMismatch");
        refusedText.ShouldContain(Masked(Roster[1].IdNumber), Case.Sensitive, "the duplicate ID number is named, masked");

        string[] places =
        [
            $"/Filing/Detail/{filing}", $"/api/filing/filings/{filing}/preview?take=500", $"/Filing?year={Year}&school={SchoolA}",
            $"/api/filing/reports/{apiReport}", $"/api/filing/reports/{pageReport}",
        ];
        foreach (var (name, reader) in new[] { ("analyst", analyst), ("colleague", colleague), ("uploader", filer) })
        {
            foreach (var place in places)
            {
                if (name == "uploader" && place.StartsWith("/api/filing/reports/", StringComparison.Ordinal))
                {
                    continue; // their own file, as they wrote it (below)
                }

                var text = await TextAsync(await reader.GetAsync(place));
                ShowsNoBirthDate($"{name} at {place}", text);
                if (!place.StartsWith("/Filing?", StringComparison.Ordinal))
                {
                    // Not vacuous: the place does show the people, masked.
                    text.ShouldContain(Masked(Roster[0].IdNumber), Case.Sensitive, $"{name} at {place}");
                    text.ShouldContain(Roster[0].Birth.Year + "-**-**", Case.Sensitive, $"{name} at {place}");
                }
            }
        }

        // Who may see personal data sees it all; the uploader gets their own file back as they wrote it.
        foreach (var place in places.Where(p => !p.StartsWith("/Filing?", StringComparison.Ordinal)))
        {
            var text = await TextAsync(await admin.GetAsync(place));
            text.ShouldContain(Roster[0].IdNumber, Case.Sensitive, place);
            text.ShouldContain("2008-03-07", Case.Sensitive, place);
        }

        var own = await TextAsync(await filer.GetAsync($"/api/filing/reports/{apiReport}"));
        own.ShouldContain(Roster[0].IdNumber);
        own.ShouldContain("2009年1月5日");
    }

    [Fact]
    public void Every_dataset_with_an_id_number_marks_its_birth_date_as_revealing_it()
    {
        using var scope = fixture.App.Services.CreateScope();
        var handlers = scope.ServiceProvider.GetServices<IDatasetHandler>().Select(h => h.Definition).ToList();
        handlers.ShouldContain(d => d.Code == "students");
        foreach (var dataset in handlers.Where(d => d.Columns.Any(c => c.Type == ColumnType.IdNumber)))
        {
            foreach (var column in dataset.Columns.Where(c => c.HeaderZh.Contains("出生", StringComparison.Ordinal) || c.Key.Contains("Birth", StringComparison.Ordinal)))
            {
                column.RevealsIdNumber.ShouldBeTrue($"{dataset.Code}.{column.Key} gives the ID number's digits 7–14 back");
            }
        }

        handlers.Single(d => d.Code == "students").Columns.Count(c => c.RevealsIdNumber).ShouldBe(1);
    }
}
