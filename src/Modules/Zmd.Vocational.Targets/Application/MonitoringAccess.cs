using Zmd.Vocational.Core.Errors;
using Zmd.Vocational.Core.Security;
using Zmd.Vocational.Targets.Contracts;
using Zmd.Vocational.Targets.Indicators;

namespace Zmd.Vocational.Targets.Application;

/// <summary>Who may see which figures. The cached data holds every school, so this is the one gate: bureau staff see all;
/// a school user sees their own school and nothing above it; another school reads as not found.</summary>
internal static class MonitoringAccess
{
    public static void EnsureCityFigures(ICurrentUser user)
    {
        if (!user.SeesAllSchools())
        {
            throw new BusinessException(TargetsErrorCodes.CityFiguresForbidden, ErrorKind.Forbidden);
        }
    }

    /// <summary>The school by code if the user may see it; a school user without a code gets their own school.</summary>
    public static PlaceSchool School(ICurrentUser user, MonitoringData data, string? code)
    {
        var school = code is null
            ? data.Schools.FirstOrDefault(s => s.Id == user.SchoolId)
            : data.Schools.FirstOrDefault(s => s.Code == code.Trim());
        return school is not null && user.CanAccessSchool(school.Id)
            ? school
            : throw new BusinessException(TargetsErrorCodes.PlaceNotFound, ErrorKind.NotFound, new Dictionary<string, object?> { ["code"] = code });
    }
}
