using Zmd.Vocational.Filing.Contracts;
using Zmd.Vocational.Certificates.Domain;

namespace Zmd.Vocational.Certificates.Application;

/// <summary>The three levels of a 1+X certificate: the coded column of the datasets, and the catalogue's list of the
/// levels a certificate has ("初级,中级,高级").</summary>
internal static class CertificateLevels
{
    public static readonly CodeSet<CertificateLevel> Set = new(
        (CertificateLevel.Junior, nameof(CertificateLevel.Junior), "初级"),
        (CertificateLevel.Intermediate, nameof(CertificateLevel.Intermediate), "中级"),
        (CertificateLevel.Senior, nameof(CertificateLevel.Senior), "高级"));

    /// <summary>Every level, as the catalogue stores it.</summary>
    public static readonly string All = string.Join(Separator, Enum.GetValues<CertificateLevel>().Select(Label));

    private const string Separator = ",";

    private static readonly char[] Separators = [',', '，', '、', ';', '；', '/', ' '];

    public static string Label(CertificateLevel level) => Set.Options.First(o => o.Code == Set.Code(level)).Label;

    /// <summary>A list of levels in the stored form: known levels only (labels or codes), each once, in ascending order.
    /// Null when the text names no level or anything else.</summary>
    public static string? Normalize(string text)
    {
        var levels = new SortedSet<CertificateLevel>();
        foreach (var part in text.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Set.TryParse(part, out var level))
            {
                return null;
            }

            levels.Add(level);
        }

        return levels.Count == 0 ? null : string.Join(Separator, levels.Select(Label));
    }

    /// <summary>The levels of a stored list (see <see cref="Normalize"/>).</summary>
    public static IReadOnlyList<CertificateLevel> Parse(string stored) =>
        [.. stored.Split(Separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(label => Set.Parse(label, nameof(CertificateType.Levels)))];
}
