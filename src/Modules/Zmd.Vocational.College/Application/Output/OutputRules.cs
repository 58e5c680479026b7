using Zmd.Vocational.College.Contracts;
using Zmd.Vocational.College.Domain;
using Zmd.Vocational.Filing.Contracts;
using static Zmd.Vocational.College.Application.OutputDataset;

namespace Zmd.Vocational.College.Application;

/// <summary>The domain rules of one output row, after Filing checked the level, the ranges (no negative figure) and that
/// each level appears once.</summary>
internal static class OutputRules
{
    public static void Validate(FilingRow row, IRowErrors errors)
    {
        // A certificate the college awards follows one of its assessments: there cannot be more people certified than
        // assessments held. Reported on the certified column, the figure that usually carries the typing error.
        if (row.Integer(Certified) is { } certified && row.Integer(Assessments) is { } assessments && certified > assessments)
        {
            errors.Add(nameof(TrainingOutputRecord.Certified), CollegeErrorCodes.CertifiedExceedAssessments, new Dictionary<string, object?>
            {
                ["certified"] = certified,
                ["assessments"] = assessments,
            });
        }
    }
}
