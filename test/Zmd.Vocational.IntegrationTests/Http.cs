using System.Net.Http.Json;
using System.Text.Json;
using Zmd.Vocational.TestKit;

namespace Zmd.Vocational.IntegrationTests;

/// <summary>Small helpers to read JSON answers and RFC 7807 problem details.</summary>
internal static class Http
{
    public static async Task<T> ReadAsync<T>(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{(int)response.StatusCode}: {text}");
        }

        return JsonSerializer.Deserialize<T>(text, TestApp.Json)!;
    }

    /// <summary>The JSON body whatever the status (e.g. the result of a refused upload, sent with 422).</summary>
    public static async Task<T> BodyAsync<T>(this HttpResponseMessage response) =>
        JsonSerializer.Deserialize<T>(await response.Content.ReadAsStringAsync(), TestApp.Json)!;

    public static async Task<T> GetJsonAsync<T>(this HttpClient client, string url) => await (await client.GetAsync(url)).ReadAsync<T>();

    public static async Task<Problem> ProblemAsync(this HttpResponseMessage response)
    {
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = doc.RootElement;
        return new Problem(
            (int)response.StatusCode,
            root.GetProperty("code").GetString()!,
            root.GetProperty("detail").GetString()!,
            root.TryGetProperty("field", out var field) ? field.GetString() : null);
    }

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string url, object body) => client.PostAsJsonAsync(url, body, TestApp.Json);

    public static Task<HttpResponseMessage> PutJsonAsync(this HttpClient client, string url, object body) => client.PutAsJsonAsync(url, body, TestApp.Json);
}

internal sealed record Problem(int Status, string Code, string Detail, string? Field);
