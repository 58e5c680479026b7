using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Zmd.Vocational.Filing.Contracts;
using static Zmd.Vocational.FaultTests.Api;

namespace Zmd.Vocational.FaultTests;

/// <summary>Two filers of the same school upload two different rosters of the same dataset at the same moment, round
/// after round: the stored draft is always exactly one of the two files (never a mix, never both), the filing's version
/// and history count every accepted upload once, the measures match the stored rows, and every request is answered with
/// 200 or a clear conflict (never a 500).</summary>
public sealed class ConcurrentUploadTests
{
    private const int Rounds = 4;

    [Theory]
    [InlineData(FaultDatabase.Sqlite)]
    [InlineData(FaultDatabase.PostgreSql)]
    public async Task Simultaneous_uploads_of_one_dataset_leave_exactly_one_of_the_files(string provider)
    {
        await using var database = await FaultDatabase.CreateAsync(provider);
        await using var app = await AppProcess.StartAsync(database);
        using var admin = await app.LoginAsync("admin");
        await OpenYearAsync(admin);
        (await admin.PostAsJsonAsync("/api/identity/users", new
        {
            userName = "filer3", password = "Zmd@2025fault", displayName = "第二填报员", role = "school_filer", schoolCode = School,
        })).StatusCode.ShouldBe(HttpStatusCode.Created);
        using var first = await app.LoginAsync("filer");
        using var second = await app.LoginAsync("filer3", "Zmd@2025fault");

        var accepted = 0;
        for (var round = 1; round <= Rounds; round++)
        {
            // Different sizes and student numbers, so that a mix or a sum of the two could not pass for either.
            var a = (Count: 150 + round, Start: 10_000 * round);
            var b = (Count: 90 + round, Start: 10_000 * round + 5_000);
            var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var uploads = new[]
            {
                Task.Run(async () => { await gate.Task; return await UploadAsync(first, Roster(a.Count, a.Start), "a.csv"); }),
                Task.Run(async () => { await gate.Task; return await UploadAsync(second, Roster(b.Count, b.Start), "b.csv"); }),
            };
            gate.SetResult();
            var responses = await Task.WhenAll(uploads);
            foreach (var response in responses)
            {
                var body = await response.Content.ReadAsStringAsync();
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    accepted++;
                    continue;
                }

                // Anything else must be a conflict the filer can read (and try again), never a server error.
                response.StatusCode.ShouldBe(HttpStatusCode.Conflict, $"round {round}: {body}");
                ((string?)JsonNode.Parse(body)!["detail"]).ShouldNotBeNullOrWhiteSpace();
            }

            var filing = await StudentsFilingAsync(admin);
            filing.Version.ShouldBe(accepted, $"round {round}: one version per accepted upload");
            var history = await admin.GetJsonAsync<List<FilingEventDto>>($"/api/filing/filings/{filing.Id}/history");
            history.Count(e => e.Action == FilingAction.Uploaded).ShouldBe(accepted);
            history.Select(e => e.Version).ShouldBeUnique();

            var stored = (await RowsAsync(admin, filing.Id)).Rows.Select(r => r[0]!).Order(StringComparer.Ordinal).ToList();
            stored.Count.ShouldBe(filing.RowCount);
            var isA = stored.SequenceEqual(StudentNumbers(a.Count, a.Start));
            var isB = stored.SequenceEqual(StudentNumbers(b.Count, b.Start));
            (isA || isB).ShouldBeTrue($"round {round}: the draft ({stored.Count} rows) must be exactly file a or file b");
            var last = history.OrderBy(e => e.Version).Last();
            last.FileName.ShouldBe(isA ? "a.csv" : "b.csv", "the latest version in the history is the file that is stored");
            last.RowCount.ShouldBe(stored.Count);
            (await EnrolmentAsync(database)).ShouldBe(stored.Count, "the measures are those of the stored rows");
        }

        accepted.ShouldBeGreaterThanOrEqualTo(Rounds);
    }
}
