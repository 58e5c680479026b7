using System.Text;
using Zmd.Vocational.TestKit;
namespace Zmd.Vocational.ArchitectureTests;
public sealed class ScratchProbe
{
    [Fact]
    public async Task Probe()
    {
        await using var app = await TestApp.StartAsync(demo: false);
        using var client = app.CreateClient();
        var sb = new StringBuilder();
        var r1 = await client.GetAsync("/culture/en?returnUrl=/%5Cevil.example");
        sb.AppendLine($"culture backslash: {(int)r1.StatusCode} {r1.Headers.Location}");
        var r1b = await client.GetAsync("/culture/en?returnUrl=/Targets");
        sb.AppendLine($"culture ok: {(int)r1b.StatusCode} {r1b.Headers.Location}");
        using var content = new StringContent("x", Encoding.UTF8, "text/plain");
        var r2 = await client.PostAsync("/api/account/login", content);
        sb.AppendLine($"login text/plain: {(int)r2.StatusCode} {await r2.Content.ReadAsStringAsync()}");
        using var bad = new StringContent("{\"userName\": 5,", Encoding.UTF8, "application/json");
        var r4 = await client.PostAsync("/api/account/login", bad);
        sb.AppendLine($"login bad json: {(int)r4.StatusCode} {await r4.Content.ReadAsStringAsync()}");
        var r5 = await client.GetAsync("/api/schools/not-a-guid");
        sb.AppendLine($"schools bad id: {(int)r5.StatusCode} {await r5.Content.ReadAsStringAsync()}");
        var r6 = await client.GetAsync("/api/identity/security-log?take=abc");
        sb.AppendLine($"take abc anon: {(int)r6.StatusCode} {await r6.Content.ReadAsStringAsync()}");
        File.WriteAllText("/tmp/probe.txt", sb.ToString());
    }
}
