using Zmd.Vocational.College.Contracts;
using Zmd.Vocational.College.Domain;
using Zmd.Vocational.Filing.Contracts;

namespace Zmd.Vocational.College.Application;

/// <summary>Where a project stands by its latest approved report, and its flags. Pure.</summary>
internal static class BuildOutStanding
{
    public static decimal? Percent(decimal part, decimal whole) =>
        whole <= 0 ? null : Math.Round(part * 100m / whole, 1, MidpointRounding.AwayFromZero);

    /// <summary>Late: finished after the planned completion, or not finished and the planned completion has passed.
    /// Over budget: the latest approved report spent more than the budget.</summary>
    public static ProjectStandingDto Of(BuildOutProject project, IEnumerable<ProgressReport> reports, DateOnly today)
    {
        var latest = reports.Where(r => r.ProjectId == project.Id && r.State == FilingState.Approved)
            .OrderByDescending(r => r.AsOf).ThenByDescending(r => r.CreatedAt).FirstOrDefault();
        var finished = project.ActualCompletion is not null;
        var late = project.ActualCompletion is { } done ? done > project.PlannedCompletion : today > project.PlannedCompletion;
        var area = latest?.FloorAreaCompleted ?? 0;
        var spent = latest?.Spent ?? 0;
        return new ProjectStandingDto(area, latest?.PlacesDelivered ?? 0, spent, Percent(area, project.PlannedFloorArea), finished, late,
            spent > project.Budget, latest?.AsOf);
    }

    /// <summary>The school year a date falls in (1 Sep – 31 Aug), named by the year it starts.</summary>
    public static int SchoolYearOf(DateOnly date) => date.Month >= 9 ? date.Year : date.Year - 1;

    /// <summary>The last day of school year <paramref name="year"/>.</summary>
    public static DateOnly EndOf(int year) => new(year + 1, 8, 31);
}
