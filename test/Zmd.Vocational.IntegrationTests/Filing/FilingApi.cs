using System.Net.Http.Headers;
using Zmd.Vocational.Filing.Contracts;

namespace Zmd.Vocational.IntegrationTests.Filing;

/// <summary>Calls of the filing API used by the tests.</summary>
internal static class FilingApi
{
    /// <summary>The school year being filed now (2026—2027; its deadline is in the future).</summary>
    public const int Year = 2026;
    public const string SchoolA = "3141172801";
    public const string SchoolB = "4141170001";

    public static async Task OpenYearAsync(HttpClient bureau, int year = Year, DateOnly? deadline = null) =>
        (await bureau.PostJsonAsync("/api/filing/periods", new { year, deadline = (deadline ?? new DateOnly(year + 1, 6, 30)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), isOpen = true }))
            .EnsureSuccessStatusCode();

    public static Task<HttpResponseMessage> UploadAsync(HttpClient client, string dataset, byte[] content, string school = SchoolA, string fileName = "roster.csv", int year = Year)
    {
        var body = new ByteArrayContent(content);
        body.Headers.ContentType = new MediaTypeHeaderValue(fileName.EndsWith(".xlsx", StringComparison.Ordinal)
            ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv");
        return client.PostAsync($"/api/filing/{year}/{school}/{dataset}?fileName={Uri.EscapeDataString(fileName)}", body);
    }

    public static async Task<FilingDto> FilingAsync(HttpClient client, string dataset, string school = SchoolA, int year = Year) =>
        (await client.GetJsonAsync<List<FilingDto>>($"/api/filing/filings?year={year}&school={school}")).Single(f => f.DatasetCode == dataset);
}
