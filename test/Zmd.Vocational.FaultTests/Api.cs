using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Zmd.Vocational.Core.Auditing;
using Zmd.Vocational.Filing.Contracts;
using Zmd.Vocational.TestKit;

namespace Zmd.Vocational.FaultTests;

/// <summary>Calls of the HTTP API the fault tests make, and what they read back to compare before and after a kill.</summary>
internal static class Api
{
    /// <summary>The school year being filed (its deadline is in the future).</summary>
    public const int Year = 2026;
    public const string School = "3141172801";

    public static async Task OpenYearAsync(HttpClient bureau) =>
        (await bureau.PostAsJsonAsync("/api/filing/periods", new { year = Year, deadline = $"{Year + 1}-06-30", isOpen = true }, TestApp.Json))
            .EnsureSuccessStatusCode();

    public static Task<HttpResponseMessage> UploadAsync(HttpClient client, string csv, string fileName = "roster.csv")
    {
        var body = new ByteArrayContent(RosterFiles.Utf8(csv));
        body.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return client.PostAsync($"/api/filing/{Year}/{School}/students?fileName={Uri.EscapeDataString(fileName)}", body);
    }

    public static async Task<T> ReadAsync<T>(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.ShouldBeTrue($"{(int)response.StatusCode} {response.RequestMessage?.RequestUri}: {text}");
        return JsonSerializer.Deserialize<T>(text, TestApp.Json)!;
    }

    public static async Task<T> GetJsonAsync<T>(this HttpClient client, string url) => await (await client.GetAsync(url)).ReadAsync<T>();

    public static async Task<FilingDto> StudentsFilingAsync(HttpClient client) =>
        (await client.GetJsonAsync<List<FilingDto>>($"/api/filing/filings?year={Year}&school={School}")).Single(f => f.DatasetCode == "students");

    /// <summary>The stored rows as the API shows them (up to 500, which covers every file of these tests but the CLI's).</summary>
    public static Task<FilingPreviewDto> RowsAsync(HttpClient client, Guid filingId) =>
        client.GetJsonAsync<FilingPreviewDto>($"/api/filing/filings/{filingId}/preview?take=500");

    public static string Checksum(IEnumerable<IEnumerable<string?>> rows) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', rows.Select(r => string.Join('\u001f', r))))));

    /// <summary>The school's indicators, official or with submitted data: every measure the school's filings yield.</summary>
    public static async Task<string> IndicatorsAsync(HttpClient client, bool provisional) =>
        await (await client.GetAsync($"/api/indicators?year={Year}&scope=school&place={School}&provisional={(provisional ? "true" : "false")}"))
            .Content.ReadAsStringAsync();

    /// <summary>The school's enrolment measure (all levels) as stored for monitoring, whatever the filing's state.</summary>
    public static async Task<decimal?> EnrolmentAsync(TestDatabase database) =>
        (await FaultDatabase.MeasuresAsync(database, Year)).TryGetValue("students/enr.students", out var value)
            ? decimal.Parse(value.Split(' ')[0], CultureInfo.InvariantCulture)
            : null;

    public static async Task<int> AuditEntriesAsync(HttpClient bureau, Guid filingId) =>
        (await bureau.GetJsonAsync<List<EntityChangeDto>>($"/api/audit-log?entityType=SchoolFiling&entityId={filingId}&take=1000")).Count;

    /// <summary>Students S(start)…: a valid roster of <paramref name="count"/> rows.</summary>
    public static string Roster(int count, int start) => RosterFiles.Students(count, start);

    public static IReadOnlyList<string> StudentNumbers(int count, int start) =>
        Enumerable.Range(start, count).Select(n => "S" + n.ToString("000000", CultureInfo.InvariantCulture)).ToList();
}
