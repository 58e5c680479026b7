using Zmd.Vocational.Core.Security;
using Zmd.Vocational.Filing.Contracts;
using Zmd.Vocational.Targets.Contracts;

namespace Zmd.Vocational.Targets.Application;

/// <summary>How far the year's filing has come, per dataset, from Filing's status board (bureau staff only). The board
/// reads every filing of the year, so it is computed once per data stamp (every filing change moves the stamp; not
/// started and overdue are counted together, so passing the deadline changes nothing here).</summary>
internal sealed class Completeness(IFilingWorkflow workflow, MonitoringDataSource source, ICurrentUser user) : ICompleteness
{
    public async Task<CompletenessDto> ForYearAsync(int year, CancellationToken ct = default)
    {
        MonitoringAccess.EnsureCityFigures(user);
        var data = await source.CurrentAsync(ct);
        return await data.MemoAsync("completeness:" + year, () => ComputeAsync(year, CancellationToken.None));
    }

    private async Task<CompletenessDto> ComputeAsync(int year, CancellationToken ct)
    {
        var board = await workflow.StatusBoardAsync(year, ct);
        var datasets = board.Datasets.Select(d =>
        {
            // Only the schools that file the dataset have a cell for it: the technician college's datasets are not
            // missing for every other school.
            var states = board.Rows.SelectMany(r => r.Cells.Where(c => c.DatasetCode == d.Code)).Select(c => c.State).ToList();
            return new DatasetCompletenessDto(d.Code, d.NameZh, d.NameEn,
                states.Count(s => s == FilingState.Approved),
                states.Count(s => s == FilingState.Submitted),
                states.Count(s => s is FilingState.Draft or FilingState.Returned),
                states.Count(s => s is FilingState.NotStarted or FilingState.Overdue));
        }).ToList();
        return new CompletenessDto(year, board.Rows.Count, datasets);
    }
}
