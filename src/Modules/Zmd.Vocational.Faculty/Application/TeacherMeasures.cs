using Microsoft.EntityFrameworkCore;
using Zmd.Vocational.Faculty.Contracts;
using Zmd.Vocational.Faculty.Domain;
using Zmd.Vocational.Filing.Contracts;
using M = Zmd.Vocational.Faculty.Contracts.FacultyMeasures;

namespace Zmd.Vocational.Faculty.Application;

/// <summary>Teacher counts of one school and year, in one grouped pass over its roster (SUM(CASE …) on both providers).</summary>
internal sealed class TeacherMeasures(DbContext db) : IMeasureSource
{
    private const string Dataset = FacultyDatasets.Teachers;
    private const string People = "人";

    public static readonly IReadOnlyList<MeasureDefinition> Definitions =
    [
        new(M.Teachers, Dataset, "教师总数", "Teachers", People),
        new(M.FullTime, Dataset, "专任教师", "Full-time teachers", People),
        new(M.PartTime, Dataset, "兼职教师", "Part-time teachers", People),
        new(M.External, Dataset, "外聘教师", "External teachers", People),
        new(M.Professional, Dataset, "专业课教师", "Professional-course teachers", People),
        new(M.FullTimeProfessional, Dataset, "专任专业课教师", "Full-time professional-course teachers", People),
        new(M.Dual, Dataset, "双师型教师", "Dual-qualified teachers", People),
        new(M.DualJunior, Dataset, "初级双师型教师", "Dual-qualified teachers (junior)", People),
        new(M.DualIntermediate, Dataset, "中级双师型教师", "Dual-qualified teachers (intermediate)", People),
        new(M.DualSenior, Dataset, "高级双师型教师", "Dual-qualified teachers (senior)", People),
        new(M.FullTimeDual, Dataset, "专任专业课教师中的双师型教师", "Dual-qualified full-time professional teachers", People),
        new(M.FullTimeSeniorTitles, Dataset, "专任教师中高级职称教师", "Full-time teachers with a senior title", People),
    ];

    string IMeasureSource.Dataset => Dataset;

    public IReadOnlyList<MeasureDefinition> Measures => Definitions;

    public async Task<IReadOnlyDictionary<string, decimal>> ComputeAsync(FilingScope scope, CancellationToken ct)
    {
        var c = await db.Set<TeacherRecord>()
            .AsNoTracking()
            .Where(t => t.SchoolId == scope.SchoolId && t.Year == scope.Year)
            .GroupBy(t => t.SchoolId)
            .Select(g => new
            {
                Total = g.Count(),
                FullTime = g.Sum(t => t.Kind == TeacherKind.FullTime ? 1 : 0),
                PartTime = g.Sum(t => t.Kind == TeacherKind.PartTime ? 1 : 0),
                External = g.Sum(t => t.Kind == TeacherKind.External ? 1 : 0),
                Professional = g.Sum(t => t.IsProfessional ? 1 : 0),
                FullTimeProfessional = g.Sum(t => t.Kind == TeacherKind.FullTime && t.IsProfessional ? 1 : 0),
                Junior = g.Sum(t => t.DualLevel == DualLevel.Junior ? 1 : 0),
                Intermediate = g.Sum(t => t.DualLevel == DualLevel.Intermediate ? 1 : 0),
                Senior = g.Sum(t => t.DualLevel == DualLevel.Senior ? 1 : 0),
                FullTimeDual = g.Sum(t => t.Kind == TeacherKind.FullTime && t.IsProfessional && t.DualLevel != DualLevel.None ? 1 : 0),
                SeniorTitles = g.Sum(t => t.Kind == TeacherKind.FullTime
                    && (t.Title == ProfessionalTitle.Professor || t.Title == ProfessionalTitle.AssociateProfessor) ? 1 : 0),
            })
            .FirstOrDefaultAsync(ct);

        var values = new MeasureValues(Definitions);
        if (c is not null)
        {
            values.Set(M.Teachers, c.Total).Set(M.FullTime, c.FullTime).Set(M.PartTime, c.PartTime).Set(M.External, c.External)
                .Set(M.Professional, c.Professional).Set(M.FullTimeProfessional, c.FullTimeProfessional)
                .Set(M.Dual, c.Junior + c.Intermediate + c.Senior).Set(M.DualJunior, c.Junior).Set(M.DualIntermediate, c.Intermediate)
                .Set(M.DualSenior, c.Senior).Set(M.FullTimeDual, c.FullTimeDual).Set(M.FullTimeSeniorTitles, c.SeniorTitles);
        }

        return values.ToDictionary();
    }
}
