using System.Text.RegularExpressions;

namespace Zmd.Vocational.IntegrationTests.Security;

/// <summary>Posting the application's HTML forms the way a browser does: the anti-forgery token comes from the page
/// (and its cookie from the client's cookie jar).</summary>
internal static partial class Forms
{
    public static async Task<string> AntiforgeryTokenAsync(this HttpClient client, string url)
    {
        var html = await (await client.GetAsync(url)).EnsureSuccessStatusCode().Content.ReadAsStringAsync();
        var match = TokenField().Match(html);
        match.Success.ShouldBeTrue($"{url} has no anti-forgery token");
        return match.Groups[1].Value;
    }

    public static Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string url, params (string Name, string Value)[] fields) =>
        client.PostAsync(url, new FormUrlEncodedContent(fields.Select(f => KeyValuePair.Create(f.Name, f.Value))));

    /// <summary>Every Set-Cookie header of a response (read from the headers, whatever the client's cookie jar keeps).</summary>
    public static IReadOnlyList<string> SetCookies(this HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? values.ToList() : [];

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
