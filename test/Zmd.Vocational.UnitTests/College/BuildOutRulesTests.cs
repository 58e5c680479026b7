using Zmd.Vocational.College.Application;
using Zmd.Vocational.College.Contracts;
using Zmd.Vocational.College.Domain;
using Zmd.Vocational.Core.Errors;
using Zmd.Vocational.Filing.Contracts;

namespace Zmd.Vocational.UnitTests.College;

/// <summary>The checks of a build-out project and its progress reports, and how a project stands, by hand.</summary>
public sealed class BuildOutRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    private static ProjectInput Input(decimal area = 10000, int places = 500, decimal budget = 2000, string start = "2024-03-01", string end = "2025-12-31",
        string? actualStart = null, string? actualEnd = null) => new()
    {
        Name = "实训楼", PlannedFloorArea = area, PlannedPlaces = places, Budget = budget, PlannedStart = DateOnly.Parse(start),
        PlannedCompletion = DateOnly.Parse(end), ActualStart = actualStart is null ? null : DateOnly.Parse(actualStart),
        ActualCompletion = actualEnd is null ? null : DateOnly.Parse(actualEnd),
    };

    private static BuildOutProject Project(ProjectInput? input = null) => BuildOutRules.Apply(input ?? Input(), new BuildOutProject());

    private static ProgressReportInput Report(decimal area, int places = 0, decimal spent = 0, string asOf = "2025-06-30") =>
        new() { AsOf = DateOnly.Parse(asOf), FloorAreaCompleted = area, PlacesDelivered = places, Spent = spent };

    private static BusinessException Refused(Action action) => Should.Throw<BusinessException>(action);

    [Fact]
    public void A_sound_project_is_taken_as_given()
    {
        var project = Project(Input(actualStart: "2024-04-01", actualEnd: "2025-11-30"));
        (project.PlannedFloorArea, project.PlannedPlaces, project.Budget, project.ActualCompletion).ShouldBe((10000m, 500, 2000m, new DateOnly(2025, 11, 30)));
    }

    [Theory]
    [InlineData(-1, BuildOutErrorCodes.PlannedAreaInvalid, "PlannedFloorArea")]
    [InlineData(0, BuildOutErrorCodes.PlannedAreaInvalid, "PlannedFloorArea")]
    public void A_floor_area_not_above_zero_is_refused(decimal area, string code, string field)
    {
        var error = Refused(() => Project(Input(area: area)));
        (error.Code, error.Field, error.Args["value"]).ShouldBe((code, field, (object)area));
    }

    [Fact]
    public void Completion_before_start_is_refused_planned_or_actual()
    {
        Refused(() => Project(Input(start: "2025-01-01", end: "2024-12-31"))).Code.ShouldBe(BuildOutErrorCodes.PlannedCompletionBeforeStart);
        var actual = Refused(() => Project(Input(actualStart: "2024-05-01", actualEnd: "2024-04-30")));
        (actual.Code, actual.Args["completion"], actual.Args["start"]).ShouldBe((BuildOutErrorCodes.CompletionBeforeStart, (object)"2024-04-30", (object)"2024-05-01"));
        Refused(() => Project(Input(actualEnd: "2025-01-01"))).Code.ShouldBe(BuildOutErrorCodes.CompletionWithoutStart);
        Refused(() => Project(Input(budget: -0.01m))).Code.ShouldBe(BuildOutErrorCodes.BudgetInvalid);
    }

    [Fact]
    public void A_report_of_110_percent_is_refused_with_the_percentage_and_100_percent_is_accepted()
    {
        var project = Project();
        var error = Refused(() => BuildOutRules.Apply(Report(11000), project, Today, new ProgressReport()));
        (error.Code, error.Args["percent"], error.Args["planned"]).ShouldBe((BuildOutErrorCodes.AreaOverPlanned, (object)110.0m, (object)10000m));
        BuildOutRules.Apply(Report(10000, 500), project, Today, new ProgressReport()).FloorAreaCompleted.ShouldBe(10000m);
    }

    [Fact]
    public void Negative_figures_future_dates_and_dates_before_the_start_are_refused()
    {
        var project = Project();
        Refused(() => BuildOutRules.Apply(Report(-1), project, Today, new ProgressReport())).Code.ShouldBe(BuildOutErrorCodes.AreaNegative);
        Refused(() => BuildOutRules.Apply(Report(1, places: -1), project, Today, new ProgressReport())).Code.ShouldBe(BuildOutErrorCodes.PlacesNegative);
        Refused(() => BuildOutRules.Apply(Report(1, places: 501), project, Today, new ProgressReport())).Code.ShouldBe(BuildOutErrorCodes.PlacesOverPlanned);
        Refused(() => BuildOutRules.Apply(Report(1, spent: -1), project, Today, new ProgressReport())).Code.ShouldBe(BuildOutErrorCodes.SpentNegative);
        Refused(() => BuildOutRules.Apply(Report(1, asOf: "2026-11-26"), project, Today, new ProgressReport())).Code.ShouldBe(BuildOutErrorCodes.ReportInFuture);
        Refused(() => BuildOutRules.Apply(Report(1, asOf: "2024-02-29"), project, Today, new ProgressReport())).Code.ShouldBe(BuildOutErrorCodes.ReportBeforeStart);
    }

    [Fact]
    public void A_project_stands_by_its_latest_approved_report()
    {
        var project = Project();
        ProgressReport Approved(string asOf, decimal area, decimal spent, FilingState state = FilingState.Approved) =>
            new() { ProjectId = project.Id, AsOf = DateOnly.Parse(asOf), FloorAreaCompleted = area, Spent = spent, State = state };

        var standing = BuildOutStanding.Of(project, [Approved("2024-12-31", 2500, 800), Approved("2025-06-30", 7500, 2100), Approved("2025-09-30", 9999, 2500, FilingState.Submitted)], Today);
        (standing.FloorAreaCompleted, standing.PercentComplete, standing.Spent).ShouldBe((7500m, 75.0m, 2100m));
        standing.OverBudget.ShouldBeTrue("2,100 spent of 2,000");
        standing.Late.ShouldBeTrue("planned for 2025-12-31, unfinished on 2026-11-25");

        var early = Project(Input(actualStart: "2024-03-01", actualEnd: "2025-10-31"));
        BuildOutStanding.Of(early, [], Today).Late.ShouldBeFalse("finished before its planned completion");
        BuildOutStanding.Of(early, [], Today).PercentComplete.ShouldBe(0m);
        BuildOutStanding.Of(Project(Input(end: "2027-06-30")), [], Today).Late.ShouldBeFalse("not due yet");
    }

    [Theory]
    [InlineData("2025-08-31", 2024)]
    [InlineData("2025-09-01", 2025)]
    [InlineData("2026-01-15", 2025)]
    public void A_date_falls_in_the_school_year_that_starts_on_1_September(string date, int year) =>
        BuildOutStanding.SchoolYearOf(DateOnly.Parse(date)).ShouldBe(year);
}
