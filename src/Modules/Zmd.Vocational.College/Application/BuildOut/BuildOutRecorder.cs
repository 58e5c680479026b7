using Zmd.Vocational.Filing.Contracts;
using M = Zmd.Vocational.College.Contracts.BuildOutMeasures;

namespace Zmd.Vocational.College.Application;

/// <summary>Tells the <see cref="IFilingObserver"/>s (monitoring) that the build-out's figures changed, as approved data
/// (only approved reports count). Apart from <see cref="BuildOutFigures"/> because monitoring's observer itself asks the
/// measure sources for the figures: one class doing both would depend on itself.</summary>
internal sealed class BuildOutRecorder(IEnumerable<IFilingObserver> observers, TimeProvider clock)
{
    /// <summary>Recomputes the school's figures of every school year from <paramref name="fromYear"/> to the current one
    /// (a report counts in every later year). Runs in the caller's transaction, after the report's change is saved.</summary>
    public async Task RecordFromAsync(Guid schoolId, int fromYear, CancellationToken ct)
    {
        var current = BuildOutStanding.SchoolYearOf(DateOnly.FromDateTime(clock.GetLocalNow().DateTime));
        for (var year = fromYear; year <= Math.Max(fromYear, current); year++)
        {
            var scope = new FilingScope(schoolId, year);
            foreach (var observer in observers)
            {
                await observer.DataChangedAsync(scope, M.Dataset, FilingState.Approved, ct);
            }
        }
    }
}
