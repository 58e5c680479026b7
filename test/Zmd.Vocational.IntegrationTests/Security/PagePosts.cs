using System.Net;
using Zmd.Vocational.IntegrationTests.Operations;
using Zmd.Vocational.TestKit;

namespace Zmd.Vocational.IntegrationTests.Security;

/// <summary>Posting a page handler's form as a signed-in user (with a valid anti-forgery token, as a browser would), and
/// what a refusal must look like.</summary>
internal static class PagePosts
{
    public static async Task<HttpResponseMessage> PostPageAsync(this HttpClient client, string url, params (string Name, string Value)[] fields)
    {
        // The token belongs to the user's session, not to one form: the home page's sign-out form gives one to everybody.
        var token = await client.AntiforgeryTokenAsync("/");
        return await client.PostFormAsync(url, [.. fields, ("__RequestVerificationToken", token)]);
    }

    /// <summary>A page's refusal: the redirect to the access-denied page (as for a page the user may not open), which
    /// answers 403 with an HTML page, not JSON.</summary>
    public static async Task ShouldBeDeniedAsync(this HttpResponseMessage response, HttpClient client, string what)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, what);
        var location = response.Headers.Location!;
        location.AbsolutePath.ShouldBe("/Account/AccessDenied", what);

        using var denied = await client.GetAsync(location);
        denied.StatusCode.ShouldBe(HttpStatusCode.Forbidden, what);
        denied.Content.Headers.ContentType?.MediaType.ShouldBe("text/html", what);
        (await denied.Content.ReadAsStringAsync()).ShouldContain("id=\"access-denied\"", Case.Sensitive, what);
    }

    /// <summary>Every row of every table, to show that a refused request changed nothing at all (data, data change
    /// log, security log).</summary>
    public static async Task<Dictionary<string, List<string>>> SnapshotAsync(TestDatabase database)
    {
        var snapshot = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var table in (await DatabaseDump.RowCountsAsync(database)).Keys)
        {
            snapshot[table] = await DatabaseDump.RowsAsync(database, table);
        }

        return snapshot;
    }

    public static void ShouldBeUnchangedFrom(this Dictionary<string, List<string>> after, Dictionary<string, List<string>> before)
    {
        after.Keys.ShouldBe(before.Keys);
        foreach (var (table, rows) in before)
        {
            after[table].ShouldBe(rows, $"table {table} changed");
        }
    }
}
