using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Zmd.Vocational.Filing.Contracts;
using Zmd.Vocational.TestKit;

namespace Zmd.Vocational.Benchmarks.Deadline;

/// <summary>What every virtual user shares: the log, the year, the end of the run, the think time.</summary>
internal sealed record DeadlineRun(RequestLog Log, int Year, long EndTimestamp, double ThinkSeconds, IReadOnlyList<string> TargetCodes)
{
    public string Y => Year.ToString(CultureInfo.InvariantCulture);

    public bool Over => System.Diagnostics.Stopwatch.GetTimestamp() >= EndTimestamp;

    /// <summary>A person reading the page before the next click: uniform between half and one and a half times the mean.</summary>
    public Task ThinkAsync(Random random) =>
        Task.Delay(TimeSpan.FromSeconds(ThinkSeconds * (0.5 + random.NextDouble())));
}

/// <summary>The people of the filing deadline, each a loop of what they do, with think time between steps: the school
/// filers fix and re-send their rosters and submit them, the analysts watch the dashboards, the approvers work the
/// status board. Each is one HttpClient with its own cookie (a separate signed-in user to the server).</summary>
internal static class VirtualUsers
{
    /// <summary>A school's filer: the checklist, their filings, a roster upload (teachers and students by turns) into the
    /// filing the bureau unlocked or returned, the filing's page, the submit, the school's dashboard.</summary>
    public static async Task FilerAsync(HttpClient client, FilerRole role, DeadlineRun run, int seed)
    {
        var random = new Random(seed);
        var log = run.Log;
        await Task.Delay(TimeSpan.FromSeconds(run.ThinkSeconds * random.NextDouble()));
        for (var turn = 0; !run.Over; turn++)
        {
            await log.SendAsync(client, RequestKind.Page, "filer  GET /Filing (checklist)", () => Get($"/Filing?year={run.Y}"));
            await run.ThinkAsync(random);
            var listed = await log.SendAsync(client, RequestKind.ApiRead, "filer  GET /api/filing/filings (own)",
                () => Get($"/api/filing/filings?year={run.Y}&school={role.SchoolCode}"), keepBody: true);
            var dataset = DeadlineCast.Datasets[turn % DeadlineCast.Datasets.Length];
            var filing = Parse<List<FilingDto>>(listed)?.FirstOrDefault(f => f.DatasetCode == dataset
                && f.State is FilingState.Draft or FilingState.Returned or FilingState.NotStarted);
            if (filing is not null && !run.Over)
            {
                await run.ThinkAsync(random);
                var csv = dataset == DeadlineCast.Datasets[0] ? role.Teachers : role.Students;
                var uploaded = await log.SendAsync(client, RequestKind.Upload, $"filer  POST upload {dataset}",
                    () => Upload($"/api/filing/{run.Y}/{role.SchoolCode}/{dataset}?fileName={dataset}-{turn}.csv", csv));
                await run.ThinkAsync(random);
                await log.SendAsync(client, RequestKind.Page, "filer  GET /Filing/Detail/{id}", () => Get($"/Filing/Detail/{filing.Id}"));
                if (uploaded?.Status == HttpStatusCode.OK)
                {
                    await run.ThinkAsync(random);
                    await log.SendAsync(client, RequestKind.Transition, "filer  POST submit", () => Post($"/api/filing/filings/{filing.Id}/submit", null));
                }
            }

            await run.ThinkAsync(random);
            await log.SendAsync(client, RequestKind.Page, "filer  GET /Monitoring/School (own dashboard)",
                () => Get($"/Monitoring/School/{role.SchoolCode}?year={run.Y}"));
            await run.ThinkAsync(random);
        }
    }

    /// <summary>An analyst: the city overview, a target's detail, the county figures, the overview's data.</summary>
    public static async Task AnalystAsync(HttpClient client, DeadlineRun run, int seed)
    {
        var random = new Random(seed);
        var log = run.Log;
        await Task.Delay(TimeSpan.FromSeconds(run.ThinkSeconds * random.NextDouble()));
        while (!run.Over)
        {
            await log.SendAsync(client, RequestKind.Page, "bureau GET /Monitoring (city overview)", () => Get($"/Monitoring?year={run.Y}"));
            await run.ThinkAsync(random);
            var code = run.TargetCodes[random.Next(run.TargetCodes.Count)];
            await log.SendAsync(client, RequestKind.Page, "bureau GET /Monitoring/Target/{code}", () => Get($"/Monitoring/Target/{code}?year={run.Y}"));
            await run.ThinkAsync(random);
            await log.SendAsync(client, RequestKind.ApiRead, "bureau GET /api/indicators (counties)", () => Get($"/api/indicators?year={run.Y}&scope=county"));
            await run.ThinkAsync(random);
            await log.SendAsync(client, RequestKind.ApiRead, "bureau GET /api/monitoring/overview", () => Get($"/api/monitoring/overview?year={run.Y}"));
            await run.ThinkAsync(random);
        }
    }

    /// <summary>An approver: the status board, the submitted filings of their share of the schools (the bureau splits the
    /// schools among its approvers, so two never review the same filing), one reviewed and approved or returned; later an approval they made is
    /// unlocked again for a correction, so the filers always have something to re-send.</summary>
    public static async Task ApproverAsync(HttpClient client, DeadlineRun run, int seed, Func<string, bool> isMine)
    {
        var random = new Random(seed);
        var log = run.Log;
        var approved = new Queue<Guid>();
        await Task.Delay(TimeSpan.FromSeconds(run.ThinkSeconds * random.NextDouble()));
        while (!run.Over)
        {
            await log.SendAsync(client, RequestKind.Page, "bureau GET /Filing/Board (status board)", () => Get($"/Filing/Board?year={run.Y}"));
            await run.ThinkAsync(random);
            var listed = await log.SendAsync(client, RequestKind.ApiRead, "bureau GET /api/filing/filings?state=Submitted",
                () => Get($"/api/filing/filings?year={run.Y}&state=Submitted"), keepBody: true);
            var submitted = Parse<List<FilingDto>>(listed)?.Where(f => isMine(f.SchoolCode)).ToList() ?? [];
            if (submitted.Count > 0 && !run.Over)
            {
                var filing = submitted[random.Next(submitted.Count)];
                await run.ThinkAsync(random);
                await log.SendAsync(client, RequestKind.Page, "bureau GET /Filing/Detail/{id} (review)", () => Get($"/Filing/Detail/{filing.Id}"));
                await run.ThinkAsync(random);
                // One in three goes back to the school with a comment; the others are approved.
                if (random.Next(3) == 0)
                {
                    await log.SendAsync(client, RequestKind.Transition, "bureau POST return",
                        () => Post($"/api/filing/filings/{filing.Id}/return", new ReviewInput("请核对后重新上传（压测）")));
                }
                else if ((await log.SendAsync(client, RequestKind.Transition, "bureau POST approve",
                             () => Post($"/api/filing/filings/{filing.Id}/approve", new ReviewInput("截止前审核通过（压测）"))))?.Status == HttpStatusCode.OK)
                {
                    approved.Enqueue(filing.Id);
                }
            }

            if (approved.Count > 2 && !run.Over)
            {
                await run.ThinkAsync(random);
                await log.SendAsync(client, RequestKind.Transition, "bureau POST unlock",
                    () => Post($"/api/filing/filings/{approved.Dequeue()}/unlock", new ReviewInput("学校申请更正（压测）")));
            }

            await run.ThinkAsync(random);
        }
    }

    private static HttpRequestMessage Get(string url) => new(HttpMethod.Get, url);

    private static HttpRequestMessage Post(string url, object? body) =>
        new(HttpMethod.Post, url) { Content = body is null ? null : JsonContent.Create(body, options: TestApp.Json) };

    private static HttpRequestMessage Upload(string url, byte[] csv)
    {
        var content = new ByteArrayContent(csv);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return new HttpRequestMessage(HttpMethod.Post, url) { Content = content };
    }

    private static T? Parse<T>((HttpStatusCode Status, string? Body)? response) where T : class =>
        response is { Status: HttpStatusCode.OK, Body: { } body } ? JsonSerializer.Deserialize<T>(body, TestApp.Json) : null;
}
