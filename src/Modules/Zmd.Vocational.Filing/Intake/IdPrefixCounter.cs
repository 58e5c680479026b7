using System.Globalization;
using System.Runtime.InteropServices;

namespace Zmd.Vocational.Filing.Intake;

/// <summary>How many of an upload's ID numbers share each region and birth date (the first 14 digits), counted in the
/// checking pass of every upload alike, so that the unusual-upload rule (Application.UnusualUploadRule) can later ask
/// about the clashing numbers without reading the file again — which only an upload with clashes would do, and its time
/// would tell. About 30 bytes per distinct prefix.</summary>
internal sealed class IdPrefixCounter
{
    /// <summary>An ID number's region (6) and birth date (8).</summary>
    public const int PrefixLength = 14;

    private readonly Dictionary<long, int> _counts = [];

    public void Add(string idNumber)
    {
        if (Key(idNumber) is { } key)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(_counts, key, out _)++;
        }
    }

    /// <summary>The upload's ID numbers with the prefix of <paramref name="idNumber"/> (0 when it has none).</summary>
    public int RowsSharingPrefix(string idNumber) => Key(idNumber) is { } key ? _counts.GetValueOrDefault(key) : 0;

    /// <summary>The 14 digits as a number; null for a value too short or not digits (a validated ID number is neither).</summary>
    private static long? Key(string idNumber) =>
        idNumber.Length >= PrefixLength && long.TryParse(idNumber.AsSpan(0, PrefixLength), NumberStyles.None, CultureInfo.InvariantCulture, out var key)
            ? key
            : null;
}
