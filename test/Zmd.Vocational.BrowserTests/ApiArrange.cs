using System.Net.Http.Headers;
using System.Net.Http.Json;
using Zmd.Vocational.Filing.Contracts;
using Zmd.Vocational.TestKit;

namespace Zmd.Vocational.BrowserTests;

/// <summary>Data a journey needs but is not about, put in place through the HTTP API (as a school's own system or a
/// colleague would), so the browser steps stay the journey itself.</summary>
internal static class ApiArrange
{
    /// <summary>The bureau opens a school year for filing.</summary>
    public static async Task OpenPeriodAsync(TestApp app, int year)
    {
        using var admin = await app.LoginAsync("admin");
        var body = new StringContent($$"""{"year":{{year}},"deadline":"{{year + 1}}-06-30","isOpen":true}""", new MediaTypeHeaderValue("application/json"));
        (await admin.PostAsync("/api/filing/periods", body)).EnsureSuccessStatusCode();
    }

    /// <summary>A school's user uploads a roster (CSV) and submits it; returns the filing.</summary>
    public static async Task<FilingDto> SubmitAsync(TestApp app, string user, int year, string school, string dataset, string csv)
    {
        using var client = await app.LoginAsync(user);
        var body = new ByteArrayContent(RosterFiles.Utf8(csv));
        body.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        (await client.PostAsync($"/api/filing/{year}/{school}/{dataset}?fileName={dataset}.csv", body)).EnsureSuccessStatusCode();
        var filing = await FilingAsync(client, year, school, dataset);
        (await client.PostAsync($"/api/filing/filings/{filing.Id}/submit", null)).EnsureSuccessStatusCode();
        return await FilingAsync(client, year, school, dataset);
    }

    /// <summary>A filing as <paramref name="user"/> reads it through the API (the stored outcome of a journey).</summary>
    public static async Task<FilingDto> FilingAsync(TestApp app, string user, int year, string school, string dataset)
    {
        using var client = await app.LoginAsync(user);
        return await FilingAsync(client, year, school, dataset);
    }

    private static async Task<FilingDto> FilingAsync(HttpClient client, int year, string school, string dataset)
    {
        var filings = await client.GetFromJsonAsync<List<FilingDto>>($"/api/filing/filings?year={year}&school={school}", TestApp.Json);
        return filings.ShouldNotBeNull().Single(f => f.DatasetCode == dataset);
    }
}
