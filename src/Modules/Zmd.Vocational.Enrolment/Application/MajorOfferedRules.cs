using Zmd.Vocational.Enrolment.Contracts;
using Zmd.Vocational.Enrolment.Domain;
using Zmd.Vocational.Filing.Contracts;
using static Zmd.Vocational.Enrolment.Application.MajorOfferedDataset;

namespace Zmd.Vocational.Enrolment.Application;

/// <summary>The domain rules of one majors-offered row, after Filing checked types, ranges, the major catalogue and
/// duplicates. A practice share below 50% is allowed: it is what monitoring reports, not a filing error.</summary>
internal static class MajorOfferedRules
{
    public static void Validate(FilingRow row, IRowErrors errors)
    {
        // Practice hours are part of the total: more practice than total is a typing error (often the two columns swapped).
        if (row.Integer(TotalHours) is { } total && row.Integer(PracticeHours) is { } practice && practice > total)
        {
            errors.Add(nameof(MajorOfferedRecord.PracticeHours), EnrolmentErrorCodes.PracticeHoursExceedTotal, new Dictionary<string, object?>
            {
                ["practiceHours"] = practice,
                ["totalHours"] = total,
            });
        }
    }
}
