using System.Globalization;
using Zmd.Vocational.Apprenticeship.Contracts;
using Zmd.Vocational.Apprenticeship.Domain;
using Zmd.Vocational.Filing.Contracts;
using static Zmd.Vocational.Apprenticeship.Application.CohortDataset;

namespace Zmd.Vocational.Apprenticeship.Application;

/// <summary>The domain rules of one cohort row, after Filing checked types, ranges and the credit code.</summary>
internal static class CohortRules
{
    public static void Validate(FilingRow row, IRowErrors errors)
    {
        if (row.Date(StartDate) is { } start && row.Date(EndDate) is { } end && end <= start)
        {
            errors.Add(nameof(CohortRecord.EndDate), ApprenticeshipErrorCodes.EndBeforeStart, new Dictionary<string, object?>
            {
                ["startDate"] = start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            });
        }

        // Dual mentorship (双导师制): at least one mentor on each side. Each side is reported on its own column.
        if (row.Integer(SchoolMentors) is 0)
        {
            errors.Add(nameof(CohortRecord.SchoolMentors), ApprenticeshipErrorCodes.MentorsRequired);
        }

        if (row.Integer(EnterpriseMentors) is 0)
        {
            errors.Add(nameof(CohortRecord.EnterpriseMentors), ApprenticeshipErrorCodes.MentorsRequired);
        }
    }
}
