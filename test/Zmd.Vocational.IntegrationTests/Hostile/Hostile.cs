using System.Net;
using Zmd.Vocational.Filing.Contracts;
using Zmd.Vocational.TestKit;
using static Zmd.Vocational.IntegrationTests.Filing.FilingApi;

namespace Zmd.Vocational.IntegrationTests.Hostile;

/// <summary>What every hostile-input test checks after its request: the school's filing as it was, and the server
/// healthy (the health check reads the database) with a normal page still rendering.</summary>
internal static class Hostile
{
    /// <summary>The filing's state, version, row count and first rows, to compare before and after.</summary>
    public static async Task<string> SnapshotAsync(HttpClient client, string dataset = "students")
    {
        var filing = await FilingAsync(client, dataset);
        var preview = await client.GetStringAsync($"/api/filing/filings/{filing.Id}/preview?take=500");
        return $"{filing.State} v{filing.Version} {filing.RowCount} rows {preview}";
    }

    public static async Task AssertHealthyAsync(TestApp app, HttpClient signedIn)
    {
        using var anonymous = app.CreateClient();
        var health = await anonymous.GetAsync("/health");
        health.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await health.Content.ReadAsStringAsync()).ShouldContain("\"Healthy\"");

        var page = await signedIn.GetAsync($"/Filing?year={Year}&school={SchoolA}");
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await page.Content.ReadAsStringAsync()).ShouldContain("在校生名册");
    }

    /// <summary>The roster as rows of cells (RosterFiles writes no quotes), for the workbook versions of a case.</summary>
    public static List<IReadOnlyList<string?>> Rows(string csv) =>
        csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => (IReadOnlyList<string?>)l.TrimEnd('\r').Split(',')).ToList();

    public static string Csv(IEnumerable<IReadOnlyList<string?>> rows) => string.Concat(rows.Select(r => string.Join(',', r) + "\n"));

    /// <summary>The roster with one cell of one data row (1-based; the file's line n + 1) replaced.</summary>
    public static List<IReadOnlyList<string?>> WithCell(string csv, int dataRow, string header, string value)
    {
        var rows = Rows(csv);
        var column = rows[0].ToList().IndexOf(header);
        column.ShouldBeGreaterThanOrEqualTo(0, header);
        var row = rows[dataRow].ToArray();
        row[column] = value;
        rows[dataRow] = row;
        return rows;
    }

    public static async Task<ImportResultDto> RefusedRowsAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity, await response.Content.ReadAsStringAsync());
        var result = await response.BodyAsync<ImportResultDto>();
        result.Stored.ShouldBeFalse();
        result.Errors.ShouldNotBeEmpty();
        return result;
    }
}
