using Microsoft.Extensions.Configuration;

namespace Zmd.Vocational.Filing.Application;

/// <summary>When an upload's clashes with other schools' rows are worth the security log and a flag on the bureau's
/// findings page. A clash is rare in honest data (a student filed by two schools: a transfer, a mistake), so either of:
/// <list type="bullet">
/// <item>many of its rows are other schools' students: at least <see cref="MinClashes"/> clashing rows and at least
/// <see cref="MinPercent"/> % of the upload's rows (a roster loaded for the wrong school, a copied file);</item>
/// <item>it holds a clashing ID number among at least <see cref="SamePrefixRows"/> rows that share its region and birth
/// date (the first 14 characters): numbers generated around one person, the enumeration attempt. One school seldom
/// has more than a dozen students of one county born on one day.</item>
/// </list>
/// Settings <c>Filing:UnusualUploads:MinClashes</c> / <c>MinPercent</c> / <c>SamePrefixRows</c>.</summary>
internal sealed record UnusualUploadRule(int MinClashes, decimal MinPercent, int SamePrefixRows)
{
    public const string Section = "Filing:UnusualUploads";

    public static readonly UnusualUploadRule Default = new(5, 1m, 50);

    public static UnusualUploadRule From(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        return new UnusualUploadRule(
            section.GetValue<int?>(nameof(MinClashes)) ?? Default.MinClashes,
            section.GetValue<decimal?>(nameof(MinPercent)) ?? Default.MinPercent,
            section.GetValue<int?>(nameof(SamePrefixRows)) ?? Default.SamePrefixRows);
    }

    /// <param name="rows">The upload's rows.</param>
    /// <param name="clashes">Its rows whose value another school filed too.</param>
    /// <param name="samePrefixRows">The most rows sharing one clashing ID number's first 14 characters (0 for a column that
    /// holds no ID numbers).</param>
    public bool IsUnusual(int rows, int clashes, int samePrefixRows) =>
        clashes > 0 && ((clashes >= MinClashes && clashes * 100m >= MinPercent * rows) || samePrefixRows >= SamePrefixRows);
}
