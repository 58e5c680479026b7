using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Zmd.Vocational.College.Contracts;
using Zmd.Vocational.College.Domain;
using Zmd.Vocational.Core.Seeding;
using Zmd.Vocational.Filing.Contracts;

namespace Zmd.Vocational.College.Seeding;

/// <summary>Demo only: three invented build-out projects of the technician college (marked 演示) with progress reports from
/// 2021 on, recorded, submitted and approved through the real service, so the college dashboard and the Z6.03.01/02 cards
/// show a trend; the latest report is left submitted for the approver to try. Off with the demo filings, and never over
/// real projects.</summary>
internal sealed class DemoBuildOutSeedContributor(DbContext db, IBuildOutService buildOut, IConfiguration configuration) : IDataSeedContributor
{
    private const string Note = "演示数据";

    /// <summary>After the demo filings and the city figures.</summary>
    public int Order => 115;

    private static readonly (string Name, decimal Area, int Places, decimal Budget, string Start, string End, string? ActualEnd,
        (string AsOf, decimal Area, int Places, decimal Spent)[] Reports)[] Projects =
    [
        ("实训大楼（演示）", 24000, 1200, 9600, "2021-03-01", "2023-12-31", "2024-03-31",
            [("2021-12-31", 5000, 0, 1800), ("2022-12-31", 14000, 0, 5200), ("2023-12-31", 22000, 600, 8600), ("2024-03-31", 24000, 1200, 9700)]),
        ("学生公寓（演示）", 18000, 1000, 5400, "2022-09-01", "2025-08-31", "2026-05-31",
            [("2023-06-30", 4000, 0, 1200), ("2024-06-30", 11000, 0, 3300), ("2025-06-30", 17000, 900, 5100), ("2026-05-31", 18000, 1000, 5350)]),
        ("高技能人才培训中心（演示）", 15000, 800, 6000, "2025-03-01", "2027-06-30", null,
            [("2025-12-31", 3000, 0, 1100), ("2026-09-30", 7500, 0, 2900)]),
    ];

    public async Task SeedAsync(DataSeedContext context, CancellationToken ct)
    {
        if (!context.IncludeDemoData || !configuration.GetValue("Seeding:DemoFilings", true) || await db.Set<BuildOutProject>().IgnoreQueryFilters().AnyAsync(ct))
        {
            return;
        }

        foreach (var p in Projects)
        {
            var input = new ProjectInput
            {
                Name = p.Name, PlannedFloorArea = p.Area, PlannedPlaces = p.Places, Budget = p.Budget, PlannedStart = DateOnly.Parse(p.Start),
                PlannedCompletion = DateOnly.Parse(p.End), ActualStart = DateOnly.Parse(p.Start).AddMonths(1), Note = Note,
            };
            var project = await buildOut.CreateAsync(input, null, ct);
            foreach (var (r, i) in p.Reports.Select((r, i) => (r, i)))
            {
                var report = await buildOut.RecordReportAsync(project.Id,
                    new ProgressReportInput { AsOf = DateOnly.Parse(r.AsOf), FloorAreaCompleted = r.Area, PlacesDelivered = r.Places, Spent = r.Spent, Note = Note }, ct);
                await buildOut.TransitionReportAsync(report.Id, FilingAction.Submitted, null, ct);
                var last = p.ActualEnd is null && i == p.Reports.Length - 1;
                if (!last)
                {
                    await buildOut.TransitionReportAsync(report.Id, FilingAction.Approved, "演示数据，已核对。", ct);
                }
            }

            if (p.ActualEnd is { } done)
            {
                input.ActualCompletion = DateOnly.Parse(done);
                await buildOut.UpdateAsync(project.Id, input, ct);
            }
        }
    }
}
