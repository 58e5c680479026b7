using Microsoft.EntityFrameworkCore;
using Zmd.Vocational.Enrolment.Contracts;
using Zmd.Vocational.Enrolment.Domain;
using Zmd.Vocational.Filing.Contracts;
using M = Zmd.Vocational.Enrolment.Contracts.EnrolmentMeasures;

namespace Zmd.Vocational.Enrolment.Application;

/// <summary>Majors offered and their teaching hours, of one school and year (the practice-hour share's numerator and
/// denominator, the 1+X coverage's denominator).</summary>
internal sealed class MajorOfferedMeasures(DbContext db) : IMeasureSource
{
    private const string Dataset = EnrolmentDatasets.MajorsOffered;

    public static readonly IReadOnlyList<MeasureDefinition> Definitions =
    [
        new(M.MajorsOffered, Dataset, "开设专业", "Majors offered", "个"),
        new(M.HoursTotal, Dataset, "总学时", "Teaching hours", "学时"),
        new(M.HoursPractice, Dataset, "实践性教学学时", "Practice teaching hours", "学时"),
        new(M.Intake, Dataset, "招生人数", "Intake", "人"),
    ];

    string IMeasureSource.Dataset => Dataset;

    public IReadOnlyList<MeasureDefinition> Measures => Definitions;

    public async Task<IReadOnlyDictionary<string, decimal>> ComputeAsync(FilingScope scope, CancellationToken ct)
    {
        var totals = await db.Set<MajorOfferedRecord>().AsNoTracking()
            .Where(m => m.SchoolId == scope.SchoolId && m.Year == scope.Year)
            .GroupBy(m => m.SchoolId)
            .Select(g => new
            {
                Majors = g.Count(),
                Total = g.Sum(m => (long)m.TotalHours),
                Practice = g.Sum(m => (long)m.PracticeHours),
                Intake = g.Sum(m => (long)(m.Intake ?? 0)),
            })
            .FirstOrDefaultAsync(ct);
        var values = new MeasureValues(Definitions);
        if (totals is not null)
        {
            values.Set(M.MajorsOffered, totals.Majors).Set(M.HoursTotal, totals.Total).Set(M.HoursPractice, totals.Practice).Set(M.Intake, totals.Intake);
        }

        return values.ToDictionary();
    }
}
