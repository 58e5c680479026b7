using Zmd.Vocational.College.Contracts;
using Zmd.Vocational.College.Domain;
using Zmd.Vocational.Core.Errors;
using Zmd.Vocational.Core.Http;

namespace Zmd.Vocational.College.Application;

/// <summary>The checks of a project and of a progress report, before anything is stored. Pure, so the tests call them
/// directly; each failure names the field and the values at fault.</summary>
internal static class BuildOutRules
{
    public const int NameLength = 200;
    public const int NoteLength = 2000;

    /// <summary>The project's values, checked; throws the first rule broken.</summary>
    public static BuildOutProject Apply(ProjectInput input, BuildOutProject project)
    {
        var name = Guard.Required(input.Name, nameof(ProjectInput.Name), NameLength);
        var area = Guard.Required(input.PlannedFloorArea, nameof(ProjectInput.PlannedFloorArea));
        var places = Guard.Required(input.PlannedPlaces, nameof(ProjectInput.PlannedPlaces));
        var budget = Guard.Required(input.Budget, nameof(ProjectInput.Budget));
        var start = Guard.Required(input.PlannedStart, nameof(ProjectInput.PlannedStart));
        var completion = Guard.Required(input.PlannedCompletion, nameof(ProjectInput.PlannedCompletion));
        Check(area > 0, BuildOutErrorCodes.PlannedAreaInvalid, nameof(ProjectInput.PlannedFloorArea), ("value", area));
        Check(places >= 0, BuildOutErrorCodes.PlannedPlacesInvalid, nameof(ProjectInput.PlannedPlaces), ("value", places));
        Check(budget >= 0, BuildOutErrorCodes.BudgetInvalid, nameof(ProjectInput.Budget), ("value", budget));
        Check(completion >= start, BuildOutErrorCodes.PlannedCompletionBeforeStart, nameof(ProjectInput.PlannedCompletion),
            ("completion", completion), ("start", start));
        Check(input.ActualCompletion is null || input.ActualStart is not null, BuildOutErrorCodes.CompletionWithoutStart,
            nameof(ProjectInput.ActualStart));
        Check(input.ActualCompletion is not { } done || done >= input.ActualStart, BuildOutErrorCodes.CompletionBeforeStart,
            nameof(ProjectInput.ActualCompletion), ("completion", input.ActualCompletion), ("start", input.ActualStart));

        project.Name = name;
        project.PlannedFloorArea = area;
        project.PlannedPlaces = places;
        project.Budget = budget;
        project.PlannedStart = start;
        project.PlannedCompletion = completion;
        project.ActualStart = input.ActualStart;
        project.ActualCompletion = input.ActualCompletion;
        project.Note = Guard.Optional(input.Note, nameof(ProjectInput.Note), NoteLength);
        return project;
    }

    /// <summary>The report's values against its project, checked; throws the first rule broken. A report cannot claim
    /// more than the project plans (110% complete is a typing error, not progress), nor be dated in the future.</summary>
    public static ProgressReport Apply(ProgressReportInput input, BuildOutProject project, DateOnly today, ProgressReport report)
    {
        var asOf = Guard.Required(input.AsOf, nameof(ProgressReportInput.AsOf));
        var area = Guard.Required(input.FloorAreaCompleted, nameof(ProgressReportInput.FloorAreaCompleted));
        var places = Guard.Required(input.PlacesDelivered, nameof(ProgressReportInput.PlacesDelivered));
        var spent = Guard.Required(input.Spent, nameof(ProgressReportInput.Spent));
        Check(asOf <= today, BuildOutErrorCodes.ReportInFuture, nameof(ProgressReportInput.AsOf), ("asOf", asOf));
        var started = project.ActualStart ?? project.PlannedStart;
        Check(asOf >= started, BuildOutErrorCodes.ReportBeforeStart, nameof(ProgressReportInput.AsOf), ("asOf", asOf), ("start", started));
        Check(area >= 0, BuildOutErrorCodes.AreaNegative, nameof(ProgressReportInput.FloorAreaCompleted), ("value", area));
        Check(area <= project.PlannedFloorArea, BuildOutErrorCodes.AreaOverPlanned, nameof(ProgressReportInput.FloorAreaCompleted),
            ("value", area), ("planned", project.PlannedFloorArea), ("percent", BuildOutStanding.Percent(area, project.PlannedFloorArea)));
        Check(places >= 0, BuildOutErrorCodes.PlacesNegative, nameof(ProgressReportInput.PlacesDelivered), ("value", places));
        Check(places <= project.PlannedPlaces, BuildOutErrorCodes.PlacesOverPlanned, nameof(ProgressReportInput.PlacesDelivered),
            ("value", places), ("planned", project.PlannedPlaces));
        Check(spent >= 0, BuildOutErrorCodes.SpentNegative, nameof(ProgressReportInput.Spent), ("value", spent));

        report.AsOf = asOf;
        report.FloorAreaCompleted = area;
        report.PlacesDelivered = places;
        report.Spent = spent;
        report.Note = Guard.Optional(input.Note, nameof(ProgressReportInput.Note), NoteLength);
        return report;
    }

    private static void Check(bool holds, string code, string field, params (string Key, object? Value)[] args)
    {
        if (!holds)
        {
            // Dates as zh-CN writes them (2025-09-01) in either language, not in the culture's long form.
            throw new BusinessException(code, ErrorKind.Validation,
                args.ToDictionary(a => a.Key, a => a.Value is DateOnly d ? Display.Date(d) : a.Value), field);
        }
    }
}
