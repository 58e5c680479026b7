using Zmd.Vocational.Faculty.Contracts;
using Zmd.Vocational.Faculty.Domain;
using Zmd.Vocational.Filing.Contracts;
using static Zmd.Vocational.Faculty.Application.TeacherDataset;

namespace Zmd.Vocational.Faculty.Application;

/// <summary>The domain rules of one teacher row, after Filing checked types, code lists and the ID check digit.</summary>
internal static class TeacherRules
{
    /// <param name="latestDualYear">The latest plausible year of recognition: the calendar year in which the school year
    /// filed for ends (school year 2025 runs to August 2026, so 2026).</param>
    public static void Validate(FilingRow row, int latestDualYear, IRowErrors errors)
    {
        var dualYear = row.Integer(DualYear);
        if (DualLevels.TryParse(row.Text(DualLevelColumn), out var level) && level != DualLevel.None)
        {
            if (dualYear is null)
            {
                errors.Add(nameof(TeacherRecord.DualYear), FacultyErrorCodes.DualYearRequired);
            }

            if (row.Boolean(IsProfessional) == false)
            {
                errors.Add(nameof(TeacherRecord.DualLevel), FacultyErrorCodes.DualRequiresProfessional);
            }
        }

        if (dualYear > latestDualYear)
        {
            errors.Add(nameof(TeacherRecord.DualYear), FacultyErrorCodes.DualYearInFuture, new Dictionary<string, object?>
            {
                ["dualYear"] = dualYear,
                ["latest"] = latestDualYear,
            });
        }
    }
}
