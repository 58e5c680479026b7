using Zmd.Vocational.College.Contracts;
using Zmd.Vocational.College.Domain;
using Zmd.Vocational.Filing.Contracts;
using static Zmd.Vocational.College.Application.StudioDataset;

namespace Zmd.Vocational.College.Application;

/// <summary>The domain rules of one studio row, after Filing checked the types, the level and the year's range.</summary>
internal static class StudioRules
{
    /// <summary>The last calendar year of the school year filed: school year 2026 runs from September 2026 to August 2027,
    /// so a studio set up in spring 2027 belongs to it, one set up in 2028 does not exist yet.</summary>
    public static int LatestYear(int schoolYear) => schoolYear + 1;

    public static void Validate(FilingScope scope, FilingRow row, IRowErrors errors)
    {
        if (row.Integer(Established) is { } established && established > LatestYear(scope.Year))
        {
            errors.Add(nameof(StudioRecord.Established), CollegeErrorCodes.StudioAfterYear, new Dictionary<string, object?>
            {
                ["established"] = established,
                ["year"] = scope.Year,
                ["end"] = LatestYear(scope.Year),
            });
        }
    }
}
