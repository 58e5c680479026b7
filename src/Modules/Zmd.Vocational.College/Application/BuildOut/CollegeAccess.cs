using Zmd.Vocational.College.Contracts;
using Zmd.Vocational.Core.Errors;
using Zmd.Vocational.Core.Security;
using Zmd.Vocational.Institutions.Contracts;

namespace Zmd.Vocational.College.Application;

/// <summary>The one gate of the module: which technician college a request is about. Bureau staff may name any college
/// (the city's only one when they name none); a school user gets their own school, and only when it is a technician
/// college. Another school's filer holds the same filer permissions, so the permission alone is not enough.</summary>
internal sealed class CollegeAccess(ISchoolDirectory schools, ICurrentUser user)
{
    public async Task<SchoolDto> CollegeAsync(string? schoolCode, CancellationToken ct)
    {
        var code = string.IsNullOrWhiteSpace(schoolCode) ? null : schoolCode.Trim();
        if (user.SeesAllSchools())
        {
            var all = await schools.ListAllActiveAsync(ct);
            var college = code is null
                ? all.Where(s => s.Type == SchoolType.TechnicianCollege).OrderBy(s => s.Code, StringComparer.Ordinal).FirstOrDefault()
                : all.FirstOrDefault(s => s.Code == code);
            return college is { Type: SchoolType.TechnicianCollege } ? college : throw NotCollege(ErrorKind.NotFound);
        }

        if (user.SchoolId is not { } own)
        {
            throw NotCollege(ErrorKind.Forbidden);
        }

        var mine = await schools.GetAsync(own, ct);
        if (mine.Type != SchoolType.TechnicianCollege)
        {
            throw NotCollege(ErrorKind.Forbidden);
        }

        // Another school's code reads as not found: its existence is not revealed.
        return code is null || code == mine.Code ? mine : throw NotCollege(ErrorKind.NotFound);
    }

    /// <summary>The college that owns a stored row, if the user may touch it (the row's school must be theirs).</summary>
    public async Task<SchoolDto> OwnerAsync(Guid schoolId, CancellationToken ct)
    {
        if (!user.CanAccessSchool(schoolId))
        {
            throw NotCollege(ErrorKind.NotFound);
        }

        var school = await schools.GetAsync(schoolId, ct);
        return school.Type == SchoolType.TechnicianCollege ? school : throw NotCollege(ErrorKind.NotFound);
    }

    private static BusinessException NotCollege(ErrorKind kind) => new(BuildOutErrorCodes.NotCollege, kind);
}
