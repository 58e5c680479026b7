using Zmd.Vocational.Institutions.Contracts;
using Zmd.Vocational.Reporting.Application;
using Zmd.Vocational.Reporting.Application.Builders;
using Zmd.Vocational.Reporting.Contracts;
using Zmd.Vocational.Reporting.Models;
using Zmd.Vocational.Targets.Contracts;

namespace Zmd.Vocational.Reporting.Templates;

/// <summary>The template check previews a report template against the real report model of the latest school year with
/// data (approved data, no narrative): the city, or the first higher-vocational school (for the school report, which
/// then shows its extra tables), or the technician college. Only bureau admins check templates, and they see every school.</summary>
internal sealed class ReportSampleModels(ReportComposer composer, ISchoolDirectory schools, IIndicatorService indicators) : IReportTemplateSampleModels
{
    public async Task<object?> SampleAsync(string templateName, CancellationToken ct)
    {
        if (ReportTemplates.KindOf(templateName) is not { } kind)
        {
            return null;
        }

        var years = await indicators.YearsAsync(ct);
        var year = years.Count > 0 ? years.Max() : DateTime.UtcNow.Year - 1;
        SchoolDto? school = null;
        if (kind is ReportKind.School or ReportKind.College)
        {
            var all = await schools.ListAllActiveAsync(ct);
            school = kind == ReportKind.College
                ? all.FirstOrDefault(s => s.Type == SchoolType.TechnicianCollege)
                : all.FirstOrDefault(s => s.Type == SchoolType.HigherVocational) ?? (all.Count > 0 ? all[0] : null);
            if (school is null)
            {
                return null;
            }
        }

        return await composer.GatherAsync(new ReportRequest(kind, year, school, DataBasis.Approved), NarrativeModel.Empty, ct);
    }
}
