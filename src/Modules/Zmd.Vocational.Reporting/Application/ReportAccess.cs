using Zmd.Vocational.Core.Errors;
using Zmd.Vocational.Core.Security;
using Zmd.Vocational.Institutions.Contracts;
using Zmd.Vocational.Reporting.Contracts;
using Zmd.Vocational.Reporting.Domain;

namespace Zmd.Vocational.Reporting.Application;

/// <summary>The one gate of report editions. The city report, the brief and the college report are the bureau's (the
/// college's own users may read the college report); a school's report is the school's and the bureau's. A school user
/// asking for another school's report is told it does not exist (404), as everywhere else.</summary>
internal sealed class ReportAccess(ISchoolDirectory schools, ICurrentUser user)
{
    /// <summary>The school a new edition is about (null for the city's reports), when the caller may generate it.</summary>
    public async Task<SchoolDto?> ForGenerateAsync(ReportKind kind, string? schoolCode, CancellationToken ct)
    {
        var code = string.IsNullOrWhiteSpace(schoolCode) ? null : schoolCode.Trim();
        switch (kind)
        {
            case ReportKind.City or ReportKind.Brief:
                EnsureBureau();
                return null;
            case ReportKind.College:
                EnsureBureau();
                return await CollegeAsync(code, ct);
            default:
                if (code is null)
                {
                    return user.SchoolId is { } own && !user.SeesAllSchools()
                        ? await schools.GetAsync(own, ct)
                        : throw new BusinessException(EditionErrorCodes.SchoolRequired, field: "School");
                }

                // The directory only finds a school user's own school.
                var school = await schools.FindByCodeAsync(code, ct);
                return school is not null && user.CanAccessSchool(school.Id) ? school : throw SchoolNotFound(code);
        }
    }

    /// <summary>The school of a stored edition, for rendering it again.</summary>
    public async Task<SchoolDto?> SchoolOfAsync(ReportEdition edition, CancellationToken ct) =>
        edition.SchoolId is { } id ? await schools.GetAsync(id, ct) : null;

    public bool CanRead(ReportEdition edition) =>
        user.SeesAllSchools()
        || (edition.SchoolId is { } id && user.SchoolId == id && edition.Kind is ReportKind.School or ReportKind.College);

    /// <summary>Generate again, write the narrative, publish: the bureau, or the school for its own school report.</summary>
    public bool CanWrite(ReportEdition edition) =>
        user.SeesAllSchools() || (edition.Kind == ReportKind.School && edition.SchoolId is { } id && user.SchoolId == id);

    /// <summary>Read and write access to a stored edition: not found when the caller may not read it, forbidden when they
    /// may read but not change it (the college's filer and the college report).</summary>
    public void EnsureWrite(ReportEdition edition)
    {
        EnsureRead(edition);
        if (!CanWrite(edition))
        {
            throw new BusinessException(EditionErrorCodes.BureauOnly, ErrorKind.Forbidden);
        }
    }

    public void EnsureRead(ReportEdition edition)
    {
        if (!CanRead(edition))
        {
            throw BusinessException.NotFound(EditionErrorCodes.EditionNotFound, edition.Id);
        }
    }

    /// <summary>Which editions a list shows the caller: every one to the bureau, their school's own to a school user.</summary>
    public IQueryable<ReportEdition> Visible(IQueryable<ReportEdition> editions)
    {
        if (user.SeesAllSchools())
        {
            return editions;
        }

        var own = user.SchoolId ?? Guid.Empty;
        return editions.Where(e => e.SchoolId == own && (e.Kind == ReportKind.School || e.Kind == ReportKind.College));
    }

    private void EnsureBureau()
    {
        if (!user.SeesAllSchools())
        {
            throw new BusinessException(EditionErrorCodes.BureauOnly, ErrorKind.Forbidden);
        }
    }

    private async Task<SchoolDto> CollegeAsync(string? code, CancellationToken ct)
    {
        var all = await schools.ListAllActiveAsync(ct);
        var college = code is null
            ? all.Where(s => s.Type == SchoolType.TechnicianCollege).OrderBy(s => s.Code, StringComparer.Ordinal).FirstOrDefault()
            : all.FirstOrDefault(s => s.Code == code);
        if (college is null)
        {
            throw SchoolNotFound(code ?? "—");
        }

        return college.Type == SchoolType.TechnicianCollege
            ? college
            : throw new BusinessException(EditionErrorCodes.NotCollege, ErrorKind.Validation, new Dictionary<string, object?> { ["school"] = college.Name }, "School");
    }

    private static BusinessException SchoolNotFound(string code) =>
        new(EditionErrorCodes.SchoolNotFound, ErrorKind.NotFound, new Dictionary<string, object?> { ["school"] = code }, "School");
}
